package com.suanli.pricing.insurance;

import java.util.List;

/**
 * Prices an outage cover by Panjer recursion: the common market factor is discretised
 * (Gauss-Hermite), each node's per-event payout is discretised on one lattice preserving its
 * mean, compounded with the node's (a,b,0) count, and the nodes are mixed. Deductibles
 * and limits per event act on the severity lattice, aggregate ones on the mixed result.
 */
public final class OutageCoverPricer {

    public static final OutageCoverPricer DEFAULT = new OutageCoverPricer(2048, 8);

    /** How far the lattice reaches when no aggregate limit caps it, in standard deviations. */
    private static final double LATTICE_REACH_IN_SD = 25.0;
    /** Largest factor by which aligning the lattice on the per-event limit may grow it. */
    private static final int MAX_LATTICE_GROWTH = 4;

    private final int latticePoints;
    private final int factorNodes;

    /**
     * @param latticePoints points of the aggregate lattice (cost grows with its square)
     * @param factorNodes   Gauss-Hermite nodes per normal factor
     */
    public OutageCoverPricer(int latticePoints, int factorNodes) {
        if (latticePoints < 16) {
            throw new IllegalArgumentException("latticePoints: need at least 16, was " + latticePoints);
        }
        if (factorNodes < 1) {
            throw new IllegalArgumentException("factorNodes: must be positive, was " + factorNodes);
        }
        this.latticePoints = latticePoints;
        this.factorNodes = factorNodes;
    }

    /** The distribution of the cover's payout over its term. */
    public LossDistribution lossDistribution(OutageCover cover, OutageRisk risk) {
        return aggregate(cover, risk).payout();
    }

    /** Expected loss, premiums under both principles, VaR and TVaR of the cover. */
    public OutageCoverMeasures measures(OutageCover cover, OutageRisk risk, RiskLoading loading) {
        Aggregate aggregate = aggregate(cover, risk);
        return OutageCoverMeasures.of(aggregate.payout(), loading, 0.0, aggregate.truncatedMass());
    }

    /**
     * E[payout] alone. Without aggregate terms it is exact and fast: the sum over factor nodes
     * of probability x E[count | node] x E[per-event payout | node], the last from the
     * lognormal's limited expected values; with aggregate terms it is the Panjer mean.
     * Meant for full revaluation under many scenarios.
     */
    public double expectedLoss(OutageCover cover, OutageRisk risk) {
        if (cover.aggregateDeductible() > 0.0 || !Double.isInfinite(cover.aggregateLimit())) {
            return lossDistribution(cover, risk).mean();
        }
        double total = 0.0;
        for (MarketState state : MarketState.discretise(risk, cover.termDays(), factorNodes)) {
            double perEvent = risk.severity().layerExpectation(state.replacementPrice(),
                    cover.perEventDeductible(), cover.perEventLimit());
            total += state.probability() * state.frequency().mean() * perEvent;
        }
        return total;
    }

    /** The premium under one principle. */
    public double premium(OutageCover cover, OutageRisk risk, PremiumPrinciple principle) {
        return principle.premium(lossDistribution(cover, risk));
    }

    private record Aggregate(LossDistribution payout, double truncatedMass) {
    }

    private Aggregate aggregate(OutageCover cover, OutageRisk risk) {
        List<MarketState> states = MarketState.discretise(risk, cover.termDays(), factorNodes);
        double cap = cover.aggregateDeductible() + cover.aggregateLimit();
        double reach = Math.min(cap, momentReach(cover, risk, states));
        double step = reach / (latticePoints - 1);
        int severityPoints = latticePoints;
        if (!Double.isInfinite(cover.perEventLimit())) {
            int stepsToLimit = (int) Math.ceil(cover.perEventLimit() / step);
            double aligned = cover.perEventLimit() / stepsToLimit;
            // Align the lattice on the per-event limit (an exact atom for VaR) unless the limit is
            // so small against the reach that aligning would blow the lattice up; then the limit
            // falls between two points and the discretisation spreads its atom over them.
            if (reach / aligned < MAX_LATTICE_GROWTH * latticePoints) {
                step = aligned;
            }
            severityPoints = Math.min(stepsToLimit + 1, latticePoints);
        }
        int points = (int) Math.ceil(reach / step) + 1;
        double[] mixed = new double[points];
        for (MarketState state : states) {
            double[] severity = severityLattice(cover, risk.severity(), state.replacementPrice(), step, severityPoints);
            double[] given = PanjerRecursion.aggregate(state.frequency(), severity, points);
            for (int s = 0; s < points; s++) {
                mixed[s] += state.probability() * given[s];
            }
        }
        double placed = 0.0;
        for (double p : mixed) {
            placed += p;
        }
        double beyond = Math.max(0.0, 1.0 - placed);
        double[] values = new double[points + 1];
        double[] probabilities = new double[points + 1];
        for (int s = 0; s < points; s++) {
            values[s] = cover.aggregatePayout(s * step);
            probabilities[s] = mixed[s] / (placed + beyond);
        }
        values[points] = cover.aggregatePayout(points * step);
        probabilities[points] = beyond / (placed + beyond);
        // Beyond the deductible plus the limit every outcome pays the limit, so that mass is exact.
        double truncated = reach < cap ? beyond : 0.0;
        return new Aggregate(LossDistribution.ofAtoms(values, probabilities), truncated);
    }

    /**
     * P(per-event payout = j step) by mean-preserving local moment matching (Loss Models,
     * section 9.6.2): f(0) = 1 - E[X ^ h] / h and f(j) = (2 E[X ^ jh] - E[X ^ (j-1)h] - E[X ^ (j+1)h]) / h,
     * with E[X ^ u] the payout's limited expected value. Each event's expected payout is kept
     * exactly, and a limit on the lattice gets its atom without special handling.
     */
    private static double[] severityLattice(OutageCover cover, LostHoursSeverity lostHours,
            double pricePerGpuHour, double step, int points) {
        double[] limited = new double[points + 1];
        for (int j = 0; j <= points; j++) {
            limited[j] = lostHours.layerLimitedExpectation(pricePerGpuHour, cover.perEventDeductible(),
                    cover.perEventLimit(), j * step);
        }
        double[] lattice = new double[points];
        lattice[0] = 1.0 - limited[1] / step;
        for (int j = 1; j < points; j++) {
            lattice[j] = Math.max(0.0, (2.0 * limited[j] - limited[j - 1] - limited[j + 1]) / step);
        }
        return lattice;
    }

    /** Largest mean + reach x SD of the per-node aggregate, on unlimited per-event payouts. */
    private static double momentReach(OutageCover cover, OutageRisk risk, List<MarketState> states) {
        double reach = 0.0;
        for (MarketState state : states) {
            double price = state.replacementPrice();
            double first = Math.min(price * risk.severity().meanGpuHours(), cover.perEventLimit());
            double second = Math.min(price * price * risk.severity().secondMoment(),
                    cover.perEventLimit() * cover.perEventLimit());
            FrequencyModel count = state.frequency();
            double mean = count.mean() * first;
            double variance = count.mean() * (second - first * first) + count.variance() * first * first;
            reach = Math.max(reach, mean + LATTICE_REACH_IN_SD * Math.sqrt(variance));
        }
        return reach;
    }
}
