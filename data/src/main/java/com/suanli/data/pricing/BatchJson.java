package com.suanli.data.pricing;

import com.suanli.data.json.JsonInput;
import com.suanli.data.json.JsonReadException;
import com.suanli.data.json.JsonText;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.risk.BucketRisk;
import com.suanli.pricing.risk.CurveRisk;
import com.suanli.pricing.risk.CurveSelection;
import com.suanli.pricing.risk.Greeks;
import com.suanli.pricing.risk.IndexHistory;
import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.MarketSnapshot;
import com.suanli.pricing.risk.MonteCarloSpec;
import com.suanli.pricing.risk.PnlExplain;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.Portfolio;
import com.suanli.pricing.risk.PriceRequest;
import com.suanli.pricing.risk.RiskFactor;
import com.suanli.pricing.risk.RiskReport;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.ScenarioSet;
import com.suanli.pricing.risk.ShiftKind;
import com.suanli.pricing.risk.TradeMeasures;
import com.suanli.pricing.risk.VarResult;
import com.suanli.pricing.risk.VarSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The batch interface's JSON: price and risk requests in, results out (docs/BATCH.md). */
public final class BatchJson {

    private static final Set<String> PRICE_FIELDS = Set.of("market", "trades");
    private static final Set<String> RISK_FIELDS = Set.of("market", "portfolio", "scenarioSets", "histories",
            "monteCarlo", "var", "previousDay");

    private BatchJson() {
    }

    public static PriceRequest readPriceRequest(String json) {
        JsonInput in = JsonInput.parse(json).allowOnly(PRICE_FIELDS);
        MarketSnapshot market = MarketJson.read(in.get("market"));
        return new PriceRequest(market, TradeJson.readAll(in.get("trades"), Market.of(market)));
    }

    public static PriceRequest readPriceRequest(Path file) {
        return readPriceRequest(JsonText.read(file));
    }

    /** Reads a risk request; scenario set files are resolved against {@code baseDirectory}. */
    public static RiskRequest readRiskRequest(String json, Path baseDirectory) {
        JsonInput in = JsonInput.parse(json).allowOnly(RISK_FIELDS);
        MarketSnapshot market = MarketJson.read(in.get("market"));
        Portfolio portfolio = new Portfolio(TradeJson.readAll(in.get("portfolio"), Market.of(market)));
        List<ScenarioSet> sets = new ArrayList<>();
        if (in.has("scenarioSets")) {
            for (JsonInput set : in.get("scenarioSets").elements()) {
                sets.add(scenarioSet(set, baseDirectory));
            }
        }
        List<IndexHistory> histories = new ArrayList<>();
        if (in.has("histories")) {
            for (JsonInput history : in.get("histories").elements()) {
                histories.add(history(history));
            }
        }
        VarSettings var = in.has("var") ? var(in.get("var"))
                : new VarSettings(0.99, 1, VarSettings.HorizonScaling.NONE);
        MonteCarloSpec monteCarlo = in.has("monteCarlo") ? monteCarlo(in.get("monteCarlo")) : null;
        MarketSnapshot previousMarket = null;
        Portfolio previousPortfolio = null;
        if (in.has("previousDay")) {
            JsonInput previous = in.get("previousDay").allowOnly(Set.of("market", "portfolio"));
            previousMarket = MarketJson.read(previous.get("market"));
            if (!previousMarket.data().valuationDate().isBefore(market.data().valuationDate())) {
                throw previous.get("market").get("valuationDate").fail("json.previous-day-not-before",
                        "must be before the market's valuation date " + market.data().valuationDate(),
                        market.data().valuationDate().toString());
            }
            previousPortfolio = new Portfolio(TradeJson.readAll(previous.get("portfolio"), Market.of(previousMarket)));
        }
        MarketSnapshot dayBeforeMarket = previousMarket;
        Portfolio dayBeforePortfolio = previousPortfolio;
        return in.build(() -> new RiskRequest(market, portfolio, sets, histories, monteCarlo, var, dayBeforeMarket,
                dayBeforePortfolio));
    }

    public static RiskRequest readRiskRequest(Path file) {
        Path base = file.toAbsolutePath().getParent();
        return readRiskRequest(JsonText.read(file), base);
    }

    public static String writePriceResult(PriceRequest request, List<TradeMeasures> measures) {
        ObjectNode root = JsonText.object();
        root.put("valuationDate", request.market().data().valuationDate().toString());
        ArrayNode trades = root.putArray("trades");
        double[] total = new double[5];
        for (TradeMeasures trade : measures) {
            ObjectNode node = trades.addObject();
            node.put("id", trade.id());
            writeGreeks(trade.greeks(), node);
            if (trade.standardError() > 0.0) {
                // Only a Monte Carlo quote has one: an average-price option beyond its analytic's checked region.
                node.put("pvStandardError", trade.standardError());
            }
            Greeks g = trade.greeks();
            total[0] += g.presentValue();
            total[1] += g.delta();
            total[2] += g.gamma();
            total[3] += g.vega();
            total[4] += g.theta();
        }
        writeGreeks(new Greeks(total[0], total[1], total[2], total[3], total[4]), root.putObject("total"));
        return JsonText.print(root);
    }

    public static String writeRiskReport(RiskRequest request, RiskReport report) {
        ObjectNode root = JsonText.object();
        root.put("valuationDate", request.market().data().valuationDate().toString());
        root.put("positions", request.portfolio().positions().size());
        writeGreeks(report.greeks(), root.putObject("greeks"));
        ArrayNode curves = root.putArray("curves");
        for (CurveRisk curve : report.curves()) {
            ObjectNode node = curves.addObject();
            writeUnderlying(curve.curve(), node);
            writeRisk(node, curve.delta(), curve.gamma(), curve.vega());
        }
        ArrayNode buckets = root.putArray("buckets");
        for (BucketRisk bucket : report.buckets()) {
            ObjectNode node = buckets.addObject();
            writeUnderlying(bucket.bucket().curve(), node);
            node.put("month", bucket.bucket().month().toString());
            writeRisk(node, bucket.delta(), bucket.gamma(), bucket.vega());
        }
        ArrayNode sets = root.putArray("scenarioSets");
        report.scenarioSets().forEach((name, pnl) -> {
            ObjectNode node = sets.addObject();
            node.put("name", name);
            writePnl(pnl, node.putArray("scenarios"));
        });
        if (report.historicalVar() != null) {
            ObjectNode historical = root.putObject("historical");
            writeVar(report.historicalVar(), historical);
            writePnl(report.historicalPnl(), historical.putArray("scenarios"));
        }
        if (report.monteCarloVar() != null) {
            writeVar(report.monteCarloVar(), root.putObject("monteCarlo"));
        }
        if (report.pnlExplain() != null) {
            PnlExplain explain = report.pnlExplain();
            ObjectNode node = root.putObject("pnlExplain");
            node.put("actual", explain.actual());
            node.put("theta", explain.theta());
            node.put("delta", explain.delta());
            node.put("gamma", explain.gamma());
            node.put("vega", explain.vega());
            node.put("newTrades", explain.newTrades());
            node.put("closedTrades", explain.closedTrades());
            node.put("unexplained", explain.unexplained());
        }
        return JsonText.print(root);
    }

    private static ScenarioSet scenarioSet(JsonInput in, Path baseDirectory) {
        if (in.has("file")) {
            in.allowOnly(Set.of("file"));
            JsonInput fileInput = in.get("file");
            Path file = baseDirectory.resolve(fileInput.text());
            try {
                return ScenarioSetJson.read(file);
            } catch (JsonReadException e) {
                throw fileInput.fail("in " + e.getMessage());
            }
        }
        return ScenarioSetJson.readSet(in);
    }

    private static IndexHistory history(JsonInput in) {
        in.allowOnly(Set.of("name", "drives", "fixings"));
        String name = in.get("name").text();
        CurveSelection drives = in.has("drives") ? ScenarioSetJson.selection(in.get("drives")) : CurveSelection.ALL;
        List<LocalDate> dates = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        in.get("fixings").fieldsKeyedBy(LocalDate::parse, "a date like 2026-11-27").forEach((date, level) -> {
            dates.add(date);
            levels.add(level.positive());
        });
        double[] values = levels.stream().mapToDouble(Double::doubleValue).toArray();
        return in.build(() -> new IndexHistory(name, drives, dates, values));
    }

    private static VarSettings var(JsonInput in) {
        in.allowOnly(Set.of("confidence", "horizonDays", "scaling"));
        double confidence = in.get("confidence").number();
        int horizon = in.has("horizonDays") ? in.get("horizonDays").intValue() : 1;
        VarSettings.HorizonScaling scaling = in.has("scaling") ? in.get("scaling").choice(VarSettings.HorizonScaling.class)
                : VarSettings.HorizonScaling.NONE;
        return in.build(() -> new VarSettings(confidence, horizon, scaling));
    }

    private static MonteCarloSpec monteCarlo(JsonInput in) {
        in.allowOnly(Set.of("paths", "seed", "factors", "correlation"));
        int paths = in.get("paths").intValue();
        long seed = in.get("seed").longValue();
        List<RiskFactor> factors = new ArrayList<>();
        double[][] correlation = null;
        if (in.has("factors")) {
            for (JsonInput factor : in.get("factors").elements()) {
                factor.allowOnly(Set.of("name", "drives", "kind", "dailyVolatility"));
                String name = factor.get("name").text();
                CurveSelection drives = factor.has("drives") ? ScenarioSetJson.selection(factor.get("drives")) : CurveSelection.ALL;
                ShiftKind kind = factor.get("kind").choice(ShiftKind.class);
                double vol = factor.get("dailyVolatility").positive();
                factors.add(factor.build(() -> new RiskFactor(name, drives, kind, vol)));
            }
            List<JsonInput> rows = in.get("correlation").elements();
            correlation = new double[rows.size()][];
            for (int i = 0; i < rows.size(); i++) {
                correlation[i] = rows.get(i).numbers();
            }
        }
        double[][] matrix = correlation;
        return in.build(() -> new MonteCarloSpec(paths, seed, factors, matrix));
    }

    private static void writeGreeks(Greeks greeks, ObjectNode node) {
        node.put("pv", greeks.presentValue());
        writeRisk(node, greeks.delta(), greeks.gamma(), greeks.vega());
        node.put("theta", greeks.theta());
    }

    private static void writeRisk(ObjectNode node, double delta, double gamma, double vega) {
        node.put("delta", delta);
        node.put("gamma", gamma);
        node.put("vega", vega);
    }

    private static void writeUnderlying(Underlying underlying, ObjectNode node) {
        node.put("product", underlying.productCode());
        node.put("hub", underlying.hubCode());
        node.put("green", underlying.green());
    }

    private static void writePnl(PnlVector pnl, ArrayNode scenarios) {
        for (int i = 0; i < pnl.size(); i++) {
            ObjectNode node = scenarios.addObject();
            node.put("name", pnl.scenarioNames().get(i));
            node.put("pnl", pnl.pnl(i));
        }
    }

    private static void writeVar(VarResult var, ObjectNode node) {
        node.put("confidence", var.settings().confidence());
        node.put("horizonDays", var.settings().horizonDays());
        node.put("scaling", JsonText.camel(var.settings().scaling()));
        node.put("sampleSize", var.sampleSize());
        node.put("var", var.valueAtRisk());
        node.put("expectedShortfall", var.expectedShortfall());
    }
}
