package com.suanli.desk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Bar folding: every interval's candles against a direct fold of the trades, however they arrive. */
class CandleSeriesTest {

    private static final int INSTRUMENT = 7;
    private static final long MARKET_OPEN = Instant.parse("2027-03-01T01:30:00Z").toEpochMilli();

    /** A seeded day and a half of trading: prices wander a few ticks, gaps of up to ten minutes. */
    private static List<ArchivedTrade> trades(long seed, int count) {
        Random random = new Random(seed);
        List<ArchivedTrade> trades = new ArrayList<>();
        long time = MARKET_OPEN;
        long price = 2_000;
        for (int i = 1; i <= count; i++) {
            time += random.nextInt(600_000);
            price = Math.max(1, price + random.nextInt(7) - 3);
            trades.add(new ArchivedTrade(i * 3L, time, price, 1 + random.nextInt(20),
                    random.nextBoolean() ? Aggressor.BUYER : Aggressor.SELLER));
        }
        return trades;
    }

    /** The oracle: group the trades by their bar's start, then open, high, low, close and volume of each group. */
    static List<Candle> directFold(List<ArchivedTrade> trades, BarInterval interval) {
        Map<Long, List<ArchivedTrade>> byBar = new TreeMap<>();
        for (ArchivedTrade trade : trades) {
            byBar.computeIfAbsent(interval.startOf(trade.timestamp()), start -> new ArrayList<>()).add(trade);
        }
        List<Candle> bars = new ArrayList<>();
        byBar.forEach((start, inBar) -> bars.add(new Candle(start, inBar.get(0).price(),
                inBar.stream().mapToLong(ArchivedTrade::price).max().orElseThrow(),
                inBar.stream().mapToLong(ArchivedTrade::price).min().orElseThrow(),
                inBar.get(inBar.size() - 1).price(), inBar.stream().mapToLong(ArchivedTrade::quantity).sum())));
        return bars;
    }

    private static TapePrint print(long sequence, ArchivedTrade trade) {
        return new TapePrint(sequence, trade.timestamp(), INSTRUMENT, trade.tradeId(), trade.price(),
                trade.quantity(), trade.aggressor());
    }

    @Test
    void every_interval_folds_the_trades_as_grouping_them_by_bar_does() {
        for (long seed = 1; seed <= 5; seed++) {
            List<ArchivedTrade> trades = trades(seed, 400);
            CandleSeries series = new CandleSeries();
            trades.forEach(trade -> series.trade(trade.tradeId(), trade.timestamp(), trade.price(), trade.quantity()));

            for (BarInterval interval : BarInterval.values()) {
                assertThat(series.candles(interval)).as("seed %d, %s", seed, interval)
                        .isEqualTo(directFold(trades, interval));
            }
        }
    }

    @Test
    void batches_of_any_size_end_in_the_same_candles() {
        List<ArchivedTrade> trades = trades(11, 2_000);
        Random batching = new Random(12);
        TradeBars bars = new TradeBars();
        int next = 0;
        while (next < trades.size()) {
            int size = 1 + batching.nextInt(300);
            List<ExchangeEvent> batch = new ArrayList<>();
            for (int i = next; i < Math.min(trades.size(), next + size); i++) {
                batch.add(print(i + 1, trades.get(i)));
            }
            bars.apply(batch);
            next += size;
        }

        for (BarInterval interval : BarInterval.values()) {
            assertThat(bars.series(INSTRUMENT).candles(interval)).isEqualTo(directFold(trades, interval));
        }
        assertThat(bars.series(INSTRUMENT + 1).candles(BarInterval.ONE_MINUTE)).isEmpty();
    }

    @Test
    void recorded_history_goes_under_the_live_trades_and_a_trade_in_both_counts_once() {
        for (long seed = 21; seed <= 25; seed++) {
            List<ArchivedTrade> trades = trades(seed, 500);
            Random random = new Random(seed);
            int firstLive = 1 + random.nextInt(trades.size() - 2);
            // The recorder may already hold some trades heard live: the history overlaps the live start.
            int recordedUpTo = Math.min(trades.size(), firstLive + random.nextInt(20));
            CandleSeries series = new CandleSeries();
            for (ArchivedTrade live : trades.subList(firstLive, trades.size())) {
                series.trade(live.tradeId(), live.timestamp(), live.price(), live.quantity());
            }

            series.history(trades.subList(0, recordedUpTo));

            for (BarInterval interval : BarInterval.values()) {
                assertThat(series.candles(interval)).as("seed %d, %s", seed, interval)
                        .isEqualTo(directFold(trades, interval));
            }
        }
    }

    @Test
    void history_read_before_any_live_trade_is_carried_on_by_them() {
        List<ArchivedTrade> trades = trades(31, 300);
        CandleSeries series = new CandleSeries();

        series.history(trades.subList(0, 200));
        // The first live trades repeat the last recorded ones: they count once.
        for (ArchivedTrade live : trades.subList(190, 300)) {
            series.trade(live.tradeId(), live.timestamp(), live.price(), live.quantity());
        }

        assertThat(series.candles(BarInterval.FIFTEEN_MINUTES)).isEqualTo(directFold(trades, BarInterval.FIFTEEN_MINUTES));
        assertThat(series.historyRead()).isTrue();
    }

    @Test
    void only_the_newest_two_weeks_of_minutes_are_kept() {
        CandleSeries series = new CandleSeries();
        int minutes = CandleSeries.KEPT_MINUTES + 100;
        for (int i = 0; i < minutes; i++) {
            series.trade(i + 1, MARKET_OPEN + i * 60_000L, 2_000 + i % 5, 1);
        }

        List<Candle> kept = series.candles(BarInterval.ONE_MINUTE);
        assertThat(kept).hasSize(CandleSeries.KEPT_MINUTES);
        assertThat(kept.get(0).start()).isEqualTo(MARKET_OPEN + 100 * 60_000L);
        assertThat(kept.get(kept.size() - 1).start()).isEqualTo(MARKET_OPEN + (minutes - 1) * 60_000L);
    }

    @Test
    void a_day_bar_starts_at_midnight_in_china() {
        long beforeMidnight = Instant.parse("2027-03-01T15:59:59.999Z").toEpochMilli();
        long afterMidnight = Instant.parse("2027-03-01T16:00:00Z").toEpochMilli();

        assertThat(BarInterval.ONE_DAY.startOf(beforeMidnight)).isEqualTo(Instant.parse("2027-02-28T16:00:00Z").toEpochMilli());
        assertThat(BarInterval.ONE_DAY.startOf(afterMidnight)).isEqualTo(afterMidnight);
        assertThat(BarInterval.FIVE_MINUTES.startOf(Instant.parse("2027-03-01T01:34:59Z").toEpochMilli()))
                .isEqualTo(MARKET_OPEN);
    }

    @Test
    void a_candle_refuses_a_range_that_does_not_hold_its_open_and_close() {
        assertThatThrownBy(() -> new Candle(0, 10, 12, 11, 12, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("range: low 11");
        assertThatThrownBy(() -> new Candle(0, 10, 12, 9, 11, 0)).hasMessageContaining("volume");
    }
}
