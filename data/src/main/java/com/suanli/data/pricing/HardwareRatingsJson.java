package com.suanli.data.pricing;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.catalogue.RatingsJson;
import com.suanli.data.json.JsonInput;
import com.suanli.data.json.JsonText;
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
    private static final Set<String> UNIT_FIELDS = Set.of("name", "reference", "weights", "note");

    private HardwareRatingsJson() {
    }

    /** The exchange's default catalogue products, then the evaluation-only products and units shipped here. */
    public static RatingCatalogue readDefault() {
        List<ComputeProduct> listed = new ArrayList<>();
        for (ListingTerms listing : CatalogueJson.readDefaultStrip().listings()) {
            listed.add(listing.product());
        }
        return read(JsonInput.parseResource(HardwareRatingsJson.class, DEFAULT_RESOURCE, JsonInput.Refusal.AT_FIRST_PROBLEM),
                listed);
    }

    public static RatingCatalogue read(Path file) {
        return read(JsonInput.parse(file, JsonInput.Refusal.AT_FIRST_PROBLEM), List.of());
    }

    /** A self-contained file: every product it rates is in its {@code products}. */
    public static RatingCatalogue read(InputStream in, String fileName) {
        return read(in, fileName, List.of());
    }

    /** The {@code listed} products followed by the file's own, with the file's units. */
    public static RatingCatalogue read(InputStream in, String fileName, List<ComputeProduct> listed) {
        return read(JsonInput.parse(in, fileName, JsonInput.Refusal.AT_FIRST_PROBLEM), listed);
    }

    private static RatingCatalogue read(JsonInput root, List<ComputeProduct> listed) {
        root.allowOnly(ROOT_FIELDS);
        Map<String, ComputeProduct> products = new LinkedHashMap<>();
        listed.forEach(product -> products.put(product.code(), product));
        for (JsonInput entry : root.get("products").elements()) {
            ComputeProduct product = readProduct(entry);
            ComputeProduct earlier = products.put(product.code(), product);
            if (earlier != null) {
                throw entry.get("code").fail("product " + product.code() + (listed.contains(earlier)
                        ? " is in the exchange catalogue already; rate it there" : " appears twice"));
            }
        }
        List<StandardComputeUnit> units = new ArrayList<>();
        for (JsonInput entry : root.get("units").elements()) {
            units.add(readUnit(entry, products));
        }
        return root.build(() -> RatingCatalogue.of(List.copyOf(products.values()), units));
    }

    public static String write(RatingCatalogue catalogue) {
        ObjectNode root = JsonText.object();
        ArrayNode products = root.putArray("products");
        for (ComputeProduct product : catalogue.products().values()) {
            ObjectNode node = products.addObject();
            node.put("code", product.code());
            node.put("name", product.name());
            node.put("class", product.productClass().name());
            RatingsJson.write(product.ratings(), node.putObject("ratings"));
        }
        ArrayNode units = root.putArray("units");
        for (StandardComputeUnit unit : catalogue.units().values()) {
            ObjectNode node = units.addObject();
            node.put("name", unit.name());
            node.put("reference", unit.reference().code());
            ObjectNode weights = node.putObject("weights");
            unit.weights().forEach((metric, weight) -> weights.put(metric.name(), weight));
        }
        return JsonText.print(root);
    }

    private static ComputeProduct readProduct(JsonInput entry) {
        entry.allowOnly(PRODUCT_FIELDS);
        String code = entry.get("code").text();
        String name = entry.get("name").text();
        ProductClass productClass = entry.get("class").constantNamed(ProductClass.class);
        Ratings ratings = RatingsJson.read(entry.get("ratings"));
        return entry.build(() -> ComputeProduct.of(code, name, productClass, ratings));
    }

    private static StandardComputeUnit readUnit(JsonInput entry, Map<String, ComputeProduct> products) {
        entry.allowOnly(UNIT_FIELDS);
        String name = entry.get("name").text();
        JsonInput referenceInput = entry.get("reference");
        ComputeProduct reference = products.get(referenceInput.text());
        if (reference == null) {
            throw referenceInput.fail("product " + referenceInput.text() + " is not in $.products");
        }
        Map<RatingMetric, Double> weights = new EnumMap<>(RatingMetric.class);
        entry.get("weights").fieldsKeyedBy(RatingMetric::valueOf, "one of " + List.of(RatingMetric.values()))
                .forEach((metric, weight) -> weights.put(metric, weight.number()));
        return entry.build(() -> StandardComputeUnit.of(name, reference, weights));
    }
}
