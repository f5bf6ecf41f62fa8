package com.suanli.pricing.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the batch requests: the risk report of a {@link RiskRequest}, the trade measures of a {@link PriceRequest}. */
public final class RiskRun {

    private RiskRun() {
    }

    public static RiskReport run(RiskRequest request) {
        Market market = Market.of(request.market());
        Portfolio book = request.portfolio();
        Greeks greeks = Sensitivities.greeks(book::presentValue, market);
        List<CurveRisk> curves = Sensitivities.byCurve(book::presentValue, market);
        List<BucketRisk> buckets = Sensitivities.byBucket(book::presentValue, market);
        Map<String, PnlVector> sets = new LinkedHashMap<>();
        for (ScenarioSet set : request.scenarioSets()) {
            sets.put(set.name(), Revaluation.pnl(book, market, set.scenarios()));
        }
        VarSettings var = request.var();
        PnlVector historicalPnl = null;
        VarResult historicalVar = null;
        if (!request.histories().isEmpty()) {
            historicalPnl = Revaluation.pnl(book, market,
                    HistoricalScenarios.fromIndexHistories(request.histories(), var.historicalWindowDays()));
            historicalVar = ValueAtRisk.of(historicalPnl, var);
        }
        VarResult monteCarloVar = null;
        MonteCarloSpec mc = request.monteCarlo();
        if (mc != null) {
            List<Scenario> paths = mc.factors().isEmpty()
                    ? MonteCarloScenarios.fromIndexHistories(request.histories(), var.horizonDays(), mc.paths(), mc.seed())
                    : MonteCarloScenarios.simulate(mc.factors(), mc.correlation(), var.horizonDays(), mc.paths(), mc.seed());
            // Paths are drawn over the whole horizon: no further scaling.
            VarSettings simulated = new VarSettings(var.confidence(), var.horizonDays(), VarSettings.HorizonScaling.NONE);
            monteCarloVar = ValueAtRisk.of(Revaluation.pnl(book, market, paths), simulated);
        }
        PnlExplain explain = request.previousMarket() == null ? null
                : PnlExplainer.explain(request.previousPortfolio(), Market.of(request.previousMarket()), book, market);
        return new RiskReport(greeks, curves, buckets, sets, historicalPnl, historicalVar, monteCarloVar, explain);
    }

    /** Per-trade measures (present value, its standard error, bump Greeks), in the trades' order. */
    public static List<TradeMeasures> price(PriceRequest request) {
        Market market = Market.of(request.market());
        return request.trades().parallelStream()
                .map(trade -> new TradeMeasures(trade.id(), Sensitivities.greeks(trade::presentValue, market),
                        trade.standardError(market)))
                .toList();
    }
}
