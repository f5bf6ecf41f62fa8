package com.suanli.data.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonReadException;
import com.suanli.pricing.risk.PriceRequest;
import com.suanli.pricing.risk.RiskRequest;
import com.suanli.pricing.risk.RiskRun;
import com.suanli.pricing.risk.VarSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BatchJsonTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/examples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void the_price_example_reads_every_trade_type() {
        PriceRequest request = BatchJson.readPriceRequest(EXAMPLES.resolve("price-request.json"));

        assertThat(request.trades()).hasSize(12);
        assertThat(request.market().data().curves()).hasSize(3);
        assertThat(request.market().outageRates()).containsEntry("GZ", 3.0);
    }

    @Test
    void the_risk_example_reads_its_scenario_file_histories_and_settings() {
        RiskRequest request = BatchJson.readRiskRequest(EXAMPLES.resolve("risk-request.json"));

        assertThat(request.scenarioSets()).extracting(s -> s.name()).containsExactly("desk-stress", "one-offs");
        assertThat(request.histories()).hasSize(3);
        assertThat(request.var()).isEqualTo(new VarSettings(0.95, 1, VarSettings.HorizonScaling.NONE));
        assertThat(request.monteCarlo().paths()).isEqualTo(500);
    }

    @Test
    void the_price_result_lists_each_trade_and_sums_the_book() throws IOException {
        PriceRequest request = BatchJson.readPriceRequest(EXAMPLES.resolve("price-request.json"));
        JsonNode result = MAPPER.readTree(BatchJson.writePriceResult(request, RiskRun.price(request)));

        assertThat(result.get("trades")).hasSize(12);
        double sum = 0.0;
        for (JsonNode trade : result.get("trades")) {
            sum += trade.get("pv").asDouble();
        }
        assertThat(result.get("total").get("pv").asDouble()).isCloseTo(sum, within(1e-6));
        assertThat(result.get("trades").get(1).get("id").asText()).isEqualTo("F-YRD-JAN");
        // 50 lots x 100 GPU-hours at 19.5 against 19.2.
        assertThat(result.get("trades").get(1).get("pv").asDouble()).isCloseTo(1500.0, within(1e-6));
    }

    @Test
    void bad_trades_are_refused_naming_the_path_and_the_reason() throws IOException {
        assertPriceError(4, t -> t.put("strike", -1.0), "$.trades[4].strike: must be > 0, was -1.0");
        assertPriceError(1, t -> t.put("delivery", "2029-01"),
                "$.trades[1]: month: 2029-01 is outside curve H100@YRD (2026-11..2027-05)");
        assertPriceError(0, t -> t.remove("price"), "$.trades[0].price: is required");
        assertPriceError(0, t -> t.put("type", "bond"),
                "$.trades[0].type: must be one of [future, swap, option, averageOption, outageCover, spikeCap, carbonCost], "
                        + "was 'bond'");
        assertPriceError(3, t -> t.put("id", "F-YRD-NOV"), "$.trades[3].id: duplicate trade id 'F-YRD-NOV'");
        assertPriceError(0, t -> t.put("lots", 1.5), "$.trades[0].lots: must be a whole number in long range, was 1.5");
        assertPriceError(4, t -> t.put("putCall", "straddle"),
                "$.trades[4].putCall: must be one of [call, put], was 'straddle'");
        assertPriceError(10, t -> t.put("hub", "MARS"), "$.trades[10].hub: unknown code 'MARS', expected one of "
                + "[JJJ, YRD, GBA, CY, NM, GZ, GS, NX]");
        assertPriceError(8, t -> t.with("model").put("kappa", 0), "$.trades[8].model.kappa: must be > 0, was 0.0");
        assertPriceError(4, t -> t.put("strik", 19.0), "$.trades[4].strik: unknown field, expected one of "
                + "[delivery, expiry, green, hub, id, product, putCall, quantity, strike, type]");
    }

    @Test
    void bad_market_data_is_refused_naming_the_path() throws IOException {
        ObjectNode request = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("price-request.json").toFile());
        ((ObjectNode) request.get("market").get("curves").get(1).get("quotes")).put("2027-02", 0.0);

        assertThatThrownBy(() -> BatchJson.readPriceRequest(request.toString()))
                .hasMessage("$.market.curves[1].quotes.2027-02: must be > 0, was 0.0");
    }

    @Test
    void a_null_where_a_value_is_expected_is_refused_naming_the_field() throws IOException {
        // An optional number given as null is not its default: "rate": null must not price at 0%.
        ObjectNode request = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("price-request.json").toFile());
        ((ObjectNode) request.get("market")).putNull("rate");
        assertThatThrownBy(() -> BatchJson.readPriceRequest(request.toString()))
                .hasMessage("$.market.rate: must not be null: give a value or leave the field out for its default");

        assertPriceError(8, t -> t.putNull("marketPriceOfRisk"),
                "$.trades[8].marketPriceOfRisk: must not be null: give a value or leave the field out for its default");
        assertPriceError(4, t -> t.putNull("strike"), "$.trades[4].strike: is required, was null");
        ObjectNode quotes = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("price-request.json").toFile());
        ((ObjectNode) quotes.get("market").get("curves").get(1).get("quotes")).putNull("2026-12");
        assertThatThrownBy(() -> BatchJson.readPriceRequest(quotes.toString()))
                .hasMessage("$.market.curves[1].quotes.2026-12: must be a finite number, was null");
    }

    @Test
    void too_few_monte_carlo_paths_or_historical_windows_for_the_var_are_refused_by_field() throws IOException {
        ObjectNode request = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("risk-request.json").toFile());
        ((ObjectNode) request.get("monteCarlo")).put("paths", 10);
        assertThatThrownBy(() -> BatchJson.readRiskRequest(request.toString(), EXAMPLES))
                .isInstanceOf(JsonReadException.class)
                .hasMessage("$.monteCarlo.paths: 10 paths are too few for a 0.95 VaR (need at least 20)");

        ObjectNode longHorizon = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("risk-request.json").toFile());
        ((ObjectNode) longHorizon.get("var")).put("horizonDays", 50);
        assertThatThrownBy(() -> BatchJson.readRiskRequest(longHorizon.toString(), EXAMPLES))
                .hasMessage("$.histories: 11 windows of 50 days are too few for a 0.95 VaR (need at least 20)");
    }

    @Test
    void a_missing_scenario_file_is_named() throws IOException {
        ObjectNode request = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("risk-request.json").toFile());
        ((ObjectNode) request.get("scenarioSets").get(0)).put("file", "scenarios/missing.json");

        assertThatThrownBy(() -> BatchJson.readRiskRequest(request.toString(), EXAMPLES))
                .isInstanceOf(JsonReadException.class)
                .hasMessageStartingWith("$.scenarioSets[0].file: in " + EXAMPLES.resolve("scenarios/missing.json"))
                .hasMessageContaining("missing.json $: cannot read the file: no such file");
    }

    @Test
    void a_previous_day_must_come_before_the_day_it_explains() throws IOException {
        ObjectNode request = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("risk-request.json").toFile());
        ((ObjectNode) request.get("previousDay").get("market")).put("valuationDate", "2026-11-27");

        assertThatThrownBy(() -> BatchJson.readRiskRequest(request.toString(), EXAMPLES))
                .hasMessage("$.previousDay.market.valuationDate: must be before the market's valuation date 2026-11-27");
    }

    /** The price example with its trade at {@code index} edited must fail with {@code message}. */
    private static void assertPriceError(int index, Consumer<ObjectNode> edit, String message) throws IOException {
        ObjectNode request = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("price-request.json").toFile());
        edit.accept((ObjectNode) request.get("trades").get(index));
        assertThatThrownBy(() -> BatchJson.readPriceRequest(request.toString()))
                .isInstanceOf(JsonReadException.class).hasMessage(message);
    }
}
