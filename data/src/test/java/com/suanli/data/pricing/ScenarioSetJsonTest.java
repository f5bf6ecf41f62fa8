package com.suanli.data.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.json.JsonReadException;
import com.suanli.pricing.risk.CurveSelection;
import com.suanli.pricing.risk.Scenario;
import com.suanli.pricing.risk.ScenarioSet;
import com.suanli.pricing.risk.ShiftKind;
import com.suanli.pricing.risk.Shock;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioSetJsonTest {

    private static final Path DOCS = Path.of(System.getProperty("user.dir")).getParent().resolve("docs");

    private static final ScenarioSet EVERY_SHOCK = new ScenarioSet("every-shock", List.of(
            Scenario.of("parallel", new Shock.CurveShift(CurveSelection.ALL, ShiftKind.RELATIVE, 0.1)),
            Scenario.of("one bucket", new Shock.CurveShift(
                    new CurveSelection("H100", "YRD", false, YearMonth.of(2027, 3)), ShiftKind.ABSOLUTE, -1.5)),
            Scenario.of("tilt", new Shock.CurveTilt(CurveSelection.hub("NX"), ShiftKind.LOG, 0.2)),
            Scenario.of("spread", Shock.HubSpreadShift.eastWest(ShiftKind.ABSOLUTE, 2.0),
                    new Shock.HubSpreadShift("A100", List.of("YRD"), List.of("GZ", "NX"), ShiftKind.RELATIVE, 0.1)),
            Scenario.of("vol", new Shock.VolShift(new CurveSelection(null, null, true, null), ShiftKind.ABSOLUTE, 0.05)),
            Scenario.of("carbon, outages, fx", new Shock.CarbonPriceShift(ShiftKind.RELATIVE, 1.0),
                    new Shock.OutageRateShift("GZ", ShiftKind.RELATIVE, 2.0),
                    new Shock.OutageRateShift(null, ShiftKind.ABSOLUTE, 0.5),
                    new Shock.FxShift("EUR", ShiftKind.RELATIVE, -0.05)),
            Scenario.of("base")));

    @Test
    void every_shock_type_survives_a_round_trip() {
        String json = ScenarioSetJson.write(EVERY_SHOCK);

        assertThat(ScenarioSetJson.read(json)).isEqualTo(EVERY_SHOCK);
        assertThat(ScenarioSetJson.write(ScenarioSetJson.read(json))).isEqualTo(json);
    }

    @Test
    void a_set_saved_to_a_file_loads_back(@TempDir Path dir) {
        Path file = dir.resolve("set.json");
        ScenarioSetJson.write(EVERY_SHOCK, file);

        assertThat(ScenarioSetJson.read(file)).isEqualTo(EVERY_SHOCK);
    }

    @Test
    void the_documented_example_set_loads() {
        ScenarioSet set = ScenarioSetJson.read(DOCS.resolve("examples/scenarios/desk-stress.json"));

        assertThat(set.name()).isEqualTo("desk-stress");
        assertThat(set.scenarios()).hasSize(9);
        assertThat(set.scenarios().get(4).shocks()).containsExactly(Shock.HubSpreadShift.eastWest(ShiftKind.ABSOLUTE, 2.0));
    }

    @Test
    void bad_sets_are_refused_with_the_json_path_and_the_reason() {
        assertError("{\"name\":\"s\",\"scenarios\":[{\"name\":\"a\",\"shocks\":[{\"type\":\"curveShift\",\"kind\":\"relative\",\"amount\":-1.5}]}]}",
                "$.scenarios[0].shocks[0].amount: a relative shift must be > -1 (prices stay positive)");
        assertError("{\"name\":\"s\",\"scenarios\":[{\"name\":\"a\",\"shocks\":[{\"type\":\"curveShift\",\"kind\":\"sideways\",\"amount\":1}]}]}",
                "$.scenarios[0].shocks[0].kind: must be one of [absolute, relative, log], was 'sideways'");
        assertError("{\"name\":\"s\",\"scenarios\":[{\"name\":\"a\",\"shocks\":[{\"type\":\"meteor\"}]}]}",
                "$.scenarios[0].shocks[0].type: must be one of [curveShift, curveTilt, hubSpread, volShift, carbonPrice, outageRate, fx], was 'meteor'");
        assertError("{\"name\":\"s\",\"scenarios\":[{\"name\":\"a\",\"shocks\":[]},{\"name\":\"a\",\"shocks\":[]}]}",
                "$.scenarios[1].name: duplicate name 'a'");
        assertError("{\"name\":\"s\",\"scenarios\":[{\"name\":\"a\",\"shocks\":[{\"type\":\"curveShift\",\"where\":{\"month\":\"March\"},\"kind\":\"log\",\"amount\":1}]}]}",
                "$.scenarios[0].shocks[0].where.month: must be a month like 2027-01, was 'March'");
        assertError("{\"name\":\"s\",\"scenarios\":[{\"name\":\"a\",\"shokcs\":[]}]}",
                "$.scenarios[0].shokcs: unknown field, expected one of [name, shocks]");
        assertError("{\"name\":\"s\",\"scenarios\":[{\"name\":\"a\",\"shocks\":[{\"type\":\"hubSpread\",\"eastHubs\":[\"YRD\"],\"westHubs\":[\"YRD\"],\"kind\":\"absolute\",\"amount\":1}]}]}",
                "$.scenarios[0].shocks[0].westHubs: hub YRD is also an east hub");
        assertError("{\"name\": \"s\", \"scenarios\": [", "$: not valid JSON at line 1, column 29");
    }

    private static void assertError(String json, String message) {
        assertThatThrownBy(() -> ScenarioSetJson.read(json)).isInstanceOf(JsonReadException.class)
                .hasMessageStartingWith(message);
    }
}
