package com.suanli.pricing.insurance;

import java.util.List;

import org.apache.commons.math3.distribution.LogNormalDistribution;

/**
 * Prices an outage cover by Panjer recursion: the common market factor is discretised
 * (Gauss-Hermite), each node's per-event payout is discretised on one lattice by the method
 * of rounding, compounded with the node's (a,b,0) count, and the nodes are mixed. Deductibles
 * and limits per event act on the severity lattice, aggregate ones on the mixed result.
 */
public final class OutageCoverPricer {

    public static final OutageCoverPricer DEFAULT = new OutageCoverPricer(2048, 8);

    /** How far the lattice reaches when no aggregate limit caps it, in standard deviations. */
    private static final double LATTICE_REACH_IN_SD = 15.0;

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

    /** The premium under one principle. */
    public double premium(OutageCover cover, OutageRisk risk, PremiumPrinciple principle) {
        return principle.premium(lossDistribution(cover, risk));
    }

    private record Aggregate(LossDistribution payout, double truncatedMass) {
    }

    private Aggregate aggregate(OutageCover cover, OutageRisk risk) {
        List<MarketState> states = MarketState.discretise(risk, cover.termDays(), factorNodes);
        LogNormalDistribution lostHours = risk.severity().distribution(null);
        double cap = cover.aggregateDeductible() + cover.aggregateLimit();
        double reach = Math.min(cap, momentReach(cover, risk, states));
        double step = reach / (latticePoints - 1);
        int severityPoints = latticePoints;
        if (!Double.isInfinite(cover.perEventLimit())) {
            int stepsToLimit = (int) Math.ceil(cover.perEventLimit() / step);
            step = cover.perEventLimit() / stepsToLimit;
            severityPoints = Math.min(stepsToLimit + 1, latticePoints);
        }
        int points = (int) Math.ceil(reach / step) + 1;
        double[] mixed = new double[points];
        for (MarketState state : states) {
            double[] severity = severityLattice(cover, lostHours, state.replacementPrice(), step, severityPoints);
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
     * P(per-event payout = j step) by rounding: mass of [(j - 1/2) step, (j + 1/2) step), with
     * everything from half a step below the limit lumped at the limit.
     */
    private static double[] severityLattice(OutageCover cover, LogNormalDistribution lostHours,
            double pricePerGpuHour, double step, int points) {
        double[] lattice = new double[points];
        double previous = 0.0;
        boolean limited = !Double.isInfinite(cover.perEventLimit());
        for (int j = 0; j < points; j++) {
            boolean lumpAtLimit = limited && j == points - 1;
            double upper = lumpAtLimit ? 1.0
                    : lostHours.cumulativeProbability((cover.perEventDeductible() + (j + 0.5) * step) / pricePerGpuHour);
            lattice[j] = upper - previous;
            previous = upper;
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
