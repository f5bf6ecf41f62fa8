package com.suanli.pricing.risk;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Full revaluation: every position repriced under every scenario. Scenarios run in parallel on
 * the common fork-join pool; each result lands at its scenario's index and each portfolio sum
 * runs in position order, so the vector is identical however the work was split.
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
        IntStream.range(0, values.length).parallel()
                .forEach(i -> values[i] = portfolio.presentValue(market.shocked(scenarios.get(i))));
        return values;
    }
}
