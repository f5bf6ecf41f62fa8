package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.Side;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tape or bar series refilled from what a snapshot keeps reads and goes on as the original, wrapped or not. */
class SnapshotRestoreOfMarketDataTest {
    private static final int CASES = 400;
    private static final long START = 1_767_571_200_000L;

    @Test
    void a_restored_tape_holds_the_same_trades_and_goes_on_the_same() {
        SplittableRandom random = new SplittableRandom(31);
        for (int c = 0; c < CASES; c++) {
            int capacity = 1 + random.nextInt(40);
            TradeTape original = new TradeTape(capacity);
            long seq = 0;
            long time = START;
            for (int n = random.nextInt(120); n > 0; n--) {
                original.record(seq += 1 + random.nextInt(3), time += random.nextInt(5_000), 1 + random.nextInt(99),
                        1 + random.nextInt(9), random.nextBoolean() ? Side.BID : Side.ASK);
            }
            List<TapeTrade> oldestFirst = new ArrayList<>(original.recent(capacity));
            Collections.reverse(oldestFirst);
            TradeTape restored = new TradeTape(capacity);
            restored.restore(oldestFirst, original.recordedCount());
            for (int more = random.nextInt(60); more >= 0; more--) {
                assertThat(restored.recordedCount()).isEqualTo(original.recordedCount());
                assertThat(restored.recent(capacity)).isEqualTo(original.recent(capacity));
                long s = seq += 1;
                long t = time += random.nextInt(5_000);
                original.record(s, t, 50, 1, Side.BID);
                restored.record(s, t, 50, 1, Side.BID);
            }
        }
    }

    @Test
    void a_restored_bar_series_holds_the_same_bars_and_goes_on_the_same() {
        SplittableRandom random = new SplittableRandom(37);
        for (int c = 0; c < CASES; c++) {
            int capacity = 1 + random.nextInt(40);
            BarSeries original = new BarSeries(BarPeriod.MINUTE, capacity);
            long time = START;
            for (int n = random.nextInt(200); n > 0; n--) {
                original.onTrade(time += random.nextInt(40_000), 1 + random.nextInt(99), 1 + random.nextInt(9));
            }
            BarSeries restored = new BarSeries(BarPeriod.MINUTE, capacity);
            restored.restore(original.bars(), original.barsOpened(), original.lastTradeMillis());
            for (int more = random.nextInt(60); more >= 0; more--) {
                assertThat(restored.barsOpened()).isEqualTo(original.barsOpened());
                assertThat(restored.bars()).isEqualTo(original.bars());
                assertThat(restored.lastTradeMillis()).isEqualTo(original.lastTradeMillis());
                long t = time += random.nextInt(40_000);
                original.onTrade(t, 50, 2);
                restored.onTrade(t, 50, 2);
            }
        }
    }

    @Test
    void a_restore_that_cannot_be_the_newest_trades_or_lands_on_a_used_tape_is_refused() {
        TradeTape tape = new TradeTape(4);
        List<TapeTrade> two = List.of(new TapeTrade(1, START, 10, 1, Side.BID), new TapeTrade(2, START, 11, 1, Side.ASK));
        assertThatThrownBy(() -> tape.restore(two, 9))
                .hasMessage("recordedCount: 2 trades cannot be the newest of 9 on a tape of 4");
        tape.restore(two, 2);
        assertThatThrownBy(() -> tape.restore(two, 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new BarSeries(BarPeriod.MINUTE, 2).restore(List.of(), 5, START))
                .hasMessage("barsOpened: 0 bars cannot be the newest of 5 in a series of 2");
    }
}
