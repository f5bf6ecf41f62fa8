package com.suanli.pricing.insurance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.model.SpotModel;
import com.suanli.pricing.model.SpotPathSimulator;

/**
 * Prices a price-spike cover as a strip of daily caplets on the index.
 *
 * <p>Monte Carlo: daily paths from the spot model's exact simulator, each day's payoff
 * discounted to today. Closed form: each caplet is the discounted expected excess of the
 * day's index over the strike under the pricing model ({@link SpotModel#expectedCallPayoff}):
 * Black-76 on the forward E[S(t)] with log-variance sigma^2 (1 - e^{-2 kappa tau}) / (2 kappa)
 * without jumps, the exact jump-diffusion transform with them. A two-moment lognormal caplet
 * (the jump variance added to the diffusion's) is not used: at a strike of 25 on an index of
 * 16 with six spikes a year it priced 18% (17 standard errors) below the Monte Carlo, since
 * only the jumps reach so far out.
 *
 * <p>Caplets settle daily, so a cover already running is worth its remaining days only.
 */
public final class PriceSpikeCoverPricer {

    public static final PriceSpikeCoverPricer DEFAULT = new PriceSpikeCoverPricer();

    private PriceSpikeCoverPricer() {
    }

    /** Monte Carlo value and standard error, with the closed-form strip alongside. */
    public PriceSpikeCoverMeasures measures(PriceSpikeCover cover, IndexMarket market, int paths, long seed) {
        if (paths < 2) {
            throw new IllegalArgumentException("paths: need at least 2 for a standard error, was " + paths);
        }
        int offset = firstDayOffset(cover, market);
        int days = remainingDays(cover, market);
        if (days == 0) {
            return new PriceSpikeCoverMeasures(0.0, 0.0, 0.0, paths);
        }
        SpotPathSimulator simulator = SpotPathSimulator.seeded(market.pricingModel(), seed);
        double[] discount = new double[days];
        for (int d = 0; d < discount.length; d++) {
            discount[d] = Math.exp(-market.rate() * YearFraction.ofDays(offset + d));
        }
        double[] path = new double[offset + days];
        SummaryStatistics payoffs = new SummaryStatistics();
        for (int p = 0; p < paths; p++) {
            simulator.fillDailyPath(market.valuationDate(), market.indexLevel(), path);
            double value = 0.0;
            for (int d = 0; d < discount.length; d++) {
                value += discount[d] * Math.max(path[offset + d] - cover.strike(), 0.0);
            }
            payoffs.addValue(value * cover.hoursPerDay());
        }
        return new PriceSpikeCoverMeasures(payoffs.getMean(), payoffs.getStandardDeviation() / Math.sqrt(paths),
                strip(cover, market), paths);
    }

    /** The closed-form strip of caplets: exact under the spot model, with or without jumps. */
    public double strip(PriceSpikeCover cover, IndexMarket market) {
        int offset = firstDayOffset(cover, market);
        int days = remainingDays(cover, market);
        SpotModel model = market.pricingModel();
        double t0 = model.time(market.valuationDate());
        double total = 0.0;
        for (int d = 0; d < days; d++) {
            double tau = YearFraction.ofDays(offset + d);
            double excess = model.expectedCallPayoff(t0, market.indexLevel(), t0 + tau, cover.strike());
            total += Math.exp(-market.rate() * tau) * excess;
        }
        return total * cover.hoursPerDay();
    }

    /** Days from the valuation date to the first caplet still to pay (today's included). */
    private static int firstDayOffset(PriceSpikeCover cover, IndexMarket market) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(market.valuationDate(), cover.firstDay()));
    }

    /**
     * Caplets still to pay: settled daily, the days before the valuation date are paid and
     * out of the value; today's pays on today's index level.
     */
    private static int remainingDays(PriceSpikeCover cover, IndexMarket market) {
        LocalDate from = cover.firstDay().isBefore(market.valuationDate()) ? market.valuationDate() : cover.firstDay();
        return (int) Math.max(0, ChronoUnit.DAYS.between(from, cover.lastDay()) + 1);
    }
}
