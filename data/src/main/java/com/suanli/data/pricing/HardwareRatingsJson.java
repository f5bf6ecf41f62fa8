package com.suanli.data.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ListingTerms;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.pricing.evaluation.RatingCatalogue;
import com.suanli.pricing.evaluation.RatingMetric;
import com.suanli.pricing.evaluation.StandardComputeUnit;

/**
 * Reads and writes {@code hardware-ratings.json}: the standard compute units and the rated
 * products the exchange does not list (format in docs/EVALUATION.md). The listed products and
 * their ratings come from the exchange catalogue ({@link CatalogueJson}), so each rating has
 * one home; a product in both is an error.
 */
public final class HardwareRatingsJson {

    public static final String DEFAULT_RESOURCE = "hardware-ratings.json";

    private static final Set<String> ROOT_FIELDS = Set.of("about", "asOf", "sources", "products", "units");
    private static final Set<String> PRODUCT_FIELDS = Set.of("code", "name", "class", "ratings", "source", "note");
    private static final Set<String> RATING_FIELDS = Set.of("denseBf16Tflops", "fp8Tflops", "fp64Tflops",
            "memoryGb", "memoryBandwidthTbps", "cpuScore", "powerKw");
    private static final Set<String> UNIT_FIELDS = Set.of("name", "reference", "weights", "note");

    private HardwareRatingsJson() {
    }

    /** The exchange's default catalogue products, then the evaluation-only products and units shipped here. */
    public static RatingCatalogue readDefault() {
        List<ComputeProduct> listed = new ArrayList<>();
        for (ListingTerms listing : CatalogueJson.readDefaultStrip().listings()) {
            listed.add(listing.product());
        }
        try (InputStream in = HardwareRatingsJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new ParameterFileException(DEFAULT_RESOURCE, "$", "resource not found on the classpath");
            }
            return read(in, DEFAULT_RESOURCE, listed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RatingCatalogue read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ParameterFileException(file.toString(), "$", "cannot be read: " + e.getMessage());
        }
    }

    /** A self-contained file: every product it rates is in its {@code products}. */
    public static RatingCatalogue read(InputStream in, String fileName) {
        return read(in, fileName, List.of());
    }

    /** The {@code listed} products followed by the file's own, with the file's units. */
    public static RatingCatalogue read(InputStream in, String fileName, List<ComputeProduct> listed) {
        ParameterJsonReader json = new ParameterJsonReader(fileName);
        JsonNode root = json.parse(in);
        json.onlyFields(root, "$", ROOT_FIELDS);
        Map<String, ComputeProduct> products = new LinkedHashMap<>();
        listed.forEach(product -> products.put(product.code(), product));
        JsonNode productArray = json.array(root, "$", "products");
        for (int i = 0; i < productArray.size(); i++) {
            String path = "$.products[" + i + "]";
            ComputeProduct product = readProduct(json, json.object(productArray.get(i), path), path);
            ComputeProduct earlier = products.put(product.code(), product);
            if (earlier != null) {
                throw json.error(path + ".code", "product " + product.code() + (listed.contains(earlier)
                        ? " is in the exchange catalogue already; rate it there" : " appears twice"));
            }
        }
        JsonNode unitArray = json.array(root, "$", "units");
        List<StandardComputeUnit> units = new ArrayList<>();
        for (int i = 0; i < unitArray.size(); i++) {
            String path = "$.units[" + i + "]";
            units.add(readUnit(json, json.object(unitArray.get(i), path), path, products));
        }
        return json.build("$", () -> RatingCatalogue.of(List.copyOf(products.values()), units));
    }

    public static String write(RatingCatalogue catalogue) {
        ObjectNode root = ParameterJsonReader.MAPPER.createObjectNode();
        ArrayNode products = root.putArray("products");
        for (ComputeProduct product : catalogue.products().values()) {
            ObjectNode node = products.addObject();
            node.put("code", product.code());
            node.put("name", product.name());
            node.put("class", product.productClass().name());
            Ratings r = product.ratings();
            ObjectNode ratings = node.putObject("ratings");
            ratings.put("denseBf16Tflops", r.denseBf16Tflops());
            ratings.put("fp8Tflops", r.fp8Tflops());
            ratings.put("fp64Tflops", r.fp64Tflops());
            ratings.put("memoryGb", r.memoryGb());
            ratings.put("memoryBandwidthTbps", r.memoryBandwidthTbps());
            ratings.put("cpuScore", r.cpuScore());
            ratings.put("powerKw", r.powerKw());
        }
        ArrayNode units = root.putArray("units");
        for (StandardComputeUnit unit : catalogue.units().values()) {
            ObjectNode node = units.addObject();
            node.put("name", unit.name());
            node.put("reference", unit.reference().code());
            ObjectNode weights = node.putObject("weights");
            unit.weights().forEach((metric, weight) -> weights.put(metric.name(), weight));
        }
        try {
            return ParameterJsonReader.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hardware ratings cannot be written as JSON", e);
        }
    }

    private static ComputeProduct readProduct(ParameterJsonReader json, JsonNode node, String path) {
        json.onlyFields(node, path, PRODUCT_FIELDS);
        String code = json.text(node, path, "code");
        String name = json.text(node, path, "name");
        String className = json.text(node, path, "class");
        ProductClass productClass = json.build(path + ".class", () -> ProductClass.valueOf(className));
        String ratingsPath = path + ".ratings";
        JsonNode ratingsNode = json.objectField(node, path, "ratings");
        json.onlyFields(ratingsNode, ratingsPath, RATING_FIELDS);
        double bf16 = json.number(ratingsNode, ratingsPath, "denseBf16Tflops");
        double fp8 = json.number(ratingsNode, ratingsPath, "fp8Tflops");
        double fp64 = json.number(ratingsNode, ratingsPath, "fp64Tflops");
        double memory = json.number(ratingsNode, ratingsPath, "memoryGb");
        double bandwidth = json.number(ratingsNode, ratingsPath, "memoryBandwidthTbps");
        double cpuScore = json.number(ratingsNode, ratingsPath, "cpuScore");
        double power = json.number(ratingsNode, ratingsPath, "powerKw");
        Ratings ratings = json.build(ratingsPath,
                () -> new Ratings(bf16, fp8, fp64, memory, bandwidth, cpuScore, power));
        return json.build(path, () -> ComputeProduct.of(code, name, productClass, ratings));
    }

    private static StandardComputeUnit readUnit(ParameterJsonReader json, JsonNode node, String path,
            Map<String, ComputeProduct> products) {
        json.onlyFields(node, path, UNIT_FIELDS);
        String name = json.text(node, path, "name");
        String referenceCode = json.text(node, path, "reference");
        ComputeProduct reference = products.get(referenceCode);
        if (reference == null) {
            throw json.error(path + ".reference", "product " + referenceCode + " is not in $.products");
        }
        JsonNode weightsNode = json.objectField(node, path, "weights");
        Map<RatingMetric, Double> weights = new EnumMap<>(RatingMetric.class);
        Iterator<Map.Entry<String, JsonNode>> fields = weightsNode.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String weightPath = path + ".weights." + field.getKey();
            RatingMetric metric = json.build(weightPath, () -> RatingMetric.valueOf(field.getKey()));
            weights.put(metric, json.number(field.getValue(), weightPath));
        }
        return json.build(path, () -> StandardComputeUnit.of(name, reference, weights));
    }
}
