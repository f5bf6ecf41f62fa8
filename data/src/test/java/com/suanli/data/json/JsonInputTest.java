package com.suanli.data.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.suanli.exchange.listing.Settlement;
import com.suanli.pricing.option.PutCall;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonInputTest {

    private static final String FILE = "desk.json";

    /** A strike record that refuses itself the way the pricing values do: field first, then the reason. */
    private record Strike(double level) {
        Strike {
            if (level > 1_000) {
                throw new IllegalArgumentException("level: must be <= 1000, was " + level);
            }
        }
    }

    private static JsonInput everyProblem(String json) {
        return JsonInput.parse(json, FILE, JsonInput.Refusal.WITH_EVERY_PROBLEM);
    }

    @Test
    void a_trade_read_to_its_first_problem_is_refused_there_with_path_and_reason() {
        JsonInput trade = JsonInput.parse("{\"strike\": -19.0, \"lots\": 1.5}");

        assertThatThrownBy(() -> trade.get("strike").positive()).isInstanceOf(JsonReadException.class)
                .hasMessage("$.strike: must be > 0, was -19.0");
        assertThatThrownBy(() -> trade.get("lots").longValue())
                .hasMessage("$.lots: must be a whole number in long range, was 1.5");
        assertThatThrownBy(() -> trade.get("expiry")).hasMessage("$.expiry: is required");
    }

    @Test
    void a_file_read_with_every_problem_lists_them_all_in_order_after_its_name() {
        JsonInput root = everyProblem("{\"months\": \"twelve\", \"tick\": \"0.01\", \"colour\": 1}")
                .allowOnly(Set.of("months", "tick", "settlement"));
        assertThat(root.get("months").intValue()).isNull();
        assertThat(root.get("tick").decimal()).isNull();
        assertThat(root.get("settlement").constantNamed(Settlement.class)).isNull();

        JsonReadException refused = catchThrowableOfType(JsonReadException.class, root::refuseIfAnyProblem);

        assertThat(refused.source()).isEqualTo(FILE);
        assertThat(refused.problems()).containsExactly(
                "$.colour: unknown field, expected one of [months, settlement, tick]",
                "$.months: must be a whole number in int range, was \"twelve\"",
                "$.tick: must be a number, was \"0.01\"",
                "$.settlement: is required");
        assertThat(refused).hasMessageStartingWith("desk.json refused, 4 problems:\n  $.colour: unknown field");
    }

    @Test
    void a_null_is_neither_a_value_nor_an_absent_field() {
        JsonInput root = everyProblem("{\"rate\": null, \"expiry\": null, \"code\": null}");

        assertThat(root.has("rate")).isFalse();
        assertThat(root.has("carbon")).isFalse();
        assertThat(root.get("expiry").date()).isNull();
        assertThat(root.peekText("code")).isNull();

        assertThat(catchThrowableOfType(JsonReadException.class, root::refuseIfAnyProblem).problems()).containsExactly(
                "$.rate: must not be null: give a value or leave the field out for its default",
                "$.expiry: is required, was null");
    }

    @Test
    void one_problem_reads_as_file_path_and_reason() {
        assertThatThrownBy(() -> JsonInput.parse("{}", FILE, JsonInput.Refusal.AT_FIRST_PROBLEM).get("rate"))
                .hasMessage("desk.json $.rate: is required");
    }

    @Test
    void a_value_inside_a_refused_object_is_absent_and_adds_no_problem() {
        JsonInput root = everyProblem("{\"model\": [1, 2]}");

        JsonInput kappa = root.get("model").allowOnly(Set.of("kappa")).get("kappa");

        assertThat(kappa.number()).isNull();
        assertThat(kappa.path()).isEqualTo("$.model.kappa");
        assertThat(catchThrowableOfType(JsonReadException.class, root::refuseIfAnyProblem).problems())
                .containsExactly("$.model: must be an object, was an array");
    }

    @Test
    void a_value_refusing_itself_is_named_at_its_field_when_the_object_has_it() {
        JsonInput trade = JsonInput.parse("{\"level\": 2000}");
        assertThatThrownBy(() -> trade.build(() -> new Strike(trade.get("level").number())))
                .hasMessage("$.level: must be <= 1000, was 2000.0");

        JsonInput elsewhere = JsonInput.parse("{\"strike\": 2000}");
        assertThatThrownBy(() -> elsewhere.build(() -> new Strike(elsewhere.get("strike").number())))
                .hasMessage("$: level: must be <= 1000, was 2000.0");
    }

    @Test
    void a_strike_with_a_problem_is_not_built_but_the_one_nine_places_before_it_is() {
        JsonInput root = everyProblem("{\"strikes\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, \"x\"]}");
        List<JsonInput> strikes = root.get("strikes").elements();

        assertThat(strikes.get(10).number()).isNull();

        assertThat(strikes.get(10).build(() -> new Strike(11))).isNull();
        assertThat(strikes.get(1).build(() -> new Strike(2))).isEqualTo(new Strike(2));
        assertThat(root.build(() -> "the whole file")).isNull();
    }

    @Test
    void keyed_fields_refuse_a_key_that_is_not_a_month() {
        JsonInput quotes = everyProblem("{\"quotes\": {\"2027-01\": 19.5, \"June\": 20}}").get("quotes");

        Map<YearMonth, JsonInput> byMonth = quotes.fieldsKeyedBy(YearMonth::parse, "a month like 2027-01");

        assertThat(byMonth).containsOnlyKeys(YearMonth.of(2027, 1));
        assertThatThrownBy(quotes::refuseIfAnyProblem)
                .hasMessage("desk.json $.quotes.June: key must be a month like 2027-01, was 'June'");
    }

    @Test
    void choices_are_camel_case_in_any_letter_case_and_constants_are_exact_names() {
        assertThat(JsonInput.parse("{\"putCall\": \"CALL\"}").get("putCall").choice(PutCall.class)).isEqualTo(PutCall.CALL);
        assertThatThrownBy(() -> JsonInput.parse("{\"putCall\": \"straddle\"}").get("putCall").choice(PutCall.class))
                .hasMessage("$.putCall: must be one of [call, put], was 'straddle'");
        assertThatThrownBy(() -> JsonInput.parse("{\"s\": \"cash\"}").get("s").constantNamed(Settlement.class))
                .hasMessageStartingWith("$.s: must be one of [CASH, PHYSICAL], was 'cash'");
    }

    @Test
    void prices_are_read_exactly_and_broken_or_ambiguous_text_is_not_json() {
        assertThat(JsonInput.parse("{\"tick\": 0.1}").get("tick").decimal()).isEqualTo(new BigDecimal("0.1"));
        assertThatThrownBy(() -> JsonInput.parse("{\"rate\": 1, \"rate\": 2}"))
                .hasMessageStartingWith("$: not valid JSON at line 1, column").hasMessageContaining("Duplicate field 'rate'");
        assertThatThrownBy(() -> JsonInput.parse("{} {}")).hasMessageStartingWith("$: not valid JSON at line 1");
        assertThatThrownBy(() -> JsonInput.parse("")).hasMessage("$: must be an object, was nothing (the document is empty)");
    }

    @Test
    void a_missing_resource_is_refused_with_its_name() {
        assertThatThrownBy(() -> JsonInput.parseResource(JsonInputTest.class, "absent.json",
                JsonInput.Refusal.AT_FIRST_PROBLEM))
                .isInstanceOf(JsonReadException.class)
                .hasMessageStartingWith("absent.json $: resource not found on the class path");
    }
}
