package com.suanli.pricing.risk;

import static com.suanli.pricing.risk.RiskFixtures.FIRST_MONTH;
import static com.suanli.pricing.risk.RiskFixtures.H100_NX;
import static com.suanli.pricing.risk.RiskFixtures.H100_YRD;
import static com.suanli.pricing.risk.RiskFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MarketShockTest {

    private static final double EXACT = 1e-12;
    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final LocalDate EXPIRY = LocalDate.of(2027, 2, 20);

    @Test
    void parallel_relative_shift_moves_every_month_of_every_curve() {
        Market shocked = market().shocked(new Shock.CurveShift(CurveSelection.ALL, ShiftKind.RELATIVE, 0.10));

        assertThat(shocked.forward(H100_YRD, FIRST_MONTH)).isCloseTo(22.0, within(EXACT));
        assertThat(shocked.forward(H100_NX, MARCH)).isCloseTo(14.4 * 1.1, within(EXACT));
    }

    @Test
    void month_shift_moves_only_that_bucket_of_that_curve() {
        Bucket march = new Bucket(H100_YRD, MARCH);
        Market shocked = market().shocked(new Shock.CurveShift(CurveSelection.bucket(march), ShiftKind.ABSOLUTE, -1.5));

        assertThat(shocked.forward(H100_YRD, MARCH)).isCloseTo(17.0, within(EXACT));
        assertThat(shocked.forward(H100_YRD, MARCH.minusMonths(1))).isEqualTo(19.0);
        assertThat(shocked.forward(H100_NX, MARCH)).isCloseTo(14.4, within(EXACT));
    }

    @Test
    void tilt_grows_with_months_to_delivery_and_leaves_the_spot_month() {
        // Valuation 2026-11-27: December is 1 month ahead, March 4 months ahead.
        Market shocked = market().shocked(new Shock.CurveTilt(CurveSelection.ALL, ShiftKind.ABSOLUTE, 1.2));

        assertThat(shocked.forward(H100_YRD, FIRST_MONTH)).isCloseTo(20.0 + 0.1, within(EXACT));
        assertThat(shocked.forward(H100_YRD, MARCH)).isCloseTo(18.5 + 0.4, within(EXACT));
    }

    @Test
    void hub_spread_widening_lifts_east_and_lowers_west_by_half_each() {
        Market shocked = market().shocked(Shock.HubSpreadShift.eastWest(ShiftKind.ABSOLUTE, 2.0));

        assertThat(shocked.forward(H100_YRD, FIRST_MONTH)).isCloseTo(21.0, within(EXACT));
        assertThat(shocked.forward(H100_NX, FIRST_MONTH)).isCloseTo(14.0, within(EXACT));
    }

    @Test
    void shocks_compose_in_order() {
        Market shocked = market().shocked(
                new Shock.CurveShift(CurveSelection.ALL, ShiftKind.RELATIVE, 0.5),
                new Shock.CurveShift(CurveSelection.ALL, ShiftKind.ABSOLUTE, -2.0),
                new Shock.CurveShift(CurveSelection.ALL, ShiftKind.LOG, Math.log(2.0)));

        assertThat(shocked.forward(H100_YRD, FIRST_MONTH)).isCloseTo((20.0 * 1.5 - 2.0) * 2.0, within(EXACT));
        assertThat(shocked.shocked(new Shock.CurveShift(CurveSelection.ALL, ShiftKind.ABSOLUTE, 1.0))
                .forward(H100_YRD, FIRST_MONTH)).isCloseTo(57.0, within(EXACT));
    }

    @Test
    void daily_forwards_take_their_month_shock_so_the_month_average_is_the_shocked_future() {
        Market shocked = market().shocked(
                new Shock.CurveShift(CurveSelection.ALL, ShiftKind.RELATIVE, 0.2),
                new Shock.CurveShift(CurveSelection.ALL, ShiftKind.ABSOLUTE, 1.0));

        double sum = 0.0;
        for (int day = 1; day <= 31; day++) {
            sum += shocked.dailyForward(H100_YRD, LocalDate.of(2026, 12, day));
        }
        assertThat(sum / 31).isCloseTo(shocked.forward(H100_YRD, FIRST_MONTH), within(1e-9));
        assertThat(shocked.forward(H100_YRD, FIRST_MONTH)).isCloseTo(25.0, within(EXACT));
        assertThat(shocked.expectedAverage(H100_YRD, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .isCloseTo(25.0, within(EXACT));
        assertThat(shocked.expectedAverage(H100_YRD, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 5)))
                .isCloseTo(average(shocked, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 5)), within(1e-9));
    }

    private static double average(Market market, LocalDate from, LocalDate to) {
        double sum = 0.0;
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            sum += market.dailyForward(H100_YRD, d);
            days++;
        }
        return sum / days;
    }

    @Test
    void vol_carbon_outage_and_fx_shocks_move_their_own_values() {
        Market shocked = market().shocked(
                new Shock.VolShift(CurveSelection.curve(H100_NX), ShiftKind.ABSOLUTE, 0.1),
                new Shock.CarbonPriceShift(ShiftKind.RELATIVE, 0.5),
                new Shock.OutageRateShift("NX", ShiftKind.RELATIVE, 1.0),
                new Shock.FxShift("EUR", ShiftKind.ABSOLUTE, 0.3));

        assertThat(shocked.volatility(H100_NX, MARCH, EXPIRY, 15.0)).isCloseTo(0.9, within(EXACT));
        assertThat(shocked.volatility(H100_YRD, MARCH, EXPIRY, 15.0)).isCloseTo(0.8, within(EXACT));
        assertThat(shocked.carbonPrice()).isCloseTo(135.0, within(EXACT));
        assertThat(shocked.outageRate("NX")).isCloseTo(8.0, within(EXACT));
        assertThat(shocked.outageRate("YRD")).isCloseTo(2.0, within(EXACT));
        assertThat(shocked.fxRate("EUR")).isCloseTo(8.0, within(EXACT));
        assertThat(shocked.forward(H100_NX, MARCH)).isCloseTo(14.4, within(EXACT));
    }

    @Test
    void volatility_never_shocks_below_the_floor() {
        Market shocked = market().shocked(new Shock.VolShift(CurveSelection.ALL, ShiftKind.ABSOLUTE, -5.0));

        assertThat(shocked.volatility(H100_YRD, MARCH, EXPIRY, 15.0)).isEqualTo(Market.VOLATILITY_FLOOR);
    }

    @Test
    void rolling_the_date_keeps_every_forward() {
        Market rolled = market().shocked(new Shock.CurveShift(CurveSelection.ALL, ShiftKind.ABSOLUTE, 1.0))
                .rolledTo(RiskFixtures.TODAY.plusDays(1));

        assertThat(rolled.valuationDate()).isEqualTo(RiskFixtures.TODAY.plusDays(1));
        assertThat(rolled.forward(H100_YRD, FIRST_MONTH)).isEqualTo(21.0);
    }

    @Test
    void asking_for_a_month_outside_the_curve_names_the_curve_and_its_range() {
        assertThatThrownBy(() -> market().forward(H100_YRD, YearMonth.of(2028, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H100@YRD").hasMessageContaining("2026-12..2027-05");
    }

    @Test
    void relative_shift_of_minus_one_or_worse_is_refused() {
        assertThatThrownBy(() -> new Shock.CurveShift(CurveSelection.ALL, ShiftKind.RELATIVE, -1.0))
                .hasMessageContaining("amount: a relative shift must be > -1");
    }
}
