package com.suanli.exchange.marketdata;

import java.util.Objects;

import com.suanli.exchange.book.Side;

/**
 * One incremental depth update as a value, for a feed that crosses threads or is recorded.
 *
 * @param instrumentId the instrument
 * @param seq this update's sequence number, &gt; 0
 * @param prevSeq the sequence number of the instrument's previous update, 0 for its first; below {@code seq}
 * @param side the side of the level
 * @param price the level's price in ticks
 * @param quantity the level's new quantity in lots, 0 when it is gone
 * @param orderCount the level's new order count, 0 when it is gone
 */
public record DepthUpdate(int instrumentId, long seq, long prevSeq, Side side, long price, long quantity,
                          int orderCount) {

    public DepthUpdate {
        Objects.requireNonNull(side, "side");
        if (seq <= 0) {
            throw new IllegalArgumentException("seq: must be > 0, was " + seq);
        }
        if (prevSeq < 0 || prevSeq >= seq) {
            throw new IllegalArgumentException("prevSeq: must be >= 0 and below seq " + seq + ", was " + prevSeq);
        }
        PriceLevels.requireLevel(side, price, quantity, orderCount);
    }
}
