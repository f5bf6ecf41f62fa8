package com.suanli.desk.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PracticeDayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Clock at(String localTime) {
        return Clock.fixed(LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    @Test
    void a_saturday_practises_on_mondays_session_at_the_time_of_day_on_the_wall() {
        Clock saturday = at("2027-02-27T03:05:00");

        PracticeDay day = PracticeDay.whenClosed(saturday).orElseThrow();

        assertThat(day).isEqualTo(new PracticeDay(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 3, 1)));
        assertThat(LocalDateTime.now(day.clock(saturday))).isEqualTo(LocalDateTime.parse("2027-03-01T03:05:00"));
        assertThat(day.clock(saturday).getZone()).isEqualTo(SHANGHAI);
    }

    @Test
    void a_public_holiday_practises_on_the_first_business_day_after_it() {
        // National Day 2026: closed 1-7 October (the holiday, then the weekend's 3rd and 4th within it).
        PracticeDay day = PracticeDay.whenClosed(at("2026-10-02T10:00:00")).orElseThrow();

        assertThat(day.reopens()).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void a_business_day_has_no_practice() {
        assertThat(PracticeDay.whenClosed(at("2027-03-01T09:30:00"))).isEmpty();
        assertThat(PracticeDay.whenClosed(at("2027-02-26T23:59:59"))).isEmpty();
    }

    @Test
    void the_exchange_has_reopened_once_the_wall_clock_reaches_the_day() {
        PracticeDay day = new PracticeDay(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 3, 1));

        assertThat(day.reopened(at("2027-02-28T23:59:59"))).isFalse();
        assertThat(day.reopened(at("2027-03-01T00:00:00"))).isTrue();
    }

    @Test
    void a_day_that_reopens_before_it_closed_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new PracticeDay(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reopens:");
    }
}
