package com.suanli.data.pricing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonInput;
import com.suanli.data.json.JsonText;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.IndexFixings;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.market.VolSurface;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;

/**
 * A curves file: the {@code market} object of docs/BATCH.md with only its {@code valuationDate} and
 * {@code curves} (quotes, volatility or smiles, fixings), read by the same reader as a batch request's
 * market, so a curve means the same in both. The rates, carbon and FX of a request are not curves and
 * are refused here.
 */
public final class CurvesJson {

    private static final Set<String> FIELDS = Set.of("valuationDate", "curves");

    private CurvesJson() {
    }

    /** Reads a curves file; a bad file is refused at its first problem, naming the JSON path. */
    public static MarketData read(Path file) {
        JsonInput root = JsonInput.parse(file, JsonInput.Refusal.AT_FIRST_PROBLEM);
        root.allowOnly(FIELDS);
        return MarketJson.read(root).data();
    }

    /** The curves, surfaces and fixings of {@code market} as a curves file, underlyings in code order. */
    public static String write(MarketData market) {
        ObjectNode root = JsonText.object();
        root.put("valuationDate", market.valuationDate().toString());
        ArrayNode curves = root.putArray("curves");
        Comparator<Underlying> order = Comparator.comparing(Underlying::productCode).thenComparing(Underlying::hubCode)
                .thenComparing(underlying -> underlying.green());
        market.curves().keySet().stream().sorted(order).forEach(underlying -> {
            ObjectNode curve = curves.addObject();
            curve.put("product", underlying.productCode());
            curve.put("hub", underlying.hubCode());
            curve.put("green", underlying.green());
            ForwardCurve forward = market.curves().get(underlying);
            ObjectNode quotes = curve.putObject("quotes");
            forward.quotes().forEach((month, price) -> quotes.put(month.toString(), price));
            VolSurface surface = market.volSurfaces().get(underlying);
            if (surface != null) {
                writeSurface(surface, market, curve);
            }
            IndexFixings fixings = market.fixings().get(underlying);
            if (fixings != null && !fixings.byDate().isEmpty()) {
                ObjectNode byDate = curve.putObject("fixings");
                fixings.byDate().forEach((date, value) -> byDate.put(date.toString(), value));
            }
        });
        return JsonText.print(root);
    }

    /** A flat surface as the file gives it, {@code volatility}; any other as its smiles. */
    private static void writeSurface(VolSurface surface, MarketData market, ObjectNode curve) {
        VolSmile first = surface.smiles().firstEntry().getValue();
        if (surface.equals(VolSurface.flat(market.valuationDate(), first.vols()[0]))) {
            curve.put("volatility", first.vols()[0]);
            return;
        }
        ArrayNode smiles = curve.putArray("smiles");
        for (VolSmile smile : surface.smiles().values()) {
            ObjectNode node = smiles.addObject();
            node.put("expiry", smile.expiry().toString());
            ArrayNode strikes = node.putArray("strikes");
            ArrayNode vols = node.putArray("vols");
            for (int i = 0; i < smile.strikes().length; i++) {
                strikes.add(smile.strikes()[i]);
                vols.add(smile.vols()[i]);
            }
        }
    }
}
