package com.suanli.pricing.risk;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a risk run found: Greeks of the book, by curve and by bucket; the P&amp;L of each named
 * scenario set; historical VaR/ES with its P&amp;L vector (null without histories) and Monte
 * Carlo VaR/ES (null without a specification); the P&amp;L explain against the previous day (null
 * without one).
 */
public record RiskReport(Greeks greeks, List<CurveRisk> curves, List<BucketRisk> buckets,
                         Map<String, PnlVector> scenarioSets, PnlVector historicalPnl, VarResult historicalVar,
                         VarResult monteCarloVar, PnlExplain pnlExplain) {

    public RiskReport {
        curves = List.copyOf(curves);
        buckets = List.copyOf(buckets);
        scenarioSets = Collections.unmodifiableMap(new LinkedHashMap<>(scenarioSets));
    }
}
