package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.Side;

import java.util.Objects;

/**
 * Aggregated depth of one instrument, kept from the book's level changes. Each change carries a
 * sequence number (the engine's event sequence or a per-instrument one: they must only increase);
 * the book passes every change on to its {@link DepthListener} with the previous change's number,
 * and serves snapshots for consumers to start or recover a {@link DepthReplica} from.
 * Updating allocates nothing unless a side grows beyond its capacity.
 */
public final class DepthBook {

    private final int instrumentId;
    private final DepthListener listener;
    private final Depth depth = new Depth();
    private long lastSeq;

    public DepthBook(int instrumentId, DepthListener listener) {
        this.instrumentId = instrumentId;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public DepthBook(int instrumentId) {
        this(instrumentId, DepthListener.NONE);
    }

    public int instrumentId() {
        return instrumentId;
    }

    /** The sequence number of the last update applied, 0 before the first. */
    public long lastSeq() {
        return lastSeq;
    }

    /**
     * Applies a level change: {@code orderCount} 0 (with quantity 0) removes the level.
     * Checked whole before anything changes.
     * @return whether the best bid or offer (price, quantity or order count) changed
     * @throws IllegalArgumentException when {@code seq} is not after the last one, the level is
     *         malformed, or a removal names a level that is not there
     */
    public boolean update(long seq, Side side, long price, long quantity, int orderCount) {
        if (seq <= lastSeq) {
            throw new IllegalArgumentException("seq: " + seq + " is not after the last update " + lastSeq
                    + " of instrument " + instrumentId);
        }
        PriceLevels.requireLevel(side, price, quantity, orderCount);
        PriceLevels levels = levels(side);
        if (orderCount == 0 && !levels.contains(price)) {
            throw new IllegalArgumentException("price: no " + side + " level at " + price + " to remove (instrument "
                    + instrumentId + ")");
        }
        long topPrice = levels.bestPrice();
        long topQuantity = levels.bestQuantity();
        int topOrders = levels.bestOrderCount();
        levels.set(price, quantity, orderCount);
        long prevSeq = lastSeq;
        lastSeq = seq;
        listener.depthChanged(instrumentId, seq, prevSeq, side, price, quantity, orderCount);
        return topPrice != levels.bestPrice() || topQuantity != levels.bestQuantity()
                || topOrders != levels.bestOrderCount();
    }

    private PriceLevels levels(Side side) {
        return depth.levels(side);
    }

    /** The best bid in ticks, or {@link com.suanli.exchange.book.OrderBook#NO_PRICE}. */
    public long bestBid() {
        return depth.levels(Side.BID).bestPrice();
    }

    /** The best ask in ticks, or {@link com.suanli.exchange.book.OrderBook#NO_PRICE}. */
    public long bestAsk() {
        return depth.levels(Side.ASK).bestPrice();
    }

    /** The quantity at {@code price} on {@code side}, 0 when there is no level. */
    public long quantityAt(Side side, long price) {
        return levels(side).quantityAt(price);
    }

    /** How many levels {@code side} has. */
    public int levelCount(Side side) {
        return levels(side).size();
    }

    /**
     * Copies up to {@code maxLevels} levels of one side, best first, into arrays at least that long,
     * without allocating. @return how many levels were copied
     */
    public int depth(Side side, int maxLevels, long[] prices, long[] quantities, int[] orderCounts) {
        return levels(side).copy(maxLevels, prices, quantities, orderCounts);
    }

    public BestBidOffer bestBidOffer() {
        return depth.bestBidOffer(instrumentId, lastSeq);
    }

    /** The best {@code maxLevels} levels of each side. */
    public DepthSnapshot snapshot(int maxLevels) {
        return depth.snapshot(instrumentId, lastSeq, maxLevels);
    }

    /** Every level of both sides: what a {@link DepthReplica} needs to be exact. */
    public DepthSnapshot snapshot() {
        return snapshot(Integer.MAX_VALUE);
    }
}
