package com.suanli.pricing.risk;

import static com.suanli.pricing.risk.RiskFixtures.FIRST_MONTH;
import static com.suanli.pricing.risk.RiskFixtures.H100_NX;
import static com.suanli.pricing.risk.RiskFixtures.H100_YRD;
import static com.suanli.pricing.risk.RiskFixtures.forwardHolding;
import static com.suanli.pricing.risk.RiskFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevaluationTest {

    private static final Portfolio BOOK = Portfolio.of(forwardHolding("yrd", H100_YRD, FIRST_MONTH, 100),
            forwardHolding("nx", H100_NX, FIRST_MONTH, 100));

    @Test
    void pnl_per_scenario_is_shocked_value_minus_base_value_in_scenario_order() {
        List<Scenario> scenarios = List.of(
                Scenario.of("base"),
                Scenario.of("up10", new Shock.CurveShift(CurveSelection.ALL, ShiftKind.RELATIVE, 0.1)),
                Scenario.of("spread", Shock.HubSpreadShift.eastWest(ShiftKind.ABSOLUTE, 1.0)),
                Scenario.of("west-down", new Shock.CurveShift(CurveSelection.hub("NX"), ShiftKind.ABSOLUTE, -2.0)));

        PnlVector pnl = Revaluation.pnl(BOOK, market(), scenarios);

        assertThat(pnl.basePresentValue()).isCloseTo(3500.0, within(1e-9));
        assertThat(pnl.scenarioNames()).containsExactly("base", "up10", "spread", "west-down");
        assertThat(pnl.pnl()).containsExactly(new double[] {0.0, 350.0, 0.0, -200.0}, within(1e-9));
    }

    @Test
    void parallel_revaluation_gives_the_sequential_vector_bit_for_bit() {
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            scenarios.add(Scenario.of("s" + i, new Shock.CurveShift(CurveSelection.ALL, ShiftKind.LOG, (i - 250) * 1e-3)));
        }
        double[] parallel = Revaluation.pnl(BOOK, market(), scenarios).pnl();
        double base = BOOK.presentValue(market());
        for (int i = 0; i < scenarios.size(); i++) {
            assertThat(parallel[i]).isEqualTo(BOOK.presentValue(market().shocked(scenarios.get(i))) - base);
        }
    }
}
