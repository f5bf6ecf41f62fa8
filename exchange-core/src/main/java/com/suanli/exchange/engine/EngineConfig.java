package com.suanli.exchange.engine;

import com.suanli.exchange.book.SelfTradePrevention;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the engine is set up.
 *
 * @param selfTradePrevention what happens when two orders of one account group would trade
 * @param accountGroups account to self-trade group; an account not listed is its own group
 * @param tapeCapacity how many recent trades each instrument's tape keeps for queries
 */
public record EngineConfig(SelfTradePrevention selfTradePrevention, Map<Long, Long> accountGroups, int tapeCapacity) {

    public EngineConfig {
        Objects.requireNonNull(selfTradePrevention, "selfTradePrevention");
        Objects.requireNonNull(accountGroups, "accountGroups");
        accountGroups = Collections.unmodifiableMap(new TreeMap<>(accountGroups));
        for (Map.Entry<Long, Long> e : accountGroups.entrySet()) {
            if (e.getKey() <= 0 || e.getValue() <= 0) {
                throw new IllegalArgumentException("accountGroups: accounts and groups must be > 0, was "
                        + e.getKey() + " -> " + e.getValue());
            }
        }
        if (tapeCapacity <= 0) {
            throw new IllegalArgumentException("tapeCapacity: must be > 0, was " + tapeCapacity);
        }
    }

    /** Self-trades cancel the aggressor; every account is its own group; a tape of 1,000 trades. */
    public static EngineConfig defaults() {
        return new EngineConfig(SelfTradePrevention.CANCEL_AGGRESSOR, Map.of(), 1_000);
    }

    public EngineConfig withSelfTradePrevention(SelfTradePrevention mode) {
        return new EngineConfig(mode, accountGroups, tapeCapacity);
    }

    public EngineConfig withAccountGroups(Map<Long, Long> groups) {
        return new EngineConfig(selfTradePrevention, groups, tapeCapacity);
    }

    /** The self-trade group of {@code account}, or 0 (none) when prevention is off. */
    long groupOf(long account) {
        if (selfTradePrevention == SelfTradePrevention.NONE) {
            return 0;
        }
        Long group = accountGroups.get(account);
        return group == null ? account : group;
    }
}
