package com.suanli.exchange.engine;

import com.suanli.exchange.book.SelfTradePrevention;

import java.util.Map;

/**
 * The self-trade group of each account, looked up per order without boxing. Groups named in
 * {@link EngineConfig#accountGroups()} and accounts not named there live in separate spaces: a
 * named group {@code g} is {@code -g}, an unnamed account {@code a} is its own group {@code a},
 * so group 7 never meets account 7. 0 is no group (prevention off).
 */
final class SelfTradeGroups {
    private final boolean off;
    /** Account to its named group, negated; the boxed values are made once, here. */
    private final LongMap<Long> named = new LongMap<>(16);

    SelfTradeGroups(EngineConfig config) {
        off = config.selfTradePrevention() == SelfTradePrevention.NONE;
        for (Map.Entry<Long, Long> e : config.accountGroups().entrySet()) {
            named.put(e.getKey(), -e.getValue());
        }
    }

    long of(long account) {
        if (off) {
            return 0;
        }
        Long group = named.get(account);
        return group == null ? account : group;
    }
}
