package com.suanli.pricing.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.suanli.exchange.margin.RiskArray;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.PutCall;
import org.junit.jupiter.api.Test;

/** SPAN arrays for the clearing house: the scan range from published normal quantiles, options by Black-76. */
class RiskArraysTest {

    /** The 99% one-sided quantile of the standard normal, from published tables. */
    private static final double Z_99 = 2.326347874;
    private static final ScanParameters TWO_DAYS_99 = ScanParameters.standard();
    /** An H100 lot: 1,000 GPU-hours. */
    private static final long LOT = 1_000;
    private static final double FORWARD = 20.55;
    private static final double VOL = 0.60;
    private static final double YEARS = 0.25;
    private static final long FEN_TOLERANCE = 1;

    @Test
    void the_price_scan_range_is_the_two_day_99_percent_move() {
        // 20.55 x 0.60 x sqrt(2 / 250) x 2.326348 = 2.5656 CNY per GPU-hour.
        double expected = FORWARD * VOL * Math.sqrt(2.0 / 250) * Z_99;
        assertThat(RiskArrays.priceScanRange(FORWARD, VOL, TWO_DAYS_99)).isCloseTo(expected, within(1e-8));
        assertThat(expected).isCloseTo(2.5656, within(1e-4));
    }

    @Test
    void a_future_array_is_the_core_array_of_its_scan_range_in_whole_fen() {
        long rangeFen = Math.round(RiskArrays.priceScanRange(FORWARD, VOL, TWO_DAYS_99) * LOT * 100);
        assertThat(rangeFen).isEqualTo(256_556);
        assertThat(RiskArrays.future(FORWARD, VOL, LOT, TWO_DAYS_99)).isEqualTo(RiskArray.future(rangeFen));
    }

    @Test
    void a_deep_in_the_money_call_with_no_rate_moves_like_the_future() {
        RiskArray call = RiskArrays.futureOption(PutCall.CALL, FORWARD, 1.0, YEARS, VOL, 0, LOT, TWO_DAYS_99);
        RiskArray future = RiskArrays.future(FORWARD, VOL, LOT, TWO_DAYS_99);
        for (int s = 0; s < RiskArray.SCENARIOS; s++) {
            assertThat(call.loss(s)).as("scenario %d", s + 1).isCloseTo(future.loss(s), within(FEN_TOLERANCE));
        }
    }

    @Test
    void an_at_the_money_call_is_revalued_by_black_76_in_each_scenario() {
        Black76 black = Black76.DEFAULT;
        double now = black.price(PutCall.CALL, FORWARD, FORWARD, YEARS, VOL, 0.02);
        double range = RiskArrays.priceScanRange(FORWARD, VOL, TWO_DAYS_99);
        double later = YEARS - 2.0 / 250;
        RiskArray call = RiskArrays.futureOption(PutCall.CALL, FORWARD, FORWARD, YEARS, VOL, 0.02, LOT, TWO_DAYS_99);
        // Scenario 11: price up the whole range, volatility up ten points.
        long upFull = Math.round((now - black.price(PutCall.CALL, FORWARD + range, FORWARD, later, VOL + 0.10, 0.02))
                * LOT * 100);
        assertThat(call.loss(10)).isEqualTo(upFull);
        // Scenario 16: price down three ranges, volatility unchanged, a third of the loss counts.
        long downExtreme = Math.round(0.33 * (now - black.price(PutCall.CALL, FORWARD - 3 * range, FORWARD, later, VOL,
                0.02)) * LOT * 100);
        assertThat(call.loss(15)).isEqualTo(downExtreme);
        // A long option is long volatility: at an unchanged price, volatility up costs less than down.
        assertThat(call.loss(0)).isLessThan(call.loss(1));
    }

    @Test
    void a_long_option_never_loses_more_than_its_premium() {
        for (PutCall putCall : PutCall.values()) {
            for (double strike : new double[] {10, 18, 20.55, 23, 40}) {
                double premium = Black76.DEFAULT.price(putCall, FORWARD, strike, YEARS, VOL, 0.02) * LOT * 100;
                RiskArray array = RiskArrays.futureOption(putCall, FORWARD, strike, YEARS, VOL, 0.02, LOT, TWO_DAYS_99);
                for (int s = 0; s < RiskArray.SCENARIOS; s++) {
                    assertThat((double) array.loss(s)).as("%s %s scenario %d", putCall, strike, s + 1)
                            .isLessThanOrEqualTo(premium + FEN_TOLERANCE);
                }
            }
        }
    }

    @Test
    void bad_terms_are_refused_naming_the_field() {
        assertThatThrownBy(() -> RiskArrays.future(0, VOL, LOT, TWO_DAYS_99)).hasMessageStartingWith("forward: ");
        assertThatThrownBy(() -> RiskArrays.future(FORWARD, -0.1, LOT, TWO_DAYS_99)).hasMessageStartingWith("volatility: ");
        assertThatThrownBy(() -> RiskArrays.future(FORWARD, VOL, 0, TWO_DAYS_99)).hasMessageStartingWith("unitsPerLot: ");
        assertThatThrownBy(() -> new ScanParameters(0, 0.99, 0.1)).hasMessageStartingWith("holdingDays: ");
        assertThatThrownBy(() -> new ScanParameters(2, 1.0, 0.1)).hasMessageStartingWith("confidence: ");
        assertThatThrownBy(() -> new ScanParameters(2, 0.99, Double.NaN)).hasMessageStartingWith("volatilityScan: ");
    }
}
