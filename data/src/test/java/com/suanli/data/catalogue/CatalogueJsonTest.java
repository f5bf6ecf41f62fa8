package com.suanli.data.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonReadException;
import com.suanli.exchange.listing.ListingStrip;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueJsonTest {

    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void the_default_catalogue_round_trips_through_the_writer() {
        ListingStrip original = CatalogueJson.readDefaultStrip();

        String written = CatalogueJson.write(original);
        ListingStrip reread = CatalogueJson.readStrip(written);

        assertThat(reread).isEqualTo(original);
        assertThat(reread.catalogue()).isEqualTo(original.catalogue());
        assertThat(CatalogueJson.write(reread)).isEqualTo(written);
    }

    @Test
    void a_written_file_reads_back(@TempDir Path directory) {
        ListingStrip original = CatalogueJson.readDefaultStrip();
        Path file = directory.resolve("catalogue.json");

        CatalogueJson.write(original, file);

        assertThat(CatalogueJson.readStrip(file)).isEqualTo(original);
        assertThat(CatalogueJson.read(file)).isEqualTo(CatalogueJson.readDefault());
    }

    @Test
    void a_negative_rating_is_refused_with_its_path() {
        assertRefused(root -> ratings(root, 3).put("memoryGb", -80),
                "$.products[3].ratings.memoryGb: must be >= 0 and finite, was -80.0");
    }

    @Test
    void a_missing_field_is_refused_with_its_path() {
        assertRefused(root -> listing(root, 0).remove("tickSize"), "$.listings[0].tickSize: is required");
    }

    @Test
    void an_off_tick_spot_price_is_refused_with_its_path() {
        assertRefused(root -> ((ObjectNode) listing(root, 0).get("spotPrices")).put("YRD", new BigDecimal("21.505")),
                "$.listings[0].spotPrices.YRD: 21.505 is not a multiple of tickSize 0.01 (H100)");
    }

    @Test
    void a_listing_of_an_unknown_product_is_refused() {
        assertThat(refusal(root -> listing(root, 1).put("product", "H300")).problems()).containsExactly(
                "$.listings[1].product: unknown product 'H300', expected one of "
                        + "[H100, H200, B200, A100, ASC910B, CPUX86, CPUARM, FPGA, COLDTB]",
                "$.products[1]: product H200 has no listing in $.listings");
    }

    @Test
    void a_misspelt_field_is_refused_not_ignored() {
        assertRefused(root -> product(root, 0).put("colour", "green"),
                "$.products[0].colour: unknown field, expected one of [code, name, productClass, ratings, unit]");
    }

    @Test
    void a_price_in_a_hub_not_open_for_listing_is_refused() {
        JsonReadException refused = refusal(root -> ((ArrayNode) root.get("hubs")).remove(7));

        assertThat(refused.problems()).as("every listing priced in Ningxia").hasSize(6)
                .first().isEqualTo("$.listings[0].spotPrices.NX: hub NX is not open for listing in $.hubs");
    }

    @Test
    void wrong_types_and_values_are_named() {
        assertRefused(root -> root.put("months", "twelve"), "$.months: must be a whole number in int range, was \"twelve\"");
        assertRefused(root -> product(root, 2).put("productClass", "TPU"),
                "$.products[2].productClass: must be one of [GPU, CPU, FPGA, STORAGE], was 'TPU'");
        assertRefused(root -> root.put("firstDeliveryMonth", "2027-13"),
                "$.firstDeliveryMonth: must be a month like 2027-01, was '2027-13'");
        assertRefused(root -> root.put("format", "suanli-catalogue/2"),
                "$.format: must be 'suanli-catalogue/1', was 'suanli-catalogue/2'");
        assertRefused(root -> product(root, 0).put("unit", "CORE_HOUR"),
                "$.products[0].unit: GPU product H100 is delivered in GPU_HOUR, not CORE_HOUR");
    }

    @Test
    void a_rule_of_the_plan_is_refused_at_its_field() {
        assertRefused(root -> root.put("listingDay", "2026-12-05"), "$.listingDay: 2026-12-05 is a Saturday, not a business day");
        assertRefused(root -> listing(root, 0).put("maxOrderLots", 0), "$.listings[0].maxOrderLots: must be > 0, was 0 (H100)");
    }

    @Test
    void a_product_without_a_listing_is_refused() {
        assertRefused(root -> ((ArrayNode) root.get("listings")).remove(8),
                "$.products[8]: product COLDTB has no listing in $.listings");
    }

    @Test
    void every_problem_of_a_bad_file_is_reported_at_once() {
        JsonReadException refused = refusal(root -> {
            ratings(root, 3).put("memoryGb", -80);
            listing(root, 0).remove("tickSize");
            root.put("months", 0);
        });

        assertThat(refused.problems()).containsExactly(
                "$.products[3].ratings.memoryGb: must be >= 0 and finite, was -80.0",
                "$.listings[0].tickSize: is required");
        assertThat(refused).hasMessageStartingWith("<catalogue text> refused, 2 problems:\n  $.products[3]");
    }

    @Test
    void text_that_is_not_json_is_refused_with_its_position() {
        assertThatThrownBy(() -> CatalogueJson.readStrip("{\n  \"format\": suanli\n}"))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining("$: not valid JSON at line 2, column");
        assertThatThrownBy(() -> CatalogueJson.readStrip("{\"months\": 12, \"months\": 13}"))
                .hasMessageContaining("Duplicate field 'months'");
        assertThatThrownBy(() -> CatalogueJson.readStrip("[]")).hasMessageContaining("$: must be an object");
        assertThatThrownBy(() -> CatalogueJson.readStrip("")).hasMessageContaining("$: must be an object");
        assertThatThrownBy(() -> CatalogueJson.readStrip("{} {}")).hasMessageContaining("$: not valid JSON at line 1");
    }

    private static void assertRefused(Consumer<ObjectNode> damage, String problem) {
        assertThat(refusal(damage).problems()).containsExactly(problem);
    }

    private static JsonReadException refusal(Consumer<ObjectNode> damage) {
        ObjectNode root = defaultTree();
        damage.accept(root);
        return catchThrowableOfType(JsonReadException.class, () -> CatalogueJson.readStrip(root.toString()));
    }

    private static ObjectNode defaultTree() {
        try (InputStream in = ListingStrip.class.getResourceAsStream(CatalogueJson.DEFAULT_RESOURCE)) {
            return (ObjectNode) EXACT.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode product(ObjectNode root, int index) {
        return (ObjectNode) root.get("products").get(index);
    }

    private static ObjectNode ratings(ObjectNode root, int index) {
        return (ObjectNode) product(root, index).get("ratings");
    }

    private static ObjectNode listing(ObjectNode root, int index) {
        return (ObjectNode) root.get("listings").get(index);
    }
}
