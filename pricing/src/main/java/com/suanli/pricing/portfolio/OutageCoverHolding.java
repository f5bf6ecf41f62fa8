package com.suanli.pricing.portfolio;

import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.insurance.OutageCover;
import com.suanli.pricing.insurance.OutageCoverPricer;
import com.suanli.pricing.insurance.OutageRisk;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.Position;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Outage cover held (positive quantity) or written (negative) on capacity at the replacement
 * curve's hub, starting on {@code start}. The trade's risk model gives the shape of the
 * outage count and severity; the market sets its level: the count's mean is scaled to the
 * hub's outage rate (outages per year) and the replacement spot is the forward of the cover's
 * first month. Valued as the discounted expected payout (Panjer recursion) of what remains of
 * the term; once the term is over the cover is worth nothing.
 *
 * <p>Scenario risk revalues a cover thousands of times. Without aggregate terms the pricer's
 * expected loss is exact and takes microseconds; with an aggregate deductible or limit it
 * needs the Panjer distribution, so the holding uses {@link #SCENARIO_PRICER}, a coarser
 * lattice than the quoting default: on a negative binomial cover with deductible and limit
 * it agrees with the default to about 2e-4 of the value at about a hundredth of the cost
 * (measured: 7.6 ms against 610 ms per valuation on this machine).
 */
public record OutageCoverHolding(String id, Underlying replacement, LocalDate start, OutageCover cover,
                                  OutageRisk risk, double quantity) implements Position {

    /** 256 lattice points, 4 market-factor nodes. */
    public static final OutageCoverPricer SCENARIO_PRICER = new OutageCoverPricer(256, 4);

    private static final double DAYS_PER_YEAR = 365.0;

    public OutageCoverHolding {
        Positions.requireId(id);
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(risk, "risk");
        Positions.requireFinite(quantity, "quantity");
        if (!(risk.frequency().mean() > 0)) {
            throw new IllegalArgumentException("risk.frequency: mean outage count must be > 0");
        }
    }

    public LocalDate end() {
        return start.plusDays(cover.termDays());
    }

    @Override
    public double presentValue(Market market) {
        LocalDate from = start.isAfter(market.valuationDate()) ? start : market.valuationDate();
        long remaining = ChronoUnit.DAYS.between(from, end());
        if (remaining <= 0) {
            return 0.0;
        }
        OutageCover remainingCover = new OutageCover((int) remaining, cover.perEventDeductible(),
                cover.perEventLimit(), cover.aggregateDeductible(), cover.aggregateLimit());
        double modelRatePerYear = risk.frequency().mean() * DAYS_PER_YEAR / risk.frequencyPeriodDays();
        OutageRisk atMarket = risk.withFrequencyScaledBy(market.outageRate(replacement.hubCode()) / modelRatePerYear)
                .withReplacementSpot(market.forward(replacement, YearMonth.from(from)));
        boolean aggregateTerms = cover.aggregateDeductible() > 0 || !Double.isInfinite(cover.aggregateLimit());
        OutageCoverPricer pricer = aggregateTerms ? SCENARIO_PRICER : OutageCoverPricer.DEFAULT;
        double expectedPayout = pricer.expectedLoss(remainingCover, atMarket);
        return quantity * expectedPayout * market.discountFactor(end());
    }
}
