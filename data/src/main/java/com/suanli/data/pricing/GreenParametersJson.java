package com.suanli.data.pricing;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonInput;
import com.suanli.data.json.JsonText;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.green.CarbonPrices;
import com.suanli.pricing.green.GreenParameters;
import com.suanli.pricing.green.HubGrid;

/**
 * Reads and writes {@code green-parameters.json} (format in docs/GREEN.md). Fields named
 * {@code about}, {@code asOf}, {@code sources}, {@code source} and {@code note} document the
 * values and are not read; any other unknown field is an error.
 */
public final class GreenParametersJson {

    /** The desk's default parameters, on the classpath. */
    public static final String DEFAULT_RESOURCE = "green-parameters.json";

    private static final Set<String> ROOT_FIELDS = Set.of("about", "asOf", "sources", "utilisation",
            "scarcityFactor", "unitPowerKw", "hubs", "prices", "gecForwardCnyPerMwh");
    private static final Set<String> HUB_FIELDS = Set.of("hub", "grid", "emissionFactorKgPerKwh", "pue",
            "source", "note");
    private static final Set<String> PRICE_FIELDS = Set.of("gecCnyPerMwh", "chinaEtsCnyPerTonne",
            "euEtsEurPerTonne", "eurCny", "source", "note");

    private GreenParametersJson() {
    }

    /** The parameters shipped with the desk. */
    public static GreenParameters readDefault() {
        return read(JsonInput.parseResource(GreenParametersJson.class, DEFAULT_RESOURCE, JsonInput.Refusal.AT_FIRST_PROBLEM));
    }

    public static GreenParameters read(Path file) {
        return read(JsonInput.parse(file, JsonInput.Refusal.AT_FIRST_PROBLEM));
    }

    /** Parses parameters; {@code fileName} appears in every error. */
    public static GreenParameters read(InputStream in, String fileName) {
        return read(JsonInput.parse(in, fileName, JsonInput.Refusal.AT_FIRST_PROBLEM));
    }

    private static GreenParameters read(JsonInput root) {
        root.allowOnly(ROOT_FIELDS);
        double utilisation = root.get("utilisation").number();
        double scarcity = root.get("scarcityFactor").number();
        Map<String, Double> power = numbers(root.get("unitPowerKw").fields());
        Map<Hub, HubGrid> hubs = readHubs(root.get("hubs"));
        CarbonPrices prices = readPrices(root.get("prices").allowOnly(PRICE_FIELDS));
        TreeMap<YearMonth, Double> forward = new TreeMap<>();
        if (root.has("gecForwardCnyPerMwh")) {
            forward.putAll(numbers(root.get("gecForwardCnyPerMwh").fieldsKeyedBy(YearMonth::parse, "a month like 2027-01")));
        }
        return root.build(() -> new GreenParameters(utilisation, scarcity, power, hubs, prices, forward));
    }

    /** The parameters as JSON (values only; documentation fields are not kept). */
    public static String write(GreenParameters parameters) {
        ObjectNode root = JsonText.object();
        root.put("utilisation", parameters.utilisation());
        root.put("scarcityFactor", parameters.scarcityFactor());
        ObjectNode power = root.putObject("unitPowerKw");
        parameters.unitPowerKw().forEach(power::put);
        ArrayNode hubs = root.putArray("hubs");
        for (HubGrid grid : parameters.hubs().values()) {
            ObjectNode hub = hubs.addObject();
            hub.put("hub", grid.hub().code());
            hub.put("grid", grid.grid());
            hub.put("emissionFactorKgPerKwh", grid.emissionFactorKgPerKwh());
            hub.put("pue", grid.pue());
        }
        ObjectNode prices = root.putObject("prices");
        prices.put("gecCnyPerMwh", parameters.prices().gecCnyPerMwh());
        prices.put("chinaEtsCnyPerTonne", parameters.prices().chinaEtsCnyPerTonne());
        prices.put("euEtsEurPerTonne", parameters.prices().euEtsEurPerTonne());
        prices.put("eurCny", parameters.prices().eurCny());
        ObjectNode forward = root.putObject("gecForwardCnyPerMwh");
        parameters.gecForwardCnyPerMwh().forEach((month, price) -> forward.put(month.toString(), price));
        return JsonText.print(root);
    }

    private static <K> Map<K, Double> numbers(Map<K, JsonInput> fields) {
        Map<K, Double> values = new LinkedHashMap<>();
        fields.forEach((key, value) -> values.put(key, value.number()));
        return values;
    }

    private static Map<Hub, HubGrid> readHubs(JsonInput array) {
        Map<Hub, HubGrid> hubs = new EnumMap<>(Hub.class);
        for (JsonInput entry : array.elements()) {
            entry.allowOnly(HUB_FIELDS);
            String code = entry.get("hub").text();
            Hub hub = entry.build(() -> Hub.ofCode(code));
            String grid = entry.get("grid").text();
            double factor = entry.get("emissionFactorKgPerKwh").number();
            double pue = entry.get("pue").number();
            HubGrid hubGrid = entry.build(() -> new HubGrid(hub, grid, factor, pue));
            if (hubs.put(hub, hubGrid) != null) {
                throw entry.get("hub").fail("hub " + hub + " appears twice");
            }
        }
        return hubs;
    }

    private static CarbonPrices readPrices(JsonInput prices) {
        double gec = prices.get("gecCnyPerMwh").number();
        double china = prices.get("chinaEtsCnyPerTonne").number();
        double eu = prices.get("euEtsEurPerTonne").number();
        double fx = prices.get("eurCny").number();
        return prices.build(() -> new CarbonPrices(gec, china, eu, fx));
    }
}
