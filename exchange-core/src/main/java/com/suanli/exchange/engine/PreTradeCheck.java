package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;

/**
 * Called by the sequencer after validation and before anything changes, for every new order,
 * each quote side, every price amendment and every triggering stop; a refusal becomes a
 * PRE_TRADE_CHECK reject and nothing is applied. Clearing plugs buying power, margin and limits
 * in here. It runs on the sequencer thread and must be deterministic (no clock, no I/O).
 *
 * <p>The sequencer calls {@link #check(PreTradeOrder)}, which says what the check is for (new
 * order, amendment, quote replacement, triggered stop), the order id and type, and what is
 * replaced. A simple limit check can implement only the six-argument method, which the default
 * {@link #check(PreTradeOrder)} calls.
 */
@FunctionalInterface
public interface PreTradeCheck {

    /**
     * @param price the limit in ticks: the protected limit of a market order, the stop price of a stop
     *        market order when entered, the budget of a budget order. Stops are checked when
     *        entered and again when they trigger (then at their working limit: a stop market's
     *        protected limit); a refusal then cancels the triggered order {@code PRE_TRADE_CHECK}.
     * @param quantity lots the order works after the command (the whole of an amended order or a replacing quote)
     */
    PreTradeVerdict check(long account, ContractSpec contract, Side side, long price, long quantity, long timestamp);

    /** The full question; by default the six-argument check, a budget order's budget as its price. */
    default PreTradeVerdict check(PreTradeOrder order) {
        return check(order.account(), order.contract(), order.side(), order.isBudget() ? order.budget() : order.price(),
                order.quantity(), order.timestamp());
    }

    PreTradeCheck ALLOW_ALL = (account, contract, side, price, quantity, timestamp) -> PreTradeVerdict.ALLOW;
}
