package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk price} and {@code desk risk} end to end on the documented example requests. */
class BatchCommandsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/examples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int desk(String... args) {
        return DeskCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void desk_price_on_the_example_prints_measures_for_every_trade() throws IOException {
        int exit = desk("price", "--request", EXAMPLES.resolve("price-request.json").toString());

        assertThat(exit).isZero();
        assertThat(err()).isEmpty();
        JsonNode result = MAPPER.readTree(out());
        assertThat(result.get("valuationDate").asText()).isEqualTo("2026-11-27");
        assertThat(result.get("trades")).hasSize(12);
        for (JsonNode trade : result.get("trades")) {
            assertThat(trade.fieldNames()).toIterable().containsExactly("id", "pv", "delta", "gamma", "vega", "theta");
        }
        JsonNode call = result.get("trades").get(4);
        assertThat(call.get("id").asText()).isEqualTo("C-YRD-MAR-19");
        assertThat(call.get("vega").asDouble()).isPositive();
        assertThat(call.get("theta").asDouble()).isNegative();
    }

    @Test
    void desk_risk_on_the_example_writes_pnl_var_greeks_and_buckets_to_the_out_file(@TempDir Path dir)
            throws IOException {
        Path result = dir.resolve("risk.json");

        int exit = desk("risk", "--request", EXAMPLES.resolve("risk-request.json").toString(), "--out", result.toString());

        assertThat(exit).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).contains("desk risk: wrote " + result);
        JsonNode report = MAPPER.readTree(result.toFile());
        assertThat(report.get("positions").asInt()).isEqualTo(12);
        assertThat(report.get("scenarioSets").get(0).get("scenarios")).hasSize(9);
        assertThat(report.get("scenarioSets").get(1).get("scenarios").get(0).get("pnl").asDouble()).isZero();
        // Dearer carbon costs the standard contract bought in China; a dearer euro costs the European buyer.
        assertThat(pnl(report, 0, "carbon x2")).isNegative();
        assertThat(pnl(report, 1, "EUR +5%")).isNegative();
        assertThat(pnl(report, 0, "curves +20%")).isPositive();
        JsonNode historical = report.get("historical");
        assertThat(historical.get("sampleSize").asInt()).isEqualTo(60);
        assertThat(historical.get("expectedShortfall").asDouble())
                .isGreaterThanOrEqualTo(historical.get("var").asDouble());
        assertThat(report.get("monteCarlo").get("sampleSize").asInt()).isEqualTo(500);
        double bucketDeltas = 0.0;
        for (JsonNode bucket : report.get("buckets")) {
            bucketDeltas += bucket.get("delta").asDouble();
        }
        double curveDeltas = 0.0;
        for (JsonNode curve : report.get("curves")) {
            curveDeltas += curve.get("delta").asDouble();
        }
        JsonNode explain = report.get("pnlExplain");
        double explained = 0.0;
        for (String part : new String[] {"theta", "delta", "gamma", "vega", "newTrades", "closedTrades"}) {
            explained += explain.get(part).asDouble();
        }
        assertThat(explained + explain.get("unexplained").asDouble())
                .isCloseTo(explain.get("actual").asDouble(), within(1e-6));
        // The closed December future: 10 lots x 100 GPU-hours at yesterday's 15.2 against 15.1.
        assertThat(explain.get("closedTrades").asDouble()).isCloseTo(-100.0, within(1e-6));
        // Options and the cover are not linear, so bucket and parallel deltas agree only roughly.
        assertThat(bucketDeltas).isCloseTo(curveDeltas, within(0.02 * Math.abs(curveDeltas)));
        assertThat(report.get("greeks").get("delta").asDouble()).isCloseTo(curveDeltas, within(0.02 * Math.abs(curveDeltas)));
    }

    @Test
    void desk_price_quotes_an_average_option_beyond_its_analytic_by_monte_carlo_with_the_standard_error(
            @TempDir Path dir) throws IOException {
        // At 600% the month carries 36 x 30/365 = 3.0 of log-variance, beyond the 2.0 where the analytic was checked.
        ObjectNode request = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("price-request.json").toFile());
        ObjectNode yangtze = (ObjectNode) request.get("market").get("curves").get(0);
        yangtze.remove("smiles");
        yangtze.put("volatility", 6.0);
        JsonNode averageOption = request.get("trades").get(6);
        assertThat(averageOption.get("type").asText()).isEqualTo("averageOption");
        ArrayNode trades = request.putArray("trades");
        trades.add(averageOption);
        Path file = dir.resolve("wild.json");
        Files.writeString(file, request.toString());

        int exit = desk("price", "--request", file.toString());

        assertThat(exit).isZero();
        assertThat(err()).isEmpty();
        JsonNode trade = MAPPER.readTree(out()).get("trades").get(0);
        assertThat(trade.fieldNames()).toIterable()
                .containsExactly("id", "pv", "delta", "gamma", "vega", "theta", "pvStandardError");
        // An estimate, not noise: at 600% even 100,000 paths leave a few percent.
        assertThat(trade.get("pvStandardError").asDouble()).isPositive()
                .isLessThan(0.1 * trade.get("pv").asDouble());
    }

    private static double pnl(JsonNode report, int set, String scenario) {
        for (JsonNode node : report.get("scenarioSets").get(set).get("scenarios")) {
            if (node.get("name").asText().equals(scenario)) {
                return node.get("pnl").asDouble();
            }
        }
        throw new AssertionError("no scenario " + scenario);
    }

    @Test
    void a_bad_trade_exits_2_with_one_line_naming_the_json_path(@TempDir Path dir) throws IOException {
        String request = Files.readString(EXAMPLES.resolve("price-request.json"))
                .replace("\"strike\": 19.0,\n      \"expiry\"", "\"strike\": -19.0,\n      \"expiry\"");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, request);

        int exit = desk("price", "--request", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err()).isEqualTo("error: $.trades[4].strike: must be > 0, was -19.0" + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void malformed_json_a_missing_file_and_bad_options_exit_2_without_a_stack_trace(@TempDir Path dir)
            throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"market\": {");

        assertThat(desk("risk", "--request", broken.toString())).isEqualTo(2);
        assertThat(desk("price", "--request", dir.resolve("none.json").toString())).isEqualTo(2);
        assertThat(desk("price", "--requets", "x.json")).isEqualTo(2);
        assertThat(desk("risk")).isEqualTo(2);

        assertThat(err().lines()).hasSize(4);
        assertThat(err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("error: $: not valid JSON at line 1, column 13: Unexpected end-of-input"));
        assertThat(err().lines().skip(1)).containsExactly(
                "error: " + dir.resolve("none.json") + " $: cannot read the file: no such file",
                "error: desk price: unknown option '--requets' (see desk price --help)",
                "error: --request: is required (see desk risk --help)");
        assertThat(err()).doesNotContain("\tat ");
    }

    @Test
    void help_lists_price_and_risk() {
        assertThat(desk("help")).isZero();
        assertThat(out()).contains("price --request FILE [--out FILE]").contains("risk --request FILE [--out FILE]");
        assertThat(desk("price", "--help")).isZero();
        assertThat(out()).contains("Usage: desk price --request FILE [--out FILE]");
    }
}
