package com.suanli.pricing.future;

import com.suanli.pricing.market.MarketData;

/**
 * Prices compute futures from the forward curve: the futures price is the expected average
 * of the daily index over the delivery month (published fixings for days already past).
 * Stateless; use {@link #DEFAULT}.
 */
public final class FuturePricer {

    public static final FuturePricer DEFAULT = new FuturePricer();

    private FuturePricer() {
    }

    /** Fair futures price. */
    public double price(ResolvedFutureTrade trade, MarketData market) {
        return estimate(trade, market).expectedAverage();
    }

    /** Variation margin owed to the holder since the trade. */
    public double presentValue(ResolvedFutureTrade trade, MarketData market) {
        return (price(trade, market) - trade.tradePrice()) * trade.quantity();
    }

    /** Price, present value and delta in one pass. */
    public FutureMeasures measures(ResolvedFutureTrade trade, MarketData market) {
        AverageEstimate estimate = estimate(trade, market);
        double price = estimate.expectedAverage();
        return new FutureMeasures(price, (price - trade.tradePrice()) * trade.quantity(),
                trade.quantity() * estimate.floatingWeight());
    }

    private static AverageEstimate estimate(ResolvedFutureTrade trade, MarketData market) {
        return DeliveryAverage.estimate(market, trade.underlying(), trade.deliveryStart(), trade.deliveryEnd());
    }
}
