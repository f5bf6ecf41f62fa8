package com.suanli.data.catalogue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ComputeUnit;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ListingStrip;
import com.suanli.exchange.listing.ListingTerms;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.exchange.listing.Settlement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the instrument catalogue file ({@code docs/CATALOGUE.md}): a listing plan,
 * which {@link ListingStrip#catalogue()} turns into the contracts. Reading checks the whole file and
 * refuses it whole with a {@link CatalogueFormatException} listing every problem as
 * {@code $.json.path: reason}; nothing is half-read.
 */
public final class CatalogueJson {

    /** The value of the {@code format} field this class reads and writes. */
    public static final String FORMAT = "suanli-catalogue/1";

    /** The default catalogue, a resource of exchange-core. */
    public static final String DEFAULT_RESOURCE = "/com/suanli/exchange/listing/default-catalogue.json";

    private static final Set<String> TOP_FIELDS = fields("format", "listingDay", "firstDeliveryMonth", "months",
            "greenPremiumBps", "hubs", "products", "listings");
    private static final Set<String> PRODUCT_FIELDS = fields("code", "name", "productClass", "unit", "ratings");
    private static final Set<String> RATINGS_FIELDS = fields("denseBf16Tflops", "fp8Tflops", "fp64Tflops", "memoryGb",
            "memoryBandwidthTbps", "cpuScore", "powerKw");
    private static final Set<String> LISTING_FIELDS = fields("product", "contractSize", "tickSize", "lotSize",
            "maxOrderLots", "priceBandBps", "monthlyDriftBps", "futuresSettlement", "spotPrices");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CatalogueJson() {
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

    /** The default catalogue's listing plan. */
    public static ListingStrip readDefaultStrip() {
        try (InputStream in = ListingStrip.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default catalogue " + DEFAULT_RESOURCE + " is not on the class path");
            }
            return readStrip(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("default catalogue " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The default catalogue's contracts. */
    public static Catalogue readDefault() {
        return readDefaultStrip().catalogue();
    }

    /** The contracts of the catalogue file at {@code file}. */
    public static Catalogue read(Path file) {
        return readStrip(file).catalogue();
    }

    public static ListingStrip readStrip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readStrip(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    public static ListingStrip readStrip(String json) {
        return readStrip(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<text>");
    }

    /**
     * Reads a listing plan.
     * @param source names the input in error messages
     * @throws CatalogueFormatException listing every problem, when the file is refused
     */
    public static ListingStrip readStrip(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CatalogueFormatException(source, List.of("$: not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue " + source + ": " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        ListingStrip strip = readStrip(root, problems);
        if (!problems.isEmpty()) {
            throw new CatalogueFormatException(source, problems);
        }
        return strip;
    }

    private static ListingStrip readStrip(JsonNode root, List<String> problems) {
        JsonFields top = JsonFields.of(root, "$", problems);
        top.rejectUnknown(TOP_FIELDS);
        String format = top.text("format");
        if (format != null && !FORMAT.equals(format)) {
            top.problem(top.path("format"), "must be '" + FORMAT + "', was '" + format + "'");
        }
        LocalDate listingDay = top.date("listingDay");
        YearMonth firstDeliveryMonth = top.month("firstDeliveryMonth");
        Integer months = top.integer("months");
        Integer greenPremiumBps = top.integer("greenPremiumBps");
        List<Hub> hubs = readHubs(top);
        Map<String, String> productPaths = new LinkedHashMap<>();
        Set<String> defined = new LinkedHashSet<>();
        Map<String, ComputeProduct> products = readProducts(top, productPaths, defined);
        Set<String> referenced = new HashSet<>();
        List<ListingTerms> listings = readListings(top, products, defined, hubs, referenced);
        productPaths.forEach((code, path) -> {
            if (!referenced.contains(code)) {
                top.problem(path, "product " + code + " has no listing in $.listings");
            }
        });
        return top.build(() -> new ListingStrip(listingDay, firstDeliveryMonth, months, greenPremiumBps, hubs, listings));
    }

    private static List<Hub> readHubs(JsonFields top) {
        List<Hub> hubs = new ArrayList<>();
        List<JsonNode> codes = top.array("hubs");
        for (int i = 0; i < codes.size(); i++) {
            String path = top.path("hubs") + "[" + i + "]";
            Hub hub = hub(top, codes.get(i), path);
            if (hub != null && hubs.contains(hub)) {
                top.problem(path, "hub " + hub.code() + " is listed twice");
            } else if (hub != null) {
                hubs.add(hub);
            }
        }
        return hubs;
    }

    /** Adds the text of {@code field} of an element, when it has one, whatever else is wrong with it. */
    private static void addCode(JsonNode element, String field, Set<String> codes) {
        JsonNode code = element.get(field);
        if (code != null && code.isTextual()) {
            codes.add(code.textValue());
        }
    }

    private static Hub hub(JsonFields fields, JsonNode code, String path) {
        if (!code.isTextual()) {
            fields.problem(path, "must be a hub code string, was " + code);
            return null;
        }
        return hubOfCode(fields, code.textValue(), path);
    }

    private static Hub hubOfCode(JsonFields fields, String code, String path) {
        try {
            return Hub.ofCode(code);
        } catch (IllegalArgumentException e) {
            fields.problem(path, e.getMessage());
            return null;
        }
    }

    /**
     * The valid products by code, in file order; {@code paths} receives each one's JSON path and
     * {@code defined} every code the file defines, valid or not.
     */
    private static Map<String, ComputeProduct> readProducts(JsonFields top, Map<String, String> paths,
                                                            Set<String> defined) {
        Map<String, ComputeProduct> products = new LinkedHashMap<>();
        List<JsonNode> nodes = top.array("products");
        for (int i = 0; i < nodes.size(); i++) {
            addCode(nodes.get(i), "code", defined);
            JsonFields fields = top.at(nodes.get(i), top.path("products") + "[" + i + "]");
            ComputeProduct product = readProduct(fields);
            if (product != null && products.putIfAbsent(product.code(), product) != null) {
                fields.problem(fields.path("code"), "product " + product.code() + " is defined twice");
            } else if (product != null) {
                paths.put(product.code(), fields.path());
            }
        }
        return products;
    }

    private static ComputeProduct readProduct(JsonFields fields) {
        fields.rejectUnknown(PRODUCT_FIELDS);
        String code = fields.text("code");
        String name = fields.text("name");
        ProductClass productClass = fields.enumeration("productClass", ProductClass.class);
        ComputeUnit unit = fields.enumeration("unit", ComputeUnit.class);
        JsonFields ratingsFields = fields.object("ratings");
        ratingsFields.rejectUnknown(RATINGS_FIELDS);
        Double bf16 = ratingsFields.number("denseBf16Tflops");
        Double fp8 = ratingsFields.number("fp8Tflops");
        Double fp64 = ratingsFields.number("fp64Tflops");
        Double memory = ratingsFields.number("memoryGb");
        Double bandwidth = ratingsFields.number("memoryBandwidthTbps");
        Double cpuScore = ratingsFields.number("cpuScore");
        Double power = ratingsFields.number("powerKw");
        Ratings ratings = ratingsFields.build(() -> new Ratings(bf16, fp8, fp64, memory, bandwidth, cpuScore, power));
        return fields.build(() -> new ComputeProduct(code, name, productClass, unit, ratings));
    }

    /** The listings in file order; {@code referenced} receives every product code a listing names. */
    private static List<ListingTerms> readListings(JsonFields top, Map<String, ComputeProduct> products,
                                                   Set<String> defined, List<Hub> hubs, Set<String> referenced) {
        List<ListingTerms> listings = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        List<JsonNode> nodes = top.array("listings");
        for (int i = 0; i < nodes.size(); i++) {
            JsonFields fields = top.at(nodes.get(i), top.path("listings") + "[" + i + "]");
            addCode(nodes.get(i), "product", referenced);
            ListingTerms terms = readListing(fields, products, defined, hubs);
            if (terms != null && !listed.add(terms.product().code())) {
                fields.problem(fields.path("product"), "product " + terms.product().code() + " is listed twice");
            } else if (terms != null) {
                listings.add(terms);
            }
        }
        return listings;
    }

    private static ListingTerms readListing(JsonFields fields, Map<String, ComputeProduct> products,
                                            Set<String> defined, List<Hub> hubs) {
        fields.rejectUnknown(LISTING_FIELDS);
        String code = fields.text("product");
        ComputeProduct product = code == null ? null : products.get(code);
        if (code != null && !defined.contains(code)) {
            fields.problem(fields.path("product"), "unknown product '" + code + "', expected one of " + defined);
        }
        Long contractSize = fields.longInteger("contractSize");
        BigDecimal tickSize = fields.decimal("tickSize");
        Long lotSize = fields.longInteger("lotSize");
        Long maxOrderLots = fields.longInteger("maxOrderLots");
        Integer priceBandBps = fields.integer("priceBandBps");
        Integer monthlyDriftBps = fields.integer("monthlyDriftBps");
        Settlement settlement = fields.enumeration("futuresSettlement", Settlement.class);
        Map<Hub, BigDecimal> spotPrices = readSpotPrices(fields, hubs);
        if (product == null) {
            return null;
        }
        return fields.build(() -> new ListingTerms(product, contractSize, tickSize, lotSize, maxOrderLots, priceBandBps,
                monthlyDriftBps, settlement, spotPrices));
    }

    private static Map<Hub, BigDecimal> readSpotPrices(JsonFields fields, List<Hub> hubs) {
        Map<Hub, BigDecimal> prices = new EnumMap<>(Hub.class);
        JsonFields priceFields = fields.object("spotPrices");
        JsonNode node = priceFields.node();
        if (node == null) {
            return prices;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = priceFields.path(entry.getKey());
            Hub hub = hubOfCode(priceFields, entry.getKey(), path);
            BigDecimal price = priceFields.decimal(entry.getValue(), path);
            if (hub != null && !hubs.contains(hub)) {
                priceFields.problem(path, "hub " + hub.code() + " is not open for listing in $.hubs");
            } else if (hub != null && price != null) {
                prices.put(hub, price);
            }
        }
        return prices;
    }

    /** Writes a listing plan in the catalogue format, pretty-printed, fields in documented order. */
    public static String write(ListingStrip strip) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("listingDay", strip.listingDay().toString());
        root.put("firstDeliveryMonth", strip.firstDeliveryMonth().toString());
        root.put("months", strip.months());
        root.put("greenPremiumBps", strip.greenPremiumBps());
        ArrayNode hubs = root.putArray("hubs");
        strip.hubs().forEach(hub -> hubs.add(hub.code()));
        ArrayNode products = root.putArray("products");
        ArrayNode listings = root.putArray("listings");
        for (ListingTerms terms : strip.listings()) {
            writeProduct(products.addObject(), terms.product());
            writeListing(listings.addObject(), terms);
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalogue: cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(ListingStrip strip, Path file) {
        try {
            Files.writeString(file, write(strip), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeProduct(ObjectNode node, ComputeProduct product) {
        node.put("code", product.code());
        node.put("name", product.name());
        node.put("productClass", product.productClass().name());
        node.put("unit", product.unit().name());
        Ratings ratings = product.ratings();
        ObjectNode ratingsNode = node.putObject("ratings");
        ratingsNode.put("denseBf16Tflops", ratings.denseBf16Tflops());
        ratingsNode.put("fp8Tflops", ratings.fp8Tflops());
        ratingsNode.put("fp64Tflops", ratings.fp64Tflops());
        ratingsNode.put("memoryGb", ratings.memoryGb());
        ratingsNode.put("memoryBandwidthTbps", ratings.memoryBandwidthTbps());
        ratingsNode.put("cpuScore", ratings.cpuScore());
        ratingsNode.put("powerKw", ratings.powerKw());
    }

    private static void writeListing(ObjectNode node, ListingTerms terms) {
        node.put("product", terms.product().code());
        node.put("contractSize", terms.contractSize());
        node.put("tickSize", terms.tickSize());
        node.put("lotSize", terms.lotSize());
        node.put("maxOrderLots", terms.maxOrderLots());
        node.put("priceBandBps", terms.priceBandBps());
        node.put("monthlyDriftBps", terms.monthlyDriftBps());
        node.put("futuresSettlement", terms.futuresSettlement().name());
        ObjectNode prices = node.putObject("spotPrices");
        terms.spotPrices().forEach((hub, price) -> prices.put(hub.code(), price));
    }
}
