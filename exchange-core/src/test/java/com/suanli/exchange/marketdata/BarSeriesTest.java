package com.suanli.exchange.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class BarSeriesTest {

    private static final long MINUTE = 60_000L;
    private static final long DAY = 86_400_000L;
    /** 2027-01-04 09:30:00 in Shanghai. */
    private static final long OPEN = Instant.parse("2027-01-04T01:30:00Z").toEpochMilli();
    /** 2027-01-05 00:00:00 in Shanghai. */
    private static final long SHANGHAI_MIDNIGHT = Instant.parse("2027-01-04T16:00:00Z").toEpochMilli();
    private static final double VWAP_TOLERANCE = 1e-9;

    private final BarSeries minutes = new BarSeries(BarPeriod.MINUTE, 10);
    private final BarSeries days = new BarSeries(BarPeriod.CHINA_DAY, 10);

    private void trade(long timeMillis, long price, long quantity) {
        minutes.onTrade(timeMillis, price, quantity);
        days.onTrade(timeMillis, price, quantity);
    }

    @Test
    void trades_in_one_minute_make_one_bar() {
        trade(OPEN + 1_000, 2000, 10);
        trade(OPEN + 20_000, 2010, 5);
        trade(OPEN + 40_000, 1995, 5);
        trade(OPEN + 59_999, 2004, 20);

        assertThat(minutes.size()).isEqualTo(1);
        Bar bar = minutes.get(0);
        assertThat(bar).isEqualTo(new Bar(OPEN, OPEN + MINUTE, 2000, 2010, 1995, 2004, 40, 4,
                2000 * 10 + 2010 * 5 + 1995 * 5 + 2004 * 20));
        assertThat(bar.vwap()).isCloseTo(80_105.0 / 40, within(VWAP_TOLERANCE));
    }

    @Test
    void a_trade_on_the_minute_opens_the_next_bar_and_quiet_minutes_leave_none() {
        trade(OPEN + 59_999, 2000, 1);
        trade(OPEN + MINUTE, 2001, 2);
        trade(OPEN + 5 * MINUTE + 1, 2002, 3);

        assertThat(minutes.bars()).extracting(Bar::startMillis)
                .containsExactly(OPEN, OPEN + MINUTE, OPEN + 5 * MINUTE);
        assertThat(minutes.bars()).extracting(Bar::close).containsExactly(2000L, 2001L, 2002L);
        assertThat(days.size()).isEqualTo(1);
        assertThat(days.get(0).volume()).isEqualTo(6);
        assertThat(days.get(0).tradeCount()).isEqualTo(3);
    }

    @Test
    void the_day_turns_at_midnight_in_shanghai_not_in_utc() {
        trade(SHANGHAI_MIDNIGHT - 1, 2000, 4);
        trade(SHANGHAI_MIDNIGHT, 2100, 6);
        trade(SHANGHAI_MIDNIGHT + 8 * 3_600_000L, 2050, 2);

        assertThat(days.bars()).extracting(Bar::startMillis).containsExactly(SHANGHAI_MIDNIGHT - DAY, SHANGHAI_MIDNIGHT);
        Bar secondDay = days.get(0);
        assertThat(secondDay).isEqualTo(new Bar(SHANGHAI_MIDNIGHT, SHANGHAI_MIDNIGHT + DAY, 2100, 2100, 2050, 2050, 8, 2,
                2100 * 6 + 2050 * 2));
        assertThat(minutes.bars()).extracting(Bar::startMillis)
                .containsExactly(SHANGHAI_MIDNIGHT - MINUTE, SHANGHAI_MIDNIGHT, SHANGHAI_MIDNIGHT + 8 * 3_600_000L);
    }

    @Test
    void bar_periods_align_to_their_zone() {
        assertThat(BarPeriod.CHINA_DAY.start(OPEN)).isEqualTo(SHANGHAI_MIDNIGHT - DAY);
        assertThat(BarPeriod.day(ZoneOffset.UTC).start(OPEN)).isEqualTo(Instant.parse("2027-01-04T00:00:00Z").toEpochMilli());
        assertThat(BarPeriod.minutes(5).start(OPEN + 7 * MINUTE)).isEqualTo(OPEN + 5 * MINUTE);
        assertThat(BarPeriod.MINUTE.start(-1)).as("before the epoch").isEqualTo(-MINUTE);
    }

    @Test
    void a_full_series_keeps_the_newest_bars() {
        BarSeries three = new BarSeries(BarPeriod.MINUTE, 3);
        for (int i = 0; i < 5; i++) {
            three.onTrade(OPEN + i * MINUTE, 2000 + i, 1);
        }

        assertThat(three.barsOpened()).isEqualTo(5);
        assertThat(three.bars()).extracting(Bar::open).containsExactly(2002L, 2003L, 2004L);
    }

    @Test
    void a_series_larger_than_its_first_arrays_keeps_every_bar_until_full_then_the_newest() {
        BarSeries hundred = new BarSeries(BarPeriod.MINUTE, 100);
        for (int i = 0; i < 100; i++) {
            hundred.onTrade(OPEN + i * MINUTE, 2000 + i, 1);
        }
        assertThat(hundred.bars()).extracting(Bar::open).startsWith(2000L, 2001L).endsWith(2099L).hasSize(100);

        for (int i = 100; i < 250; i++) {
            hundred.onTrade(OPEN + i * MINUTE, 2000 + i, 1);
        }
        assertThat(hundred.capacity()).isEqualTo(100);
        assertThat(hundred.bars()).extracting(Bar::open).startsWith(2150L).endsWith(2249L).hasSize(100);
    }

    @Test
    void a_trade_back_in_time_is_refused_and_changes_nothing() {
        trade(OPEN + MINUTE, 2000, 1);

        assertThatThrownBy(() -> minutes.onTrade(OPEN, 2000, 1))
                .hasMessage("timeMillis: " + OPEN + " is before the last trade's " + (OPEN + MINUTE));
        assertThatThrownBy(() -> minutes.onTrade(OPEN + MINUTE, 2000, Long.MAX_VALUE))
                .hasMessageStartingWith("quantity: " + Long.MAX_VALUE + " at 2000 ticks overflows the bar's notional");
        assertThat(minutes.bars()).containsExactly(new Bar(OPEN + MINUTE, OPEN + 2 * MINUTE, 2000, 2000, 2000, 2000, 1, 1,
                2000));
    }

    @Test
    void a_bar_whose_sums_outgrow_a_long_saturates_instead_of_refusing_the_trade() {
        long lots = Long.MAX_VALUE / 4_000_000;
        trade(OPEN, 4_000_000, lots);
        trade(OPEN + 1_000, 4_000_000, lots);
        trade(OPEN + 2_000, 3_000_000, lots);

        Bar bar = minutes.get(0);
        assertThat(bar.isSaturated()).isTrue();
        assertThat(bar.notional()).isEqualTo(Bar.SATURATED);
        assertThat(bar.volume()).isEqualTo(3 * lots);
        assertThat(bar.tradeCount()).isEqualTo(3);
        assertThat(bar.low()).isEqualTo(3_000_000);
        assertThat(days.get(0).notional()).isEqualTo(Bar.SATURATED);
        assertThat(new Bar(0, MINUTE, 2000, 2000, 2000, 2000, 1, 1, 2000).isSaturated()).isFalse();
    }

    @Test
    void bars_refuse_inconsistent_figures() {
        assertThatThrownBy(() -> new Bar(0, MINUTE, 2000, 1990, 1980, 2000, 1, 1, 2000))
                .hasMessageStartingWith("prices: need 0 < low <= open, close <= high");
        assertThatThrownBy(() -> new Bar(0, MINUTE, 2000, 2000, 2000, 2000, 2, 3, 4000))
                .hasMessageStartingWith("volume/tradeCount: need 0 < tradeCount <= volume");
        assertThatThrownBy(() -> new Bar(0, MINUTE, 2000, 2000, 2000, 2000, 2, 1, 4001))
                .hasMessageStartingWith("notional: 4001 must lie between low x volume and high x volume");
    }
}
