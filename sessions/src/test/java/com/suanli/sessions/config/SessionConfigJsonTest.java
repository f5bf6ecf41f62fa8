package com.suanli.sessions.config;

import com.suanli.data.json.JsonReadException;
import com.suanli.exchange.listing.Hub;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionConfigJsonTest {

    private static final String CALM = calmText();

    @Test
    void the_bundled_calm_month_reads_whole() {
        SessionConfig calm = SessionConfigJson.readDefault();

        assertThat(calm.name()).isEqualTo("calm-month");
        assertThat(calm.days()).isEqualTo(20);
        assertThat(calm.clock().stepsPerDay()).isEqualTo(360);
        assertThat(calm.shocks()).isEmpty();
        assertThat(calm.user()).isEmpty();
        assertThat(calm.products()).extracting(ProductSetup::code).containsExactly("H100", "H200");
        assertThat(calm.products().get(0).hubs()).extracting(HubSetup::hub).containsExactly(Hub.YRD, Hub.GBA, Hub.NM, Hub.GZ);
        assertThat(calm.agents().agentCount()).isEqualTo(92);
    }

    @Test
    void the_documented_example_reads_whole() {
        SessionConfig example = SessionConfigJson.read(Path.of("../docs/examples/session-rmsc03.json"));

        assertThat(example.agents().noise().group().count()).isEqualTo(5_000);
        assertThat(example.agents().value().group().count()).isEqualTo(100);
        assertThat(example.agents().momentum().group().count()).isEqualTo(25);
        assertThat(example.agents().marketMakers().group().count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "a negative agent count | \"count\": 60, | \"count\": -60, | $.agents.noise.count | must be 0 to 100000, was -60",
            "a product not listed | \"code\": \"H200\" | \"code\": \"H999\" | $.products[1].code | the default catalogue lists no product H999",
            "a spot off the tick | \"spot\": 21.50 | \"spot\": 21.505 | $.products[0].hubs.YRD.spot | 21.505 is not a multiple of the tick 0.01",
            "a misspelt field | \"days\": 20 | \"dayz\": 20 | $.dayz | unknown field",
            "a start on a Saturday | \"startDate\": \"2027-01-04\" | \"startDate\": \"2027-01-09\" | $.startDate | 2027-01-09 is",
            "a correlation above one | \"hubCorrelation\": 0.8 | \"hubCorrelation\": 1.5 | $.products[0].hubCorrelation | must be 0.0 to 1.0, was 1.5",
            "a close before the open | \"close\": \"15:00\" | \"close\": \"08:00\" | $.clock.close | must be after open 09:00",
            "an unknown hub | \"GBA\": { | \"XYZ\": { | $.products[0].hubs.XYZ | key must be a hub code",
            "a slow average no slower | \"slowMinutes\": 180 | \"slowMinutes\": 30 | $.agents.momentum.slowMinutes | must be 31 to",
            "a rebate above the taker fee | \"makerFeePerLot\": -100 | \"makerFeePerLot\": -400 | $.clearing.makerFeePerLot | must be -300 to"})
    void a_bad_configuration_is_refused_whole_naming_the_json_path(String what, String good, String bad, String path,
                                                                   String reason) {
        assertThat(CALM).contains(good);
        String text = CALM.replaceFirst(Pattern.quote(good), Matcher.quoteReplacement(bad));

        assertThatThrownBy(() -> SessionConfigJson.read(text, "bad.json"))
                .isInstanceOf(JsonReadException.class)
                .satisfies(e -> {
                    JsonReadException refusal = (JsonReadException) e;
                    assertThat(refusal.path()).isEqualTo(path);
                    assertThat(refusal.reason()).contains(reason);
                    assertThat(refusal.getMessage()).startsWith("bad.json");
                });
    }

    @Test
    void every_problem_of_a_file_is_listed_in_one_refusal() {
        String text = CALM.replace("\"days\": 20", "\"dayz\": 20").replace("\"stepSeconds\": 60", "\"stepSeconds\": \"five\"")
                .replace("\"sigma\": 0.5", "\"sigma\": -1");

        assertThatThrownBy(() -> SessionConfigJson.read(text, "bad.json"))
                .isInstanceOfSatisfying(JsonReadException.class, refusal -> assertThat(refusal.problems())
                        .anyMatch(p -> p.startsWith("$.dayz: unknown field"))
                        .anyMatch(p -> p.equals("$.days: is required"))
                        .anyMatch(p -> p.startsWith("$.clock.stepSeconds: must be a whole number"))
                        .anyMatch(p -> p.startsWith("$.products[1].sigma:")));
    }

    @Test
    void the_squeeze_schedules_its_jump_and_the_expiry_week_names_the_user() {
        SessionConfig squeeze = SessionConfigJson.readBundled("scarcity-squeeze");
        SessionConfig expiry = SessionConfigJson.readBundled("expiry-week");

        assertThat(squeeze.shocks()).singleElement().satisfies(shock -> {
            assertThat(shock.productCode()).isEqualTo("H100");
            assertThat(shock.at()).isEqualTo(LocalDateTime.of(2027, 1, 12, 10, 30));
            assertThat(shock.logSize()).isEqualTo(0.4);
        });
        assertThat(expiry.user()).contains(new UserAccount(7001, 1_000_000));
        assertThatThrownBy(() -> SessionConfigJson.readBundled("stormy-month"))
                .hasMessageContaining("no bundled session 'stormy-month'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "scarcity-squeeze | \"product\": \"H100\" | \"product\": \"B200\" | $.shocks | B200 is not one of the products",
            "scarcity-squeeze | \"at\": \"2027-01-12T10:30\" | \"at\": \"noon\" | $.shocks[0].at | must be a Shanghai date and time",
            "scarcity-squeeze | \"logSize\": 0.4 | \"logSize\": 3 | $.shocks[0].logSize | must be -2.0 to 2.0",
            "expiry-week | \"account\": 7001 | \"account\": 1001 | $.user.account | is an agent's",
            "expiry-week | \"account\": 7001 | \"account\": 2 | $.user.account | house accounts"})
    void a_bad_shock_or_user_is_refused_naming_the_json_path(String bundled, String good, String bad, String path,
                                                            String reason) throws IOException {
        String text;
        try (InputStream in = SessionConfigJson.class.getResourceAsStream(bundled + ".json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).contains(good);

        assertThatThrownBy(() -> SessionConfigJson.read(text.replace(good, bad), "bad.json"))
                .isInstanceOfSatisfying(JsonReadException.class, refusal -> {
                    assertThat(refusal.path()).isEqualTo(path);
                    assertThat(refusal.reason()).contains(reason);
                });
    }

    @Test
    void the_shipped_outage_wave_and_the_calm_month_sell_insurance() {
        SessionConfig wave = SessionConfigJson.readBundled("outage-wave");

        assertThat(wave.name()).isEqualTo("outage-wave");
        assertThat(wave.insurance().sold()).isTrue();
        assertThat(wave.insurance().coverDays()).isEqualTo(7);
        assertThat(wave.products().get(0).hubs().get(0).outagesPerMonth()).isEqualTo(45.0);
        // The desk's default live session has an insurer, so the user's covers have a counterparty.
        assertThat(SessionConfigJson.readDefault().insurance()).isEqualTo(wave.insurance());
    }

    @Test
    void bad_insurance_terms_are_refused_at_their_json_path() {
        String uninsured = CALM.replaceFirst(",\\s*\"insurance\": \\{[^}]*\\}", "");
        assertThat(uninsured).isNotEqualTo(CALM);
        String text = uninsured.replaceFirst("\\}\\s*$", ", \"insurance\": {\"coveredGpus\": 500, \"coverDays\": 7, "
                + "\"deductibleMinutes\": 60, \"outageLimitCny\": 400000, \"capShare\": 1.5, \"capStrikeBps\": 1000, "
                + "\"capLimitCny\": 200000, \"outageLoading\": 0.5, \"capLoadin\": 0.2, \"insurerCash\": 1}}");

        assertThatThrownBy(() -> SessionConfigJson.read(text, "bad.json"))
                .isInstanceOfSatisfying(JsonReadException.class, refusal -> assertThat(refusal.problems())
                        .anyMatch(p -> p.startsWith("$.insurance.capLoadin: unknown field"))
                        .anyMatch(p -> p.equals("$.insurance.capLoading: is required")));
        String range = text.replace("\"capLoadin\"", "\"capLoading\"");
        assertThatThrownBy(() -> SessionConfigJson.read(range, "bad.json"))
                .isInstanceOfSatisfying(JsonReadException.class, refusal -> {
                    assertThat(refusal.path()).isEqualTo("$.insurance.capShare");
                    assertThat(refusal.reason()).contains("must be 0.0 to 1.0, was 1.5");
                });
    }

    @Test
    void providers_say_how_they_fail_on_their_own_and_a_bad_rate_or_a_consumer_failing_is_refused_at_its_path() {
        String failures = ", \"failures\": {\"capacityCutsPerMonth\": 2, \"capacityCutShare\": 0.5, "
                + "\"ownFailureShare\": 0.02}";
        String providers = CALM.replaceFirst("(\"providers\": \\{[^}]*)\\}", "$1" + failures + "}");
        assertThat(providers).isNotEqualTo(CALM);
        assertThat(SessionConfigJson.read(providers, "failing.json").agents().providers().failures())
                .isEqualTo(new DeliveryFailures(2, 0.5, 0.02));
        assertThat(SessionConfigJson.readDefault().agents().providers().failures()).isEqualTo(DeliveryFailures.NONE);

        String tooOften = providers.replace("\"capacityCutsPerMonth\": 2", "\"capacityCutsPerMonth\": 40");
        assertThatThrownBy(() -> SessionConfigJson.read(tooOften, "bad.json"))
                .isInstanceOfSatisfying(JsonReadException.class, refusal -> {
                    assertThat(refusal.path()).isEqualTo("$.agents.providers.failures.capacityCutsPerMonth");
                    assertThat(refusal.reason()).contains("must be 0.0 to 31.0, was 40.0");
                });
        String consumers = CALM.replaceFirst("(\"consumers\": \\{[^}]*)\\}", "$1" + failures + "}");
        assertThatThrownBy(() -> SessionConfigJson.read(consumers, "bad.json"))
                .isInstanceOfSatisfying(JsonReadException.class, refusal -> assertThat(refusal.problems())
                        .anyMatch(p -> p.startsWith("$.agents.consumers.failures: unknown field")));
    }

    @Test
    void the_calm_month_has_an_activity_regime_and_a_bad_one_is_refused_at_its_path() {
        assertThat(SessionConfigJson.readDefault().activity()).isEqualTo(new ActivityRegime(240, 1.5));
        assertThat(SessionConfigJson.readBundled("expiry-week").activity()).isEqualTo(ActivityRegime.NONE);
        String wild = CALM.replace("\"volatility\": 1.5", "\"volatility\": 4");
        assertThat(wild).isNotEqualTo(CALM);
        assertThatThrownBy(() -> SessionConfigJson.read(wild, "bad.json"))
                .isInstanceOfSatisfying(JsonReadException.class, refusal -> {
                    assertThat(refusal.path()).isEqualTo("$.activity.volatility");
                    assertThat(refusal.reason()).contains("must be 0.0 to 3.0, was 4.0");
                });
    }

    @Test
    void a_file_that_is_not_json_is_refused_at_the_root() {
        assertThatThrownBy(() -> SessionConfigJson.read("{\"format\": ", "broken.json"))
                .isInstanceOfSatisfying(JsonReadException.class, refusal -> assertThat(refusal.path()).isEqualTo("$"));
    }

    private static String calmText() {
        try (InputStream in = SessionConfigJson.class.getResourceAsStream(SessionConfigJson.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
