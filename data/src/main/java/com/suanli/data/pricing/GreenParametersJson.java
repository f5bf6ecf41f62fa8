package com.suanli.data.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        try (InputStream in = GreenParametersJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new ParameterFileException(DEFAULT_RESOURCE, "$", "resource not found on the classpath");
            }
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GreenParameters read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ParameterFileException(file.toString(), "$", "cannot be read: " + e.getMessage());
        }
    }

    /** Parses parameters; {@code fileName} appears in every error. */
    public static GreenParameters read(InputStream in, String fileName) {
        ParameterJsonReader json = new ParameterJsonReader(fileName);
        JsonNode root = json.parse(in);
        json.onlyFields(root, "$", ROOT_FIELDS);
        double utilisation = json.number(root, "$", "utilisation");
        double scarcity = json.number(root, "$", "scarcityFactor");
        Map<String, Double> power = readNumbers(json, json.objectField(root, "$", "unitPowerKw"), "$.unitPowerKw");
        Map<Hub, HubGrid> hubs = readHubs(json, json.array(root, "$", "hubs"));
        CarbonPrices prices = readPrices(json, json.objectField(root, "$", "prices"));
        TreeMap<YearMonth, Double> forward = readForward(json, root);
        return json.build("$", () -> new GreenParameters(utilisation, scarcity, power, hubs, prices, forward));
    }

    /** The parameters as JSON (values only; documentation fields are not kept). */
    public static String write(GreenParameters parameters) {
        ObjectNode root = ParameterJsonReader.MAPPER.createObjectNode();
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
        try {
            return ParameterJsonReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("green parameters cannot be written as JSON", e);
        }
    }

    private static Map<String, Double> readNumbers(ParameterJsonReader json, JsonNode object, String path) {
        Map<String, Double> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), json.number(field.getValue(), path + "." + field.getKey()));
        }
        return values;
    }

    private static Map<Hub, HubGrid> readHubs(ParameterJsonReader json, JsonNode array) {
        Map<Hub, HubGrid> hubs = new EnumMap<>(Hub.class);
        for (int i = 0; i < array.size(); i++) {
            String path = "$.hubs[" + i + "]";
            JsonNode node = json.object(array.get(i), path);
            json.onlyFields(node, path, HUB_FIELDS);
            String code = json.text(node, path, "hub");
            Hub hub = json.build(path + ".hub", () -> Hub.ofCode(code));
            String grid = json.text(node, path, "grid");
            double factor = json.number(node, path, "emissionFactorKgPerKwh");
            double pue = json.number(node, path, "pue");
            HubGrid hubGrid = json.build(path, () -> new HubGrid(hub, grid, factor, pue));
            if (hubs.put(hub, hubGrid) != null) {
                throw json.error(path + ".hub", "hub " + hub + " appears twice");
            }
        }
        return hubs;
    }

    private static CarbonPrices readPrices(ParameterJsonReader json, JsonNode node) {
        json.onlyFields(node, "$.prices", PRICE_FIELDS);
        double gec = json.number(node, "$.prices", "gecCnyPerMwh");
        double china = json.number(node, "$.prices", "chinaEtsCnyPerTonne");
        double eu = json.number(node, "$.prices", "euEtsEurPerTonne");
        double fx = json.number(node, "$.prices", "eurCny");
        return json.build("$.prices", () -> new CarbonPrices(gec, china, eu, fx));
    }

    private static TreeMap<YearMonth, Double> readForward(ParameterJsonReader json, JsonNode root) {
        TreeMap<YearMonth, Double> months = new TreeMap<>();
        JsonNode node = root.get("gecForwardCnyPerMwh");
        if (node == null || node.isNull()) {
            return months;
        }
        json.object(node, "$.gecForwardCnyPerMwh");
        readNumbers(json, node, "$.gecForwardCnyPerMwh").forEach((text, price) -> {
            try {
                months.put(YearMonth.parse(text), price);
            } catch (DateTimeParseException e) {
                throw json.error("$.gecForwardCnyPerMwh." + text, "must be a month written yyyy-MM");
            }
        });
        return months;
    }
}
