package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.Side;

/** Both sides of aggregated depth and the values read from them: what a book and its replica share. */
final class Depth {

    private final PriceLevels bids = new PriceLevels(Side.BID);
    private final PriceLevels asks = new PriceLevels(Side.ASK);

    PriceLevels levels(Side side) {
        return side == Side.BID ? bids : asks;
    }

    void load(DepthSnapshot snapshot) {
        bids.load(snapshot.bids());
        asks.load(snapshot.asks());
    }

    BestBidOffer bestBidOffer(int instrumentId, long seq) {
        return new BestBidOffer(instrumentId, seq, bids.bestPrice(), bids.bestQuantity(), bids.bestOrderCount(),
                asks.bestPrice(), asks.bestQuantity(), asks.bestOrderCount());
    }

    DepthSnapshot snapshot(int instrumentId, long seq, int maxLevels) {
        if (maxLevels < 0) {
            throw new IllegalArgumentException("maxLevels: must be >= 0, was " + maxLevels);
        }
        return new DepthSnapshot(instrumentId, seq, bids.top(maxLevels), asks.top(maxLevels));
    }
}
