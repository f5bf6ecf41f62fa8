package com.suanli.exchange.listing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exchange's business days against the State Council's notice on the 2026 holidays
 * (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04), read day by day from the notice.
 */
class BusinessDaysTest {

    private static List<LocalDate> businessDays(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(BusinessDays::isBusinessDay).collect(Collectors.toList());
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    @Test
    void the_spring_festival_closes_15_to_23_february_and_both_make_up_saturdays_stay_closed() {
        // 14 Feb (Sat) and 28 Feb (Sat) are worked by offices in exchange for the days off; the exchange does not trade.
        assertThat(businessDays(day(2, 12), day(3, 2))).containsExactly(
                day(2, 12), day(2, 13), day(2, 24), day(2, 25), day(2, 26), day(2, 27), day(3, 2));
    }

    @Test
    void national_day_and_mid_autumn_close_the_exchange_and_the_make_up_sunday_and_saturday_stay_closed() {
        assertThat(businessDays(day(9, 18), day(10, 12))).containsExactly(
                day(9, 18), day(9, 21), day(9, 22), day(9, 23), day(9, 24),
                day(9, 28), day(9, 29), day(9, 30), day(10, 8), day(10, 9), day(10, 12));
    }

    @Test
    void each_2026_holiday_has_as_many_days_off_as_the_notice_counts_and_six_make_up_days() {
        PublicHolidays china = PublicHolidays.china();
        List<LocalDate> year = day(1, 1).datesUntil(LocalDate.of(2027, 1, 1)).collect(Collectors.toList());

        Map<String, Long> daysOff = year.stream().flatMap(d -> china.holiday(d).stream())
                .collect(Collectors.groupingBy(f -> f, TreeMap::new, Collectors.counting()));
        List<LocalDate> makeUp = year.stream().filter(d -> china.makeUpWorkday(d).isPresent()).collect(Collectors.toList());

        // The notice: 元旦 共3天, 春节 共9天, 清明节 共3天, 劳动节 共5天, 端午节 共3天, 中秋节 共3天, 国庆节 共7天.
        assertThat(daysOff).containsExactlyInAnyOrderEntriesOf(Map.of(
                "New Year's Day 元旦", 3L, "Spring Festival 春节", 9L, "Qingming 清明节", 3L, "Labour Day 劳动节", 5L,
                "Dragon Boat Festival 端午节", 3L, "Mid-Autumn Festival 中秋节", 3L, "National Day 国庆节", 7L));
        assertThat(makeUp).containsExactly(day(1, 4), day(2, 14), day(2, 28), day(5, 9), day(9, 20), day(10, 10));
    }

    @Test
    void the_year_2026_has_242_business_days_261_weekdays_less_19_that_are_holidays() {
        assertThat(businessDays(day(1, 1), day(12, 31))).hasSize(242);
    }

    @Test
    void the_previous_business_day_skips_a_holiday_and_the_weekends_around_it() {
        assertThat(BusinessDays.previous(day(10, 8))).isEqualTo(day(9, 30));
        assertThat(BusinessDays.previous(day(2, 24))).isEqualTo(day(2, 13));
        assertThat(BusinessDays.onOrBefore(day(5, 5))).isEqualTo(day(4, 30));
        assertThat(BusinessDays.onOrBefore(day(5, 6))).isEqualTo(day(5, 6));
    }

    @Test
    void a_future_for_a_month_starting_in_a_holiday_stops_trading_before_the_holiday() {
        // 1 January 2026 is a holiday and 2025 has no notice in the data: 31 December 2025 (Wednesday).
        assertThat(ListingStrip.futureLastTradingDay(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ListingStrip.futureLastTradingDay(YearMonth.of(2026, 10))).isEqualTo(day(9, 30));
        assertThat(ListingStrip.futureLastTradingDay(YearMonth.of(2026, 5))).isEqualTo(day(4, 30));
    }

    @Test
    void a_contract_does_not_trade_on_a_holiday_inside_its_trading_period() {
        ContractSpec wholeYear = new ContractSpec(1, "H100-YRD-SPOT", ListingFixtures.H100, Hub.YRD, false,
                ContractKind.SPOT, null, Settlement.PHYSICAL, 1000, new BigDecimal("0.01"), 1, 500, 1000, 2000,
                day(1, 5), day(12, 31), day(12, 31));

        assertThat(wholeYear.isTradable(day(10, 1))).as("National Day").isFalse();
        assertThat(wholeYear.isTradable(day(10, 10))).as("a make-up Saturday").isFalse();
        assertThat(wholeYear.isTradable(day(10, 9))).as("the Friday after").isTrue();
    }

    @Test
    void closure_says_why_the_exchange_is_closed() {
        assertThat(BusinessDays.closure(day(10, 1))).hasValue("a public holiday (National Day 国庆节)");
        assertThat(BusinessDays.closure(day(1, 4)))
                .hasValue("a Sunday (a make-up working day for New Year's Day 元旦; the exchange does not trade on weekends)");
        assertThat(BusinessDays.closure(day(3, 7))).hasValue("a Saturday");
        assertThat(BusinessDays.closure(day(3, 9))).isEmpty();
    }

    @Test
    void a_listing_day_on_a_holiday_is_refused_naming_the_holiday() {
        ListingStrip plan = ListingFixtures.strip();

        assertThatThrownBy(() -> new ListingStrip(day(10, 1), YearMonth.of(2026, 11),
                        plan.months(), plan.greenPremiumBps(), plan.hubs(), plan.listings()))
                .hasMessage("listingDay: 2026-10-01 is a public holiday (National Day 国庆节), not a business day");
    }

    @Test
    void the_trading_moment_from_a_closed_day_is_the_first_millisecond_of_the_next_business_day() {
        long fridayMorning = at("2026-12-04T10:15:00+08:00");
        assertThat(BusinessDays.tradingMomentFrom(fridayMorning)).as("a business day keeps its time").isEqualTo(fridayMorning);
        assertThat(BusinessDays.tradingMomentFrom(at("2026-12-04T16:30:00Z")))
                .as("Friday in UTC, Saturday 00:30 in Shanghai").isEqualTo(at("2026-12-07T00:00:00+08:00"));
        assertThat(BusinessDays.tradingMomentFrom(at("2026-09-30T23:59:59.999+08:00")))
                .isEqualTo(at("2026-09-30T23:59:59.999+08:00"));
        assertThat(BusinessDays.tradingMomentFrom(at("2026-10-01T09:00:00+08:00")))
                .as("National Day, 1-7 October").isEqualTo(at("2026-10-08T00:00:00+08:00"));
    }

    private static long at(String instant) {
        return java.time.OffsetDateTime.parse(instant).toInstant().toEpochMilli();
    }
}
