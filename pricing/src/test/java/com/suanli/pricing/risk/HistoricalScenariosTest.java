package com.suanli.pricing.risk;

import static com.suanli.pricing.risk.RiskFixtures.FIRST_MONTH;
import static com.suanli.pricing.risk.RiskFixtures.H100_NX;
import static com.suanli.pricing.risk.RiskFixtures.H100_YRD;
import static com.suanli.pricing.risk.RiskFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoricalScenariosTest {

    private static final double EXACT = 1e-12;
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24),
            LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26));

    @Test
    void each_window_applies_its_index_return_to_the_curves_the_index_drives() {
        IndexHistory east = new IndexHistory("east", CurveSelection.hub("YRD"), DATES, new double[] {10, 11, 9.9, 9.9});
        IndexHistory west = new IndexHistory("west", CurveSelection.hub("NX"), DATES, new double[] {8, 8, 8.8, 8.0});

        List<Scenario> scenarios = HistoricalScenarios.fromIndexHistories(List.of(east, west), 1);

        assertThat(scenarios).extracting(Scenario::name)
                .containsExactly("hist:2026-11-24", "hist:2026-11-25", "hist:2026-11-26");
        Market second = market().shocked(scenarios.get(1));
        assertThat(second.forward(H100_YRD, FIRST_MONTH)).isCloseTo(20.0 * 0.9, within(EXACT));
        assertThat(second.forward(H100_NX, FIRST_MONTH)).isCloseTo(15.0 * 1.1, within(EXACT));
    }

    @Test
    void a_two_day_horizon_uses_overlapping_two_day_returns() {
        IndexHistory east = new IndexHistory("east", CurveSelection.ALL, DATES, new double[] {10, 11, 9.9, 12.1});

        List<Scenario> scenarios = HistoricalScenarios.fromIndexHistories(List.of(east), 2);

        assertThat(scenarios).hasSize(2);
        assertThat(market().shocked(scenarios.get(1)).forward(H100_YRD, FIRST_MONTH))
                .isCloseTo(20.0 * 12.1 / 11, within(EXACT));
    }

    @Test
    void histories_on_different_dates_are_refused() {
        IndexHistory east = new IndexHistory("east", CurveSelection.ALL, DATES, new double[] {10, 11, 9.9, 12.1});
        IndexHistory late = new IndexHistory("late", CurveSelection.ALL,
                DATES.stream().map(d -> d.plusDays(1)).toList(), new double[] {10, 11, 9.9, 12.1});

        assertThatThrownBy(() -> HistoricalScenarios.fromIndexHistories(List.of(east, late), 1))
                .hasMessageContaining("histories[1].dates: must match the dates of east");
    }
}
