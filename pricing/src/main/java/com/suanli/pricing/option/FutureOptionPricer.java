package com.suanli.pricing.option;

import com.suanli.pricing.future.DeliveryAverage;
import com.suanli.pricing.market.MarketData;

/**
 * Prices options on compute futures with Black-76: the forward is the futures price from
 * the curve (delivery-month average), the volatility is read from the underlying's surface
 * at the option's expiry and strike, the premium is discounted from expiry at the market
 * rate. Measures are for the whole trade (quantity in GPU-hours, signed). The premium paid
 * at trade is not part of the value. An expired option is worth nothing here (exercise
 * turns it into a futures position, booked elsewhere). Stateless; use {@link #DEFAULT}.
 */
public final class FutureOptionPricer {

    public static final FutureOptionPricer DEFAULT = new FutureOptionPricer();

    private FutureOptionPricer() {
    }

    /** The futures price the option is written on. */
    public double forward(ResolvedFutureOptionTrade trade, MarketData market) {
        return DeliveryAverage.estimate(market, trade.underlying(), trade.deliveryStart(), trade.deliveryEnd())
                .expectedAverage();
    }

    /** Black volatility used for the trade. */
    public double volatility(ResolvedFutureOptionTrade trade, MarketData market) {
        return market.vol(trade.underlying(), trade.expiry(), trade.strike());
    }

    public double presentValue(ResolvedFutureOptionTrade trade, MarketData market) {
        return greeks(trade, market).pv();
    }

    /** Value and Greeks of the trade; delta and gamma are with respect to the futures price. */
    public OptionGreeks greeks(ResolvedFutureOptionTrade trade, MarketData market) {
        if (trade.expiry().isBefore(market.valuationDate())) {
            return OptionGreeks.ZERO;
        }
        double forward = forward(trade, market);
        double expiry = market.timeTo(trade.expiry());
        double vol = volatility(trade, market);
        return Black76.DEFAULT.greeks(trade.putCall(), forward, trade.strike(), expiry, vol, market.rate())
                .scaledBy(trade.quantity());
    }
}
