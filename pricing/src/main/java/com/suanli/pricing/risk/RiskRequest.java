package com.suanli.pricing.risk;

import java.util.List;
import java.util.Objects;

/**
 * A risk run: a book on a market, the named scenario sets to stress it with, and for VaR the
 * index histories (historical scenarios) and an optional Monte Carlo specification.
 */
public record RiskRequest(MarketSnapshot market, Portfolio portfolio, List<ScenarioSet> scenarioSets,
                          List<IndexHistory> histories, MonteCarloSpec monteCarlo, VarSettings var) {

    public RiskRequest {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(portfolio, "portfolio");
        scenarioSets = List.copyOf(Objects.requireNonNull(scenarioSets, "scenarioSets"));
        histories = List.copyOf(Objects.requireNonNull(histories, "histories"));
        Objects.requireNonNull(var, "var");
        if (monteCarlo != null && monteCarlo.factors().isEmpty() && histories.isEmpty()) {
            throw new IllegalArgumentException("monteCarlo.factors: needed when no index histories are given");
        }
    }
}
