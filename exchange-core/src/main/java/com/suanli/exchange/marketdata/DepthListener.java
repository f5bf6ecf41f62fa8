package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.Side;

/**
 * Receives the incremental updates of a {@link DepthBook}, in order, on the thread that updates it.
 * Each carries the sequence number of the update before it on the same instrument, so a consumer
 * detects a lost update even when sequence numbers are shared across instruments.
 */
public interface DepthListener {

    /** The level at {@code price} is now {@code quantity} lots in {@code orderCount} orders; 0 orders: gone. */
    void depthChanged(int instrumentId, long seq, long prevSeq, Side side, long price, long quantity, int orderCount);

    /** A listener that ignores every update. */
    DepthListener NONE = (instrumentId, seq, prevSeq, side, price, quantity, orderCount) -> {
    };
}
