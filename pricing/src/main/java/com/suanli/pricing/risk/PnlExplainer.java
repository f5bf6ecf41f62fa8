package com.suanli.pricing.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * Risk-based P&amp;L explain between two days: day-one Greeks times day-two market moves, plus the
 * trade changes, with the rest unexplained. Positions are matched by id; a position whose
 * terms changed under the same id shows up in the unexplained part.
 */
public final class PnlExplainer {

    private PnlExplainer() {
    }

    public static PnlExplain explain(Portfolio dayOneBook, Market dayOne, Portfolio dayTwoBook, Market dayTwo) {
        if (!dayTwo.valuationDate().isAfter(dayOne.valuationDate())) {
            throw new IllegalArgumentException("dayTwo.valuationDate: must be after " + dayOne.valuationDate());
        }
        double actual = dayTwoBook.presentValue(dayTwo) - dayOneBook.presentValue(dayOne);
        Portfolio held = dayOneBook.common(dayTwoBook);
        double newTrades = dayTwoBook.without(dayOneBook).presentValue(dayTwo);
        double closedTrades = -dayOneBook.without(dayTwoBook).presentValue(dayOne);
        double heldValue = held.presentValue(dayOne);
        double theta = held.presentValue(dayOne.rolledTo(dayTwo.valuationDate())) - heldValue;

        double delta = 0.0;
        double gamma = 0.0;
        double vega = 0.0;
        List<BucketRisk> risks = Sensitivities.byBucket(held::presentValue, dayOne);
        for (BucketRisk risk : risks) {
            Bucket bucket = risk.bucket();
            if (!dayTwo.hasBucket(bucket)) {
                continue;
            }
            double forwardOne = dayOne.forward(bucket.curve(), bucket.month());
            double forwardTwo = dayTwo.forward(bucket.curve(), bucket.month());
            double move = forwardTwo - forwardOne;
            delta += risk.delta() * move;
            gamma += 0.5 * risk.gamma() * move * move;
            if (risk.vega() != 0.0 && dayOne.hasVolatility(bucket.curve()) && dayTwo.hasVolatility(bucket.curve())) {
                LocalDate eve = bucket.month().atDay(1).minusDays(1);
                double volOne = dayOne.volatility(bucket.curve(), bucket.month(), eve, forwardOne);
                double volTwo = dayTwo.volatility(bucket.curve(), bucket.month(), eve, forwardTwo);
                vega += risk.vega() * (volTwo - volOne);
            }
        }
        double explained = theta + delta + gamma + vega + newTrades + closedTrades;
        return new PnlExplain(actual, theta, delta, gamma, vega, newTrades, closedTrades, actual - explained);
    }
}
