package com.suanli.pricing.future;

import com.suanli.pricing.basics.InputRefused;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.MarketData;
import java.time.LocalDate;

/**
 * Expected average of the daily index over a delivery window on a valuation date. Days
 * before the valuation date must have a published fixing; the valuation date itself uses
 * its fixing when published, else the curve; later days come from the forward curve.
 */
public final class DeliveryAverage {

    private DeliveryAverage() {
    }

    public static AverageEstimate estimate(MarketData market, Underlying underlying, LocalDate start, LocalDate end) {
        LocalDate valuationDate = market.valuationDate();
        IndexFixings fixings = market.fixings(underlying);
        ForwardCurve curve = end.isBefore(valuationDate) ? null : market.curve(underlying);
        double sum = 0.0;
        int fixed = 0;
        int days = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days++;
            Double fixing = d.isAfter(valuationDate) ? null : fixings.byDate().get(d);
            if (fixing != null) {
                sum += fixing;
                fixed++;
            } else if (d.isBefore(valuationDate)) {
                throw new InputRefused("fixings", InputRefused.Rule.NO_FIXING, "fixings: no index fixing published for "
                        + d + " on " + underlying + " (needed for the window " + start + " to " + end + ")", d, underlying);
            } else {
                sum += curve.priceOn(d);
            }
        }
        return new AverageEstimate(sum / days, fixed, days);
    }
}
