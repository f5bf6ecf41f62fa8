package com.suanli.exchange.settlement;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ClosingWindowTest {

    private record Trade(long time, long price, long lots) {
    }

    @Test
    void lots_and_notional_are_those_of_the_trades_inside_the_window_whatever_the_ring_holds() {
        SplittableRandom random = new SplittableRandom(20261204);
        for (int run = 0; run < 200; run++) {
            long length = 1 + random.nextInt(50);
            ClosingWindow window = new ClosingWindow(length);
            List<Trade> trades = new ArrayList<>();
            long time = random.nextInt(1_000);
            for (int step = 0; step < 300; step++) {
                if (random.nextInt(4) > 0) {
                    time += random.nextInt(random.nextBoolean() ? 3 : 40);
                    Trade trade = new Trade(time, 1 + random.nextInt(1 << 22), 1 + random.nextInt(1 << 24));
                    window.add(trade.time(), trade.price(), trade.lots());
                    trades.add(trade);
                } else {
                    // At the newest time or later, as a settlement asks, and now and then before the newest trade.
                    long close = random.nextInt(5) == 0 ? time - random.nextInt(60) : time + random.nextInt(80);
                    assertThat(window.lots(close)).as("run %d step %d lots at %d", run, step, close)
                            .isEqualTo(expectedLots(trades, close, length));
                    assertThat(window.notional(close)).as("run %d step %d notional at %d", run, step, close)
                            .isEqualTo(expectedNotional(trades, close, length));
                }
            }
        }
    }

    @Test
    void a_window_read_back_from_its_snapshot_gives_the_same_figures() throws Exception {
        ClosingWindow window = new ClosingWindow(10);
        for (long t = 0; t < 40; t += 3) {
            window.add(t, 100 + t, 1 + t % 4);
        }
        var bytes = new java.io.ByteArrayOutputStream();
        window.writeSnapshot(new java.io.DataOutputStream(bytes));
        ClosingWindow copy = new ClosingWindow(10);
        copy.readSnapshot(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())), "window");
        for (long close = 39; close < 55; close++) {
            assertThat(copy.lots(close)).isEqualTo(window.lots(close));
            assertThat(copy.notional(close)).isEqualTo(window.notional(close));
        }
        assertThat(copy.stateHash(7)).isEqualTo(window.stateHash(7));
    }

    private static long expectedLots(List<Trade> trades, long close, long length) {
        return inWindow(trades, close, length).mapToLong(Trade::lots).sum();
    }

    private static long expectedNotional(List<Trade> trades, long close, long length) {
        return inWindow(trades, close, length).mapToLong(t -> t.price() * t.lots()).sum();
    }

    /** The trades of the window that the ring still holds: none older than one window behind the newest. */
    private static java.util.stream.Stream<Trade> inWindow(List<Trade> trades, long close, long length) {
        long newest = trades.isEmpty() ? Long.MIN_VALUE : trades.get(trades.size() - 1).time();
        return trades.stream().filter(t -> t.time() >= newest - length)
                .filter(t -> t.time() >= close - length && t.time() <= close);
    }
}
