package com.suanli.data.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.json.JsonReadException;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.pricing.evaluation.ComputeEvaluator;
import com.suanli.pricing.evaluation.RatingCatalogue;
import com.suanli.pricing.evaluation.StandardComputeUnit;
import com.suanli.pricing.green.GreenParameters;

class HardwareRatingsJsonTest {

    private static final String FILE = "test-ratings.json";

    private static RatingCatalogue parse(String json) {
        return HardwareRatingsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static JsonReadException failure(String json) {
        return catchThrowableOfType(JsonReadException.class, () -> parse(json));
    }

    private static final String H100 = """
            {"code": "H100", "name": "NVIDIA H100 SXM5 80GB", "class": "GPU", "ratings": {"denseBf16Tflops": 989,
             "fp8Tflops": 1979, "fp64Tflops": 34, "memoryGb": 80, "memoryBandwidthTbps": 3.35, "cpuScore": 0, "powerKw": 0.7}}""";
    private static final String SCU = """
            {"name": "SCU", "reference": "H100", "weights": {"DENSE_BF16": 0.6, "MEMORY_BANDWIDTH": 0.3, "MEMORY_GB": 0.1}}""";

    private static String file(String products, String units) {
        return "{\"products\": [" + products + "], \"units\": [" + units + "]}";
    }

    @Test
    void default_catalogue_rates_the_a100_below_and_the_h200_above_one_scu() {
        RatingCatalogue catalogue = HardwareRatingsJson.readDefault();
        StandardComputeUnit scu = catalogue.unit("SCU");

        assertThat(scu.unitsPerHour(catalogue.product("H100"))).isCloseTo(1.0, within(1e-12));
        assertThat(scu.unitsPerHour(catalogue.product("A100"))).isBetween(0.35, 0.6);
        assertThat(scu.unitsPerHour(catalogue.product("H200"))).isGreaterThan(1.0);
        assertThat(scu.unitsPerHour(catalogue.product("B200"))).isGreaterThan(scu.unitsPerHour(catalogue.product("H200")));
        assertThat(ComputeEvaluator.DEFAULT.convertPosition(1000, catalogue.product("A100"), catalogue.product("H100"), scu))
                .isLessThan(1000);
    }

    @Test
    void every_product_of_the_catalogue_has_the_power_the_green_parameters_use() {
        RatingCatalogue catalogue = HardwareRatingsJson.readDefault();
        GreenParameters green = GreenParametersJson.readDefault();

        for (ComputeProduct product : catalogue.products().values()) {
            if (product.productClass() != ProductClass.STORAGE) {
                assertThat(green.powerKw(product.code())).as(product.code()).isEqualTo(product.ratings().powerKw());
            }
        }
    }

    @Test
    void listed_products_come_from_the_exchange_catalogue_and_may_not_be_rated_twice() {
        RatingCatalogue catalogue = HardwareRatingsJson.readDefault();
        ComputeProduct listedH100 = CatalogueJson.readDefaultStrip().listings().get(0).product();

        assertThat(catalogue.product(listedH100.code())).isEqualTo(listedH100);
        assertThat(catalogue.products()).containsKeys("H20", "L40S", "RTX4090", "CPUARM");
        JsonReadException error = catchThrowableOfType(JsonReadException.class,
                () -> HardwareRatingsJson.read(new ByteArrayInputStream(file(H100, SCU).getBytes(StandardCharsets.UTF_8)),
                        FILE, List.of(listedH100)));
        assertThat(error.path()).isEqualTo("$.products[0].code");
        assertThat(error.reason()).contains("exchange catalogue");
    }

    @Test
    void written_catalogue_reads_back_equal() {
        RatingCatalogue original = HardwareRatingsJson.readDefault();

        assertThat(parse(HardwareRatingsJson.write(original))).isEqualTo(original);
    }

    @Test
    void bad_entries_are_named_by_their_path() {
        assertThat(failure(file(H100.replace("\"GPU\"", "\"TPU\""), SCU)).path()).isEqualTo("$.products[0].class");
        assertThat(failure(file(H100.replace("989", "-1"), SCU)).path()).isEqualTo("$.products[0].ratings.denseBf16Tflops");
        assertThat(failure(file(H100, SCU.replace("\"reference\": \"H100\"", "\"reference\": \"B300\""))).path())
                .isEqualTo("$.units[0].reference");
        assertThat(failure(file(H100, SCU.replace("MEMORY_GB", "MEMORY"))).path()).isEqualTo("$.units[0].weights.MEMORY");
        assertThat(failure(file(H100, SCU.replace("0.1", "0.2"))).reason()).contains("sum");
        assertThat(failure(file(H100 + "," + H100, SCU)).reason()).contains("twice");
    }
}
