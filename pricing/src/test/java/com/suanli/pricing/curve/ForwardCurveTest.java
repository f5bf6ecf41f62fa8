package com.suanli.pricing.curve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ForwardCurveTest {

    private static final double TOLERANCE_AVERAGE = 1e-9;
    private static final double TOLERANCE_SLOPE_JUMP = 1e-9;
    private static final YearMonth JAN_2027 = YearMonth.of(2027, 1);

    /** Two years of H100-hour quotes (CNY per GPU-hour): a scarcity hump, then obsolescence decay. */
    static NavigableMap<YearMonth, Double> h100Quotes() {
        double[] prices = {
            9.80, 10.40, 11.90, 12.60, 11.20, 10.10, 9.60, 9.10, 8.75, 8.40, 8.20, 8.05,
            7.70, 7.45, 7.90, 8.30, 7.60, 7.10, 6.80, 6.55, 6.30, 6.15, 6.00, 5.85,
        };
        NavigableMap<YearMonth, Double> quotes = new TreeMap<>();
        for (int i = 0; i < prices.length; i++) {
            quotes.put(JAN_2027.plusMonths(i), prices[i]);
        }
        return quotes;
    }

    @Test
    void curve_reproduces_every_monthly_average_exactly() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        h100Quotes().forEach((month, quote) ->
                assertThat(curve.monthlyAverage(month)).as("average of %s", month).isCloseTo(quote, within(TOLERANCE_AVERAGE)));
    }

    @Test
    void curve_with_weekday_shape_still_reproduces_every_monthly_average() {
        DayOfWeekShape weekendDiscount = new DayOfWeekShape(List.of(0.15, 0.15, 0.15, 0.15, 0.10, -0.30, -0.40));
        ForwardCurve curve = ForwardCurve.of(h100Quotes(), weekendDiscount);
        h100Quotes().forEach((month, quote) ->
                assertThat(curve.monthlyAverage(month)).as("average of %s", month).isCloseTo(quote, within(TOLERANCE_AVERAGE)));
        LocalDate saturday = LocalDate.of(2027, 3, 6);
        LocalDate friday = saturday.minusDays(1);
        assertThat(curve.priceOn(saturday)).isLessThan(curve.priceOn(friday));
    }

    @Test
    void curve_is_continuously_differentiable_across_month_starts() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        assertThat(curve.maxSlopeJumpAtMonthStarts()).isLessThan(TOLERANCE_SLOPE_JUMP);
        double knot = 31.0;
        double eps = 1e-7;
        assertThat(curve.smoothValue(knot - eps)).isCloseTo(curve.smoothValue(knot + eps), within(1e-6));
    }

    @Test
    void curve_is_flat_at_the_far_end() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        double end = ChronoUnit.DAYS.between(curve.firstDate(), curve.lastDate()) + 1.0;
        assertThat(curve.smoothSlope(end)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void flat_quotes_give_a_flat_curve() {
        NavigableMap<YearMonth, Double> flat = new TreeMap<>();
        for (int i = 0; i < 6; i++) {
            flat.put(JAN_2027.plusMonths(i), 7.5);
        }
        ForwardCurve curve = ForwardCurve.of(flat);
        for (LocalDate d = curve.firstDate(); !d.isAfter(curve.lastDate()); d = d.plusDays(1)) {
            assertThat(curve.priceOn(d)).isCloseTo(7.5, within(TOLERANCE_AVERAGE));
        }
    }

    @Test
    void daily_prices_move_smoothly_without_steps_at_month_boundaries() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        double largestQuoteStep = 1.5;
        for (LocalDate d = curve.firstDate(); d.isBefore(curve.lastDate()); d = d.plusDays(1)) {
            assertThat(Math.abs(curve.priceOn(d.plusDays(1)) - curve.priceOn(d))).as("step on %s", d)
                    .isLessThan(largestQuoteStep / 10);
        }
    }

    @Test
    void a_month_without_a_quote_is_bridged_and_the_others_stay_exact() {
        NavigableMap<YearMonth, Double> quotes = h100Quotes();
        quotes.remove(JAN_2027.plusMonths(5));
        ForwardCurve curve = ForwardCurve.of(quotes);
        quotes.forEach((month, quote) -> assertThat(curve.monthlyAverage(month)).isCloseTo(quote, within(TOLERANCE_AVERAGE)));
        double bridged = curve.monthlyAverage(JAN_2027.plusMonths(5));
        assertThat(bridged).isBetween(9.1, 11.2);
    }

    @Test
    void bucket_bump_moves_only_that_months_average() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        YearMonth bumpedMonth = JAN_2027.plusMonths(7);
        ForwardCurve bumped = curve.withBumpedMonth(bumpedMonth, 0.25);
        h100Quotes().forEach((month, quote) -> {
            double expected = month.equals(bumpedMonth) ? quote + 0.25 : quote;
            assertThat(bumped.monthlyAverage(month)).as("average of %s", month).isCloseTo(expected, within(TOLERANCE_AVERAGE));
        });
        assertThat(bumped).isNotEqualTo(curve);
    }

    @Test
    void parallel_shift_moves_every_daily_price_by_the_shift() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        ForwardCurve shifted = curve.withParallelShift(0.5);
        for (LocalDate d = curve.firstDate(); !d.isAfter(curve.lastDate()); d = d.plusDays(13)) {
            assertThat(shifted.priceOn(d) - curve.priceOn(d)).isCloseTo(0.5, within(1e-8));
        }
    }

    @Test
    void derived_curves_reusing_the_factorised_system_match_curves_built_from_scratch() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        NavigableMap<YearMonth, Double> stressed = new TreeMap<>();
        h100Quotes().forEach((month, quote) -> stressed.put(month, quote * (1.0 + 0.01 * month.getMonthValue())));
        ForwardCurve derived = curve.withQuotes(stressed);
        ForwardCurve fresh = ForwardCurve.of(stressed);
        for (LocalDate d = curve.firstDate(); !d.isAfter(curve.lastDate()); d = d.plusDays(1)) {
            assertThat(derived.priceOn(d)).isCloseTo(fresh.priceOn(d), within(1e-12));
        }
        ForwardCurve shifted = curve.withParallelShift(-0.75);
        h100Quotes().forEach((month, quote) ->
                assertThat(shifted.monthlyAverage(month)).isCloseTo(quote - 0.75, within(TOLERANCE_AVERAGE)));
        assertThat(shifted).isEqualTo(ForwardCurve.of(shifted.quotes()));
    }

    @Test
    void lookup_outside_the_curve_names_the_date() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        assertThatThrownBy(() -> curve.priceOn(LocalDate.of(2026, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date: 2026-12-31 is outside the curve");
    }

    @Test
    void non_positive_quote_is_rejected_with_its_month() {
        NavigableMap<YearMonth, Double> quotes = h100Quotes();
        quotes.put(JAN_2027.plusMonths(2), -1.0);
        assertThatThrownBy(() -> ForwardCurve.of(quotes)).hasMessageContaining("monthlyQuotes: price for 2027-03");
    }

    @Test
    void bumping_an_unquoted_month_is_rejected() {
        ForwardCurve curve = ForwardCurve.of(h100Quotes());
        assertThatThrownBy(() -> curve.withBumpedMonth(YearMonth.of(2030, 1), 0.1)).hasMessageContaining("month: 2030-01");
    }
}
