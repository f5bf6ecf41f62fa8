package com.suanli.pricing.portfolio;

import com.suanli.pricing.future.AveragePriceSwap;
import com.suanli.pricing.future.ResolvedAveragePriceSwap;
import com.suanli.pricing.future.SwapPeriod;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Position;
import java.util.Objects;

/**
 * A monthly-average swap (or one-month forward) in the book, valued as
 * {@link com.suanli.pricing.future.AveragePriceSwapPricer} does (each unpaid period's
 * discounted hours x (expected average - fixed price)) against a scenario's market view.
 */
public record SwapHolding(String id, ResolvedAveragePriceSwap swap) implements Position {

    public SwapHolding {
        Positions.requireId(id);
        Objects.requireNonNull(swap, "swap");
    }

    public static SwapHolding of(String id, AveragePriceSwap swap) {
        return new SwapHolding(id, swap.resolve());
    }

    @Override
    public double presentValue(Market market) {
        double pv = 0.0;
        for (SwapPeriod period : swap.periods()) {
            if (period.paymentDate().isBefore(market.valuationDate())) {
                continue;
            }
            double average = market.expectedAverage(swap.underlying(), period.start(), period.end());
            pv += market.discountFactor(period.paymentDate()) * period.hours() * (average - period.fixedPrice());
        }
        return pv;
    }
}
