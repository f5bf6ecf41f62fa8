package com.suanli.data.pricing;

import com.suanli.data.json.JsonInput;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.market.VolSurface;
import com.suanli.pricing.risk.MarketSnapshot;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The {@code market} object of batch requests (docs/BATCH.md). */
final class MarketJson {

    private static final Set<String> MARKET_FIELDS = Set.of("valuationDate", "rate", "carbonPrice", "outageRates",
            "fxRates", "curves");
    private static final Set<String> CURVE_FIELDS = Set.of("product", "hub", "green", "quotes", "volatility",
            "smiles", "fixings");
    private static final Set<String> SMILE_FIELDS = Set.of("expiry", "strikes", "vols");

    private MarketJson() {
    }

    static MarketSnapshot read(JsonInput in) {
        in.allowOnly(MARKET_FIELDS);
        LocalDate valuationDate = in.get("valuationDate").date();
        double rate = in.has("rate") ? in.get("rate").number() : 0.0;
        double carbon = in.has("carbonPrice") ? in.get("carbonPrice").number() : 0.0;
        Map<String, Double> outageRates = in.has("outageRates") ? numbersByCode(in.get("outageRates")) : Map.of();
        Map<String, Double> fxRates = in.has("fxRates") ? numbersByCode(in.get("fxRates")) : Map.of();
        Map<Underlying, ForwardCurve> curves = new HashMap<>();
        Map<Underlying, VolSurface> vols = new HashMap<>();
        Map<Underlying, IndexFixings> fixings = new HashMap<>();
        List<JsonInput> curveInputs = in.get("curves").elements();
        if (curveInputs.isEmpty()) {
            throw in.get("curves").fail("json.no-curve", "must hold at least one curve");
        }
        for (JsonInput curve : curveInputs) {
            curve.allowOnly(CURVE_FIELDS);
            Underlying key = underlying(curve);
            if (curves.containsKey(key)) {
                throw curve.fail("json.duplicate-curve", "duplicate curve " + key, key.toString());
            }
            curves.put(key, quotes(curve.get("quotes")));
            if (curve.has("volatility") && curve.has("smiles")) {
                throw curve.get("smiles").fail("json.volatility-and-smiles", "give either volatility or smiles, not both");
            }
            if (curve.has("volatility")) {
                double vol = curve.get("volatility").positive();
                vols.put(key, VolSurface.flat(valuationDate, vol));
            } else if (curve.has("smiles")) {
                vols.put(key, smiles(curve.get("smiles")));
            }
            if (curve.has("fixings")) {
                JsonInput input = curve.get("fixings");
                TreeMap<LocalDate, Double> byDate = new TreeMap<>();
                input.fieldsKeyedBy(LocalDate::parse, "a date like 2026-11-27")
                        .forEach((date, value) -> byDate.put(date, value.positive()));
                fixings.put(key, input.build(() -> new IndexFixings(byDate)));
            }
        }
        MarketData data = in.build(() -> new MarketData(valuationDate, rate, curves, vols, fixings));
        return in.build(() -> new MarketSnapshot(data, carbon, outageRates, fxRates));
    }

    /** The product / hub / green fields of a curve or trade. */
    static Underlying underlying(JsonInput in) {
        String product = in.get("product").text();
        String hub = in.get("hub").text();
        boolean green = in.has("green") && in.get("green").bool();
        return in.build(() -> new Underlying(product, hub, green));
    }

    private static ForwardCurve quotes(JsonInput in) {
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        in.fieldsKeyedBy(YearMonth::parse, "a month like 2027-01")
                .forEach((month, value) -> quotes.put(month, value.positive()));
        if (quotes.isEmpty()) {
            throw in.fail("json.no-quote", "must hold at least one monthly quote");
        }
        return in.build(() -> ForwardCurve.of(quotes));
    }

    private static VolSurface smiles(JsonInput in) {
        List<JsonInput> inputs = in.elements();
        if (inputs.isEmpty()) {
            throw in.fail("json.no-smile", "must hold at least one smile");
        }
        VolSmile[] smiles = new VolSmile[inputs.size()];
        for (int i = 0; i < smiles.length; i++) {
            JsonInput smile = inputs.get(i).allowOnly(SMILE_FIELDS);
            LocalDate expiry = smile.get("expiry").date();
            double[] strikes = smile.get("strikes").numbers();
            double[] vols = smile.get("vols").numbers();
            smiles[i] = smile.build(() -> VolSmile.of(expiry, strikes, vols));
        }
        return in.build(() -> VolSurface.of(smiles));
    }

    private static Map<String, Double> numbersByCode(JsonInput in) {
        Map<String, Double> values = new TreeMap<>();
        in.fields().forEach((code, value) -> values.put(code, value.number()));
        return values;
    }
}
