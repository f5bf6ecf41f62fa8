package com.suanli.exchange.index;

import com.suanli.exchange.engine.event.IndexMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpotIndexCalculatorTest {
    /** k = 3 MADs, band at least 0.5% of the median, 20 lots in 3 trades, quotes within 10 ticks move it at most 0.5%. */
    private static final SpotIndexRule RULE = new SpotIndexRule(3, 50, 20, 3, 10, 50);
    private static final long PREVIOUS = 1_620;

    @Test
    void an_outlier_beyond_the_band_is_trimmed_and_the_rest_weighted_by_volume() {
        long[] prices = {1_620, 1_622, 1_618, 1_625, 1_900};
        long[] lots = {10, 8, 12, 5, 3};
        // Sorted: 1,618 (12), 1,620 (10), 1,622 (8), 1,625 (5), 1,900 (3); 38 lots, half 19: the
        // cumulative lots pass 19 at 1,620 (12, then 22): median 1,620.
        // Deviations: 0 (10), 2 (12), 2 (8), 5 (5), 280 (3): the median deviation is 2 (10, then 22).
        // Band: max(3 x 2, 1,620 x 0.5% = 8) = 8 ticks: 1,900 is 280 away, trimmed.
        // Kept: 35 lots, notional 19,416 + 16,200 + 12,976 + 8,125 = 56,717; 56,717 / 35 = 1,620.49 -> 1,620.
        SpotIndexValue value = SpotIndexCalculator.calculate(prices, lots, 5, PREVIOUS, 0, 0, RULE);
        assertThat(value.median()).isEqualTo(1_620);
        assertThat(value.band()).isEqualTo(8);
        assertThat(value.excludedTrades()).isEqualTo(1);
        assertThat(value.lots()).isEqualTo(35);
        assertThat(value.trades()).isEqualTo(4);
        assertThat(value.method()).isEqualTo(IndexMethod.TRADES);
        assertThat(value.value()).isEqualTo(1_620);
        // Untrimmed, the 3 lots at 1,900 would have moved it to 62,417 / 38 = 1,642.6.
    }

    @Test
    void the_minimum_band_keeps_trades_a_tick_away_when_most_volume_printed_at_one_price() {
        long[] prices = {1_620, 1_621, 1_620};
        long[] lots = {15, 2, 15};
        // Median 1,620; deviations 0 (30 lots) and 1 (2): MAD 0.
        SpotIndexRule noFloor = new SpotIndexRule(3, 0, 20, 3, 10, 50);
        assertThat(SpotIndexCalculator.calculate(prices, lots, 3, PREVIOUS, 0, 0, noFloor).excludedTrades()).isEqualTo(1);
        SpotIndexValue floored = SpotIndexCalculator.calculate(prices, lots, 3, PREVIOUS, 0, 0, RULE);
        assertThat(floored.excludedTrades()).isZero();
        // 51,842 / 32 = 1,620.06 -> 1,620.
        assertThat(floored.value()).isEqualTo(1_620);
    }

    @Test
    void a_thin_day_moves_the_previous_value_toward_a_tight_mid_by_at_most_the_cap() {
        long[] prices = {1_650};
        long[] lots = {5};
        // 5 lots in 1 trade: thin. Quotes 1,630 / 1,634 (4 ticks): mid 1,632, 12 above 1,620; the
        // cap is 0.5% of 1,620 = 8 ticks: 1,628.
        SpotIndexValue value = SpotIndexCalculator.calculate(prices, lots, 1, PREVIOUS, 1_630, 1_634, RULE);
        assertThat(value.method()).isEqualTo(IndexMethod.QUOTES_ADJUSTED);
        assertThat(value.value()).isEqualTo(1_628);
        // A mid within the cap is taken whole.
        assertThat(SpotIndexCalculator.calculate(prices, lots, 1, PREVIOUS, 1_612, 1_616, RULE).value()).isEqualTo(1_614);
    }

    @Test
    void a_thin_day_without_a_usable_quote_carries_the_previous_value() {
        long[] none = {};
        assertThat(SpotIndexCalculator.calculate(none, none, 0, PREVIOUS, 0, 0, RULE))
                .extracting(SpotIndexValue::method, SpotIndexValue::value)
                .containsExactly(IndexMethod.CARRIED_FORWARD, PREVIOUS);
        // One-sided, too wide, crossed.
        for (long[] quote : new long[][] {{1_630, 0}, {1_600, 1_640}, {1_640, 1_630}}) {
            assertThat(SpotIndexCalculator.calculate(none, none, 0, PREVIOUS, quote[0], quote[1], RULE).method())
                    .isEqualTo(IndexMethod.CARRIED_FORWARD);
        }
    }

    @Test
    void the_minimum_counts_what_survives_trimming() {
        // 25 lots, but 10 of them are outliers: 15 < 20 remain, so the day is thin.
        long[] prices = {1_620, 1_620, 1_621, 2_400};
        long[] lots = {5, 5, 5, 10};
        SpotIndexValue value = SpotIndexCalculator.calculate(prices, lots, 4, PREVIOUS, 0, 0, RULE);
        assertThat(value.excludedTrades()).isEqualTo(1);
        assertThat(value.method()).isEqualTo(IndexMethod.CARRIED_FORWARD);
    }

    @Test
    void bad_inputs_are_refused_naming_the_field() {
        assertThatThrownBy(() -> SpotIndexCalculator.calculate(new long[] {0}, new long[] {1}, 1, PREVIOUS, 0, 0, RULE))
                .hasMessageStartingWith("prices[0], lots[0]:");
        assertThatThrownBy(() -> SpotIndexCalculator.calculate(new long[0], new long[0], 0, 0, 0, 0, RULE))
                .hasMessageStartingWith("previous:");
        assertThatThrownBy(() -> new SpotIndexRule(0, 50, 20, 3, 10, 50)).hasMessageStartingWith("deviationMultiple:");
    }

    @Test
    void tick_rounding_goes_to_the_nearest_and_halves_toward_the_reference() {
        assertThat(TickRounding.nearest(7, 2, 100)).isEqualTo(4);
        assertThat(TickRounding.nearest(7, 2, 0)).isEqualTo(3);
        assertThat(TickRounding.nearest(10, 3, 0)).isEqualTo(3);
        assertThat(TickRounding.nearest(11, 3, 0)).isEqualTo(4);
    }
}
