package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;

/**
 * Called by the sequencer after validation and before anything changes, for every new order,
 * each quote side and every price amendment; a refusal becomes a PRE_TRADE_CHECK reject and
 * nothing is applied. Clearing plugs buying power, margin and limits in here. It runs on the
 * sequencer thread and must be deterministic (no clock, no I/O).
 */
@FunctionalInterface
public interface PreTradeCheck {

    /**
     * @param price the limit in ticks: the protected limit of a market order, the stop price of a stop
     *        market order when entered, the budget of a budget order. Stops are checked when
     *        entered and again when they trigger (then at their working limit: a stop market's
     *        protected limit); a refusal then cancels the triggered order {@code PRE_TRADE_CHECK}.
     * @param quantity lots
     */
    PreTradeVerdict check(long account, ContractSpec contract, Side side, long price, long quantity, long timestamp);

    PreTradeCheck ALLOW_ALL = (account, contract, side, price, quantity, timestamp) -> PreTradeVerdict.ALLOW;
}
