package com.suanli.pricing.portfolio;

import com.suanli.pricing.future.FutureTrade;
import com.suanli.pricing.future.ResolvedFutureTrade;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Position;
import java.util.Objects;

/**
 * A futures trade in the book, valued as {@link com.suanli.pricing.future.FuturePricer} does
 * (variation margin since the trade, undiscounted: the expected delivery-month average minus
 * the traded price, times the GPU-hours) but against a scenario's market view. Once the
 * delivery window is over the trade has settled and is worth nothing to the book.
 */
public record FutureHolding(String id, ResolvedFutureTrade trade) implements Position {

    public FutureHolding {
        Positions.requireId(id);
        Objects.requireNonNull(trade, "trade");
    }

    public static FutureHolding of(String id, FutureTrade trade) {
        return new FutureHolding(id, trade.resolve());
    }

    @Override
    public double presentValue(Market market) {
        if (trade.deliveryEnd().isBefore(market.valuationDate())) {
            return 0.0;
        }
        double average = market.expectedAverage(trade.underlying(), trade.deliveryStart(), trade.deliveryEnd());
        return (average - trade.tradePrice()) * trade.quantity();
    }
}
