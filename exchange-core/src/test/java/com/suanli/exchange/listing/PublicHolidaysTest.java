package com.suanli.exchange.listing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicHolidaysTest {
    private static final String NOTICE = "notice,2026,2025-11-04,国务院办公厅关于2026年部分节假日安排的通知";

    private final Logger log = Logger.getLogger(PublicHolidays.class.getName());
    private final List<String> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel() == Level.WARNING) {
                warnings.add(new SimpleFormatter().formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    private static PublicHolidays parse(String... lines) {
        return PublicHolidays.parse("test.csv", List.of(lines));
    }

    @Test
    void the_data_file_names_the_state_council_notice_of_each_year_it_covers() {
        PublicHolidays china = PublicHolidays.china();

        assertThat(china.coveredYears()).contains(2026);
        assertThat(china.notice(2026)).hasValue("国务院办公厅关于2026年部分节假日安排的通知");
    }

    @Test
    void a_year_without_a_notice_is_weekdays_only_and_warned_about_once() {
        PublicHolidays holidays = parse(NOTICE, "closed,2026-10-01,National Day");

        assertThat(holidays.covers(2027)).isFalse();
        assertThat(holidays.holiday(LocalDate.of(2027, 2, 8))).isEmpty();
        assertThat(holidays.holiday(LocalDate.of(2027, 10, 1))).isEmpty();
        assertThat(holidays.makeUpWorkday(LocalDate.of(2027, 2, 20))).isEmpty();
        assertThat(holidays.holiday(LocalDate.of(2026, 10, 1))).hasValue("National Day");

        assertThat(warnings).containsExactly("test.csv: no State Council holiday notice for 2027: "
                + "its business days are taken as Monday to Friday, with no public holidays");
    }

    @Test
    void a_covered_year_is_not_warned_about() {
        PublicHolidays holidays = parse(NOTICE, "closed,2026-10-01,National Day");

        assertThat(holidays.holiday(LocalDate.of(2026, 3, 2))).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_make_up_working_day_must_fall_on_a_weekend() {
        assertThatThrownBy(() -> parse(NOTICE, "makeup,2026-10-09,National Day"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test.csv line 2: date: make-up working day 2026-10-09 is a FRIDAY, not a Saturday or Sunday");
    }

    @Test
    void a_day_listed_twice_is_refused() {
        assertThatThrownBy(() -> parse(NOTICE, "closed,2026-10-03,National Day", "makeup,2026-10-03,National Day"))
                .hasMessage("test.csv line 3: date: 2026-10-03 is listed twice");
    }

    @Test
    void a_day_in_a_year_with_no_notice_is_refused() {
        assertThatThrownBy(() -> parse(NOTICE, "closed,2027-01-01,New Year's Day"))
                .hasMessage("test.csv: 2027-01-01 is listed but no notice line covers 2027");
    }

    @Test
    void malformed_lines_are_refused_naming_the_line_and_the_field() {
        assertThatThrownBy(() -> parse(NOTICE, "holiday,2026-10-01,National Day"))
                .hasMessage("test.csv line 2: kind must be one of [notice, closed, makeup], was 'holiday'");
        assertThatThrownBy(() -> parse(NOTICE, "closed,2026-13-01,National Day"))
                .hasMessage("test.csv line 2: date must be a date yyyy-mm-dd, was '2026-13-01'");
        assertThatThrownBy(() -> parse(NOTICE, "closed,2026-10-01"))
                .hasMessage("test.csv line 2: a day line is closed,<date>,<festival>");
        assertThatThrownBy(() -> parse("notice,twenty,2025-11-04,title"))
                .hasMessage("test.csv line 1: year must be a number, was 'twenty'");
        assertThatThrownBy(() -> parse(NOTICE, NOTICE))
                .hasMessage("test.csv line 2: year 2026 has a notice already");
    }

    @Test
    void comments_and_blank_lines_are_skipped() {
        PublicHolidays holidays = parse("# the 2026 notice", "", NOTICE, "  # Spring Festival", "makeup,2026-02-14,Spring");

        assertThat(holidays.makeUpWorkday(LocalDate.of(2026, 2, 14))).hasValue("Spring");
        assertThat(holidays.holiday(LocalDate.of(2026, 2, 14))).isEmpty();
    }
}
