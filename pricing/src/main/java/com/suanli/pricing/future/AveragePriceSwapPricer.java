package com.suanli.pricing.future;

import com.suanli.pricing.market.MarketData;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Prices monthly-average swaps and forwards from the forward curve and published fixings.
 * Periods already paid (payment date before the valuation date) are worth nothing. Partly
 * fixed months mix published fixings and the curve (see {@link DeliveryAverage}).
 * Stateless; use {@link #DEFAULT}.
 */
public final class AveragePriceSwapPricer {

    public static final AveragePriceSwapPricer DEFAULT = new AveragePriceSwapPricer();

    private AveragePriceSwapPricer() {
    }

    public double presentValue(ResolvedAveragePriceSwap swap, MarketData market) {
        return measures(swap, market).pv();
    }

    public SwapMeasures measures(ResolvedAveragePriceSwap swap, MarketData market) {
        double pv = 0.0;
        NavigableMap<YearMonth, Double> deltas = new TreeMap<>();
        for (SwapPeriod period : swap.periods()) {
            if (period.paymentDate().isBefore(market.valuationDate())) {
                continue;
            }
            AverageEstimate estimate = DeliveryAverage.estimate(market, swap.underlying(), period.start(), period.end());
            double df = market.discountFactor(period.paymentDate());
            pv += df * period.hours() * (estimate.expectedAverage() - period.fixedPrice());
            deltas.merge(YearMonth.from(period.start()), df * period.hours() * estimate.floatingWeight(), Double::sum);
        }
        return new SwapMeasures(pv, deltas);
    }
}
