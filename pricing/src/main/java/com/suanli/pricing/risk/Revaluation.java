package com.suanli.pricing.risk;

import com.suanli.pricing.basics.InputRefused;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Full revaluation: every position repriced under every scenario. Scenarios run in parallel on
 * the common fork-join pool, split down to a few scenarios per task so that a core slowed by
 * other work hands its share to the other by stealing; each result lands at its scenario's
 * index and each portfolio sum runs in position order, so the vector is identical however the
 * work was split.
 */
public final class Revaluation {

    private Revaluation() {
    }

    public static PnlVector pnl(Portfolio portfolio, Market market, List<Scenario> scenarios) {
        double base = portfolio.presentValue(market);
        double[] values = presentValues(portfolio, market, scenarios);
        for (int i = 0; i < values.length; i++) {
            values[i] -= base;
        }
        return new PnlVector(base, scenarios.stream().map(Scenario::name).toList(), values);
    }

    /** The portfolio's value under each scenario, in scenario order. */
    public static double[] presentValues(Portfolio portfolio, Market market, List<Scenario> scenarios) {
        double[] values = new double[scenarios.size()];
        ForkJoinPool.commonPool().invoke(new RevalueRange(portfolio, market, scenarios, values, 0, values.length));
        return values;
    }

    /** Revalues scenarios {@code [from, to)}, halving until a task holds a few scenarios. */
    private static final class RevalueRange extends RecursiveAction {

        private static final long serialVersionUID = 1L;
        /** Small enough to balance two cores, large enough that task overhead stays negligible. */
        private static final int SCENARIOS_PER_TASK = 8;

        private final transient Portfolio portfolio;
        private final transient Market market;
        private final transient List<Scenario> scenarios;
        private final double[] values;
        private final int from;
        private final int to;

        RevalueRange(Portfolio portfolio, Market market, List<Scenario> scenarios, double[] values, int from, int to) {
            this.portfolio = portfolio;
            this.market = market;
            this.scenarios = scenarios;
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= SCENARIOS_PER_TASK) {
                for (int i = from; i < to; i++) {
                    values[i] = valued(i);
                }
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(new RevalueRange(portfolio, market, scenarios, values, from, middle),
                    new RevalueRange(portfolio, market, scenarios, values, middle, to));
        }

        /**
         * The value under scenario {@code i}; a refusal names the scenario, since a shock too large for a pricer
         * (a forward below zero, a volatility or a rate beyond the models' range) is the user's input, not the book's.
         */
        private double valued(int i) {
            Scenario scenario = scenarios.get(i);
            try {
                return portfolio.presentValue(market.shocked(scenario));
            } catch (IllegalArgumentException refused) {
                InputRefused named = new InputRefused("scenarios", InputRefused.Rule.SCENARIO_NOT_PRICED,
                        "scenarios[" + i + "] '" + scenario.name() + "': " + refused.getMessage(), scenario.name());
                named.initCause(refused);
                throw named;
            }
        }
    }
}
