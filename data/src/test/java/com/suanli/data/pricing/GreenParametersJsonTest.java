package com.suanli.data.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.suanli.data.json.JsonReadException;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.green.GreenParameters;

class GreenParametersJsonTest {

    private static final String FILE = "test-green.json";

    private static GreenParameters parse(String json) {
        return GreenParametersJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static JsonReadException failure(String json) {
        return catchThrowableOfType(JsonReadException.class, () -> parse(json));
    }

    private static String valid(String hubs, String prices) {
        return """
                {"utilisation": 0.8, "scarcityFactor": 0.5, "unitPowerKw": {"H100": 0.7},
                 "hubs": [%s], "prices": %s, "gecForwardCnyPerMwh": {"2027-06": 8.0}}
                """.formatted(hubs, prices);
    }

    private static final String NM = """
            {"hub": "NM", "grid": "Inner Mongolia", "emissionFactorKgPerKwh": 0.6849, "pue": 1.2, "source": "MEE"}""";
    private static final String PRICES = """
            {"gecCnyPerMwh": 5.66, "chinaEtsCnyPerTonne": 70, "euEtsEurPerTonne": 75, "eurCny": 8.25}""";

    @Test
    void default_parameters_cover_all_eight_hubs_with_realistic_values() {
        GreenParameters parameters = GreenParametersJson.readDefault();

        assertThat(parameters.hubs()).containsOnlyKeys(Hub.values());
        assertThat(parameters.powerKw("H100")).isEqualTo(0.7);
        for (Hub hub : Hub.values()) {
            assertThat(parameters.hub(hub).emissionFactorKgPerKwh()).isBetween(0.05, 0.9);
            assertThat(parameters.hub(hub).pue()).isLessThanOrEqualTo(hub.isWest() ? 1.2 : 1.25);
        }
        assertThat(parameters.prices().gecCnyPerMwh()).isEqualTo(5.66);
    }

    @Test
    void written_parameters_read_back_equal() {
        GreenParameters original = GreenParametersJson.readDefault();

        GreenParameters again = parse(GreenParametersJson.write(original));

        assertThat(again).isEqualTo(original);
        assertThat(parse(GreenParametersJson.write(parse(valid(NM, PRICES))))).isEqualTo(parse(valid(NM, PRICES)));
    }

    @Test
    void missing_price_is_named_by_its_path() {
        JsonReadException error = failure(valid(NM, """
                {"gecCnyPerMwh": 5.66, "chinaEtsCnyPerTonne": 70, "euEtsEurPerTonne": 75}"""));

        assertThat(error.source()).isEqualTo(FILE);
        assertThat(error.path()).isEqualTo("$.prices.eurCny");
        assertThat(error.reason()).isEqualTo("is required");
    }

    @Test
    void out_of_range_pue_is_named_at_the_hub_entry_field() {
        JsonReadException error = failure(valid(NM.replace("1.2", "0.9"), PRICES));

        assertThat(error.path()).isEqualTo("$.hubs[0].pue");
        assertThat(error.reason()).startsWith("must be in [1, ").contains("NM");
    }

    @Test
    void text_where_a_number_belongs_is_refused() {
        JsonReadException error = failure(valid(NM.replace("0.6849", "\"0.68\""), PRICES));

        assertThat(error.path()).isEqualTo("$.hubs[0].emissionFactorKgPerKwh");
        assertThat(error.reason()).contains("number");
    }

    @Test
    void unknown_hub_code_and_unknown_field_are_refused() {
        assertThat(failure(valid(NM.replace("\"NM\"", "\"XINJIANG\""), PRICES)).path()).isEqualTo("$.hubs[0].hub");
        assertThat(failure(valid(NM.replace("\"pue\"", "\"PUE\""), PRICES)).path()).isEqualTo("$.hubs[0].PUE");
    }

    @Test
    void duplicate_hub_bad_month_and_broken_json_are_refused() {
        assertThat(failure(valid(NM + "," + NM, PRICES)).reason()).contains("twice");
        assertThat(failure(valid(NM, PRICES).replace("2027-06", "June")).path())
                .isEqualTo("$.gecForwardCnyPerMwh.June");
        JsonReadException broken = failure("{\"utilisation\": 0.8,");
        assertThat(broken.path()).isEqualTo("$");
        assertThat(broken.reason()).contains("not valid JSON").contains("line");
    }

    @Test
    void utilisation_above_one_is_refused_at_the_root() {
        assertThatThrownBy(() -> parse(valid(NM, PRICES).replace("\"utilisation\": 0.8", "\"utilisation\": 1.8")))
                .isInstanceOf(JsonReadException.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("utilisation");
    }
}
