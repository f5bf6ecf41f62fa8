package com.suanli.data.catalogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonInput;
import com.suanli.data.json.JsonReadException;
import com.suanli.data.json.JsonText;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ComputeUnit;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ListingStrip;
import com.suanli.exchange.listing.ListingTerms;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.exchange.listing.Settlement;

import java.io.InputStream;
import java.math.BigDecimal;
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
 * refuses it whole with a {@link JsonReadException} listing every problem as
 * {@code $.json.path: reason}; nothing is half-read.
 */
public final class CatalogueJson {

    /** The value of the {@code format} field this class reads and writes. */
    public static final String FORMAT = "suanli-catalogue/1";

    /** The default catalogue, a resource of exchange-core. */
    public static final String DEFAULT_RESOURCE = "/com/suanli/exchange/listing/default-catalogue.json";

    private static final Set<String> TOP_FIELDS = Set.of("format", "listingDay", "firstDeliveryMonth", "months",
            "greenPremiumBps", "hubs", "products", "listings");
    private static final Set<String> PRODUCT_FIELDS = Set.of("code", "name", "productClass", "unit", "ratings");
    private static final Set<String> LISTING_FIELDS = Set.of("product", "contractSize", "tickSize", "lotSize",
            "maxOrderLots", "priceBandBps", "monthlyDriftBps", "futuresSettlement", "spotPrices");

    /** How a catalogue handed in as text is named in a refusal. */
    private static final String TEXT_SOURCE = "<catalogue text>";
    private static final JsonInput.Refusal EVERY_PROBLEM = JsonInput.Refusal.WITH_EVERY_PROBLEM;

    private CatalogueJson() {
    }

    /** Read when first asked for (a holder class: the JVM makes its initialisation once and thread-safe). */
    private static final class DefaultStrip {
        static final ListingStrip PLAN =
                readStrip(JsonInput.parseResource(ListingStrip.class, DEFAULT_RESOURCE, EVERY_PROBLEM));
    }

    /**
     * The default catalogue's listing plan, read once: a desk's start wants it three times (the catalogue it
     * stores, the session configuration's products, the live listing's green premium), and a plan is immutable.
     */
    public static ListingStrip readDefaultStrip() {
        return DefaultStrip.PLAN;
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
        return readStrip(JsonInput.parse(file, EVERY_PROBLEM));
    }

    public static ListingStrip readStrip(String json) {
        return readStrip(JsonInput.parse(json, TEXT_SOURCE, EVERY_PROBLEM));
    }

    /**
     * Reads a listing plan.
     * @param source names the input in error messages
     * @throws JsonReadException listing every problem, when the file is refused
     */
    public static ListingStrip readStrip(InputStream in, String source) {
        return readStrip(JsonInput.parse(in, source, EVERY_PROBLEM));
    }

    private static ListingStrip readStrip(JsonInput root) {
        JsonInput top = root.allowOnly(TOP_FIELDS);
        JsonInput formatInput = top.get("format");
        String format = formatInput.text();
        if (format != null && !FORMAT.equals(format)) {
            formatInput.problem("must be '" + FORMAT + "', was '" + format + "'");
        }
        LocalDate listingDay = top.get("listingDay").date();
        YearMonth firstDeliveryMonth = top.get("firstDeliveryMonth").month();
        Integer months = top.get("months").intValue();
        Integer greenPremiumBps = top.get("greenPremiumBps").intValue();
        List<Hub> hubs = readHubs(top.get("hubs"));
        Map<String, JsonInput> productInputs = new LinkedHashMap<>();
        Set<String> defined = new LinkedHashSet<>();
        Map<String, ComputeProduct> products = readProducts(top.get("products"), productInputs, defined);
        Set<String> referenced = new HashSet<>();
        List<ListingTerms> listings = readListings(top.get("listings"), products, defined, hubs, referenced);
        productInputs.forEach((code, product) -> {
            if (!referenced.contains(code)) {
                product.problem("product " + code + " has no listing in $.listings");
            }
        });
        ListingStrip strip = top.build(() -> new ListingStrip(listingDay, firstDeliveryMonth, months, greenPremiumBps,
                hubs, listings));
        root.refuseIfAnyProblem();
        return strip;
    }

    private static List<Hub> readHubs(JsonInput array) {
        List<Hub> hubs = new ArrayList<>();
        for (JsonInput element : array.elements()) {
            String code = element.text();
            Hub hub = code == null ? null : element.build(() -> Hub.ofCode(code));
            if (hub != null && hubs.contains(hub)) {
                element.problem("hub " + hub.code() + " is listed twice");
            } else if (hub != null) {
                hubs.add(hub);
            }
        }
        return hubs;
    }

    /**
     * The valid products by code, in file order; {@code inputs} receives each one's JSON and
     * {@code defined} every code the file defines, valid or not.
     */
    private static Map<String, ComputeProduct> readProducts(JsonInput array, Map<String, JsonInput> inputs,
                                                            Set<String> defined) {
        Map<String, ComputeProduct> products = new LinkedHashMap<>();
        for (JsonInput element : array.elements()) {
            String code = element.peekText("code");
            if (code != null) {
                defined.add(code);
            }
            JsonInput fields = element.allowOnly(PRODUCT_FIELDS);
            ComputeProduct product = readProduct(fields);
            if (product != null && products.putIfAbsent(product.code(), product) != null) {
                fields.get("code").problem("product " + product.code() + " is defined twice");
            } else if (product != null) {
                inputs.put(product.code(), fields);
            }
        }
        return products;
    }

    private static ComputeProduct readProduct(JsonInput fields) {
        String code = fields.get("code").text();
        String name = fields.get("name").text();
        ProductClass productClass = fields.get("productClass").constantNamed(ProductClass.class);
        ComputeUnit unit = fields.get("unit").constantNamed(ComputeUnit.class);
        Ratings ratings = RatingsJson.read(fields.get("ratings"));
        return fields.build(() -> new ComputeProduct(code, name, productClass, unit, ratings));
    }

    /** The listings in file order; {@code referenced} receives every product code a listing names. */
    private static List<ListingTerms> readListings(JsonInput array, Map<String, ComputeProduct> products,
                                                   Set<String> defined, List<Hub> hubs, Set<String> referenced) {
        List<ListingTerms> listings = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (JsonInput element : array.elements()) {
            String code = element.peekText("product");
            if (code != null) {
                referenced.add(code);
            }
            JsonInput fields = element.allowOnly(LISTING_FIELDS);
            ListingTerms terms = readListing(fields, products, defined, hubs);
            if (terms != null && !listed.add(terms.product().code())) {
                fields.get("product").problem("product " + terms.product().code() + " is listed twice");
            } else if (terms != null) {
                listings.add(terms);
            }
        }
        return listings;
    }

    private static ListingTerms readListing(JsonInput fields, Map<String, ComputeProduct> products,
                                            Set<String> defined, List<Hub> hubs) {
        JsonInput productInput = fields.get("product");
        String code = productInput.text();
        ComputeProduct product = code == null ? null : products.get(code);
        if (code != null && !defined.contains(code)) {
            productInput.problem("unknown product '" + code + "', expected one of " + defined);
        }
        Long contractSize = fields.get("contractSize").longValue();
        BigDecimal tickSize = fields.get("tickSize").decimal();
        Long lotSize = fields.get("lotSize").longValue();
        Long maxOrderLots = fields.get("maxOrderLots").longValue();
        Integer priceBandBps = fields.get("priceBandBps").intValue();
        Integer monthlyDriftBps = fields.get("monthlyDriftBps").intValue();
        Settlement settlement = fields.get("futuresSettlement").constantNamed(Settlement.class);
        Map<Hub, BigDecimal> spotPrices = readSpotPrices(fields.get("spotPrices"), hubs);
        if (product == null) {
            return null;
        }
        return fields.build(() -> new ListingTerms(product, contractSize, tickSize, lotSize, maxOrderLots, priceBandBps,
                monthlyDriftBps, settlement, spotPrices));
    }

    private static Map<Hub, BigDecimal> readSpotPrices(JsonInput object, List<Hub> hubs) {
        Map<Hub, BigDecimal> prices = new EnumMap<>(Hub.class);
        object.fieldsKeyedBy(Hub::ofCode, "a hub code, one of " + List.of(Hub.values())).forEach((hub, input) -> {
            BigDecimal price = input.decimal();
            if (!hubs.contains(hub)) {
                input.problem("hub " + hub.code() + " is not open for listing in $.hubs");
            } else if (price != null) {
                prices.put(hub, price);
            }
        });
        return prices;
    }

    /** Writes a listing plan in the catalogue format, pretty-printed, fields in documented order. */
    public static String write(ListingStrip strip) {
        ObjectNode root = JsonText.object();
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
        return JsonText.print(root);
    }

    public static void write(ListingStrip strip, Path file) {
        JsonText.write(write(strip), file);
    }

    private static void writeProduct(ObjectNode node, ComputeProduct product) {
        node.put("code", product.code());
        node.put("name", product.name());
        node.put("productClass", product.productClass().name());
        node.put("unit", product.unit().name());
        RatingsJson.write(product.ratings(), node.putObject("ratings"));
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
