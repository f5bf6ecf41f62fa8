package com.suanli.pricing.risk;

import com.suanli.pricing.basics.InputRefused;
import java.util.List;
import java.util.Objects;

/**
 * A risk run: a book on a market, the named scenario sets to stress it with, for VaR the
 * index histories (historical scenarios) and an optional Monte Carlo specification, and
 * optionally the previous day's book and market to explain the day's P&amp;L against.
 */
public record RiskRequest(MarketSnapshot market, Portfolio portfolio, List<ScenarioSet> scenarioSets,
                          List<IndexHistory> histories, MonteCarloSpec monteCarlo, VarSettings var,
                          MarketSnapshot previousMarket, Portfolio previousPortfolio) {

    public RiskRequest {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(portfolio, "portfolio");
        scenarioSets = List.copyOf(Objects.requireNonNull(scenarioSets, "scenarioSets"));
        histories = List.copyOf(Objects.requireNonNull(histories, "histories"));
        Objects.requireNonNull(var, "var");
        if ((previousMarket == null) != (previousPortfolio == null)) {
            throw new IllegalArgumentException("previousDay: needs both the market and the portfolio");
        }
        if (monteCarlo != null && monteCarlo.factors().isEmpty() && histories.isEmpty()) {
            throw new IllegalArgumentException("monteCarlo.factors: needed when no index histories are given");
        }
        // What the run would refuse is refused here, where the message can name the request's field.
        if (!histories.isEmpty()) {
            int fixings = HistoricalScenarios.commonFixings(histories);
            int windowDays = var.historicalWindowDays();
            if (windowDays >= fixings) {
                throw new IllegalArgumentException("var.horizonDays: windows of " + windowDays
                        + " days need more than the histories' " + fixings + " fixings");
            }
            requireEnough(fixings - windowDays, "histories", "windows of " + windowDays + " days", var);
        }
        if (monteCarlo != null) {
            requireEnough(monteCarlo.paths(), "monteCarlo.paths", "paths", var);
        }
    }

    private static void requireEnough(int scenarios, String field, String what, VarSettings var) {
        if (scenarios < var.minimumScenarios()) {
            throw new InputRefused(field, InputRefused.Rule.TOO_FEW_SCENARIOS, field + ": " + scenarios + " " + what
                    + " are too few for a " + var.confidence() + " VaR (need at least " + var.minimumScenarios()
                    + ")", scenarios, var.confidence(), var.minimumScenarios());
        }
    }
}
