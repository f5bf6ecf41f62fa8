package com.suanli.exchange.replay;

import com.suanli.exchange.book.BookListener;
import com.suanli.exchange.book.RemovalReason;
import com.suanli.exchange.book.Side;

/**
 * Counts what a replay produced, as the workload's reference counts it: one trade per
 * resting order filled by an aggressor, the traded quantity and notional, and the rejects
 * (IOC and duplicate-id remainders, unfilled budget fill-or-kills).
 */
public final class ReplayTotals implements BookListener {
    private long trades;
    private long tradedQuantity;
    private long tradedNotional;
    private long rejects;

    @Override
    public void trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount,
                      Side takerSide, long price, long quantity, long makerRemaining, long takerRemaining) {
        trades++;
        tradedQuantity += quantity;
        tradedNotional += price * quantity;
    }

    @Override
    public void rested(long orderId, long account, Side side, long price, long restingQuantity) {
    }

    @Override
    public void removed(long orderId, long account, long quantity, RemovalReason reason, boolean wasResting) {
        if (reason == RemovalReason.IOC_REMAINDER || reason == RemovalReason.DUPLICATE_ORDER_ID
                || reason == RemovalReason.FOK_UNFILLED) {
            rejects++;
        }
    }

    @Override
    public void levelChanged(Side side, long price, long quantity, int orderCount) {
    }

    public long trades() {
        return trades;
    }

    public long tradedQuantity() {
        return tradedQuantity;
    }

    public long tradedNotional() {
        return tradedNotional;
    }

    public long rejects() {
        return rejects;
    }
}
