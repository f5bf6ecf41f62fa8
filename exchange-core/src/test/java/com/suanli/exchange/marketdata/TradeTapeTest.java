package com.suanli.exchange.marketdata;

import static com.suanli.exchange.book.Side.ASK;
import static com.suanli.exchange.book.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.exchange.book.OrderBook;

import org.junit.jupiter.api.Test;

class TradeTapeTest {

    private static final long T0 = 1_799_000_000_000L;

    private final TradeTape tape = new TradeTape(3);

    @Test
    void the_newest_trade_comes_first() {
        tape.record(1, T0, 2000, 5, BID);
        tape.record(2, T0 + 10, 2001, 3, ASK);

        assertThat(tape.get(0)).isEqualTo(new TapeTrade(2, T0 + 10, 2001, 3, ASK));
        assertThat(tape.recent(10)).containsExactly(new TapeTrade(2, T0 + 10, 2001, 3, ASK),
                new TapeTrade(1, T0, 2000, 5, BID));
        assertThat(tape.lastPrice()).isEqualTo(2001);
    }

    @Test
    void a_full_tape_drops_the_oldest_trade() {
        for (int i = 1; i <= 5; i++) {
            tape.record(i, T0 + i, 2000 + i, i, BID);
        }

        assertThat(tape.size()).isEqualTo(3);
        assertThat(tape.recordedCount()).isEqualTo(5);
        assertThat(tape.recent(3)).extracting(TapeTrade::seq).containsExactly(5L, 4L, 3L);
        assertThatThrownBy(() -> tape.get(3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("age: 3 is outside the tape's 3 trades");
    }

    @Test
    void a_tape_larger_than_its_first_arrays_keeps_every_trade_until_full_then_drops_the_oldest() {
        TradeTape large = new TradeTape(100);
        for (int i = 1; i <= 100; i++) {
            large.record(i, T0 + i, 2000 + i, i, BID);
        }
        assertThat(large.size()).isEqualTo(100);
        assertThat(large.get(99)).isEqualTo(new TapeTrade(1, T0 + 1, 2001, 1, BID));

        for (int i = 101; i <= 250; i++) {
            large.record(i, T0 + i, 2000 + i, i, BID);
        }
        assertThat(large.capacity()).isEqualTo(100);
        assertThat(large.size()).isEqualTo(100);
        assertThat(large.get(0).seq()).isEqualTo(250);
        assertThat(large.get(99).seq()).isEqualTo(151);
    }

    @Test
    void an_empty_tape_has_no_last_price() {
        assertThat(tape.lastPrice()).isEqualTo(OrderBook.NO_PRICE);
        assertThat(tape.recent(5)).isEmpty();
    }

    @Test
    void trades_out_of_order_or_malformed_are_refused() {
        tape.record(5, T0, 2000, 5, BID);

        assertThatThrownBy(() -> tape.record(5, T0, 2000, 1, BID)).hasMessage("seq: 5 is not after the last trade's 5");
        assertThatThrownBy(() -> tape.record(6, T0 - 1, 2000, 1, BID))
                .hasMessage("timeMillis: " + (T0 - 1) + " is before the last trade's " + T0);
        assertThatThrownBy(() -> tape.record(6, T0, 2000, 0, BID)).hasMessage("quantity: must be > 0 lots, was 0");
        assertThatThrownBy(() -> tape.record(6, T0, -1, 1, BID)).hasMessage("price: must be > 0 ticks, was -1");
        assertThat(tape.recordedCount()).isEqualTo(1);
    }
}
