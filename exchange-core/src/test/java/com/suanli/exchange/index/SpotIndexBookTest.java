package com.suanli.exchange.index;

import com.suanli.exchange.engine.event.IndexMethod;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SpotIndexBookTest {
    private static final SpotIndexRule RULE = new SpotIndexRule(3, 50, 20, 3, 10, 50);
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void each_fixing_takes_the_trades_since_the_last_and_restatements_raise_the_version() {
        SpotIndexBook book = new SpotIndexBook(RULE);
        int nm = book.add("H100", Hub.NM, 1_620);
        int gz = book.add("H100", Hub.GZ, 1_680);
        assertThat(book.key("H100", Hub.GZ)).isEqualTo(gz);
        assertThat(book.key("A100", Hub.GZ)).isEqualTo(SpotIndexBook.NO_INDEX);

        for (int i = 0; i < 4; i++) {
            book.onTrade(nm, 1_630, 6);
        }
        assertThat(book.publish(nm, MONDAY, 0, 0).value()).isEqualTo(1_630);
        // Tuesday has no trades: carried forward from Monday, not from the seed.
        assertThat(book.publish(nm, MONDAY.plusDays(1), 0, 0))
                .extracting(SpotIndexValue::method, SpotIndexValue::value)
                .containsExactly(IndexMethod.CARRIED_FORWARD, 1_630L);
        // GZ never traded: its seed.
        assertThat(book.publish(gz, MONDAY, 0, 0).value()).isEqualTo(1_680);

        IndexFixing restated = book.restate(nm, MONDAY.plusDays(1), 1_626);
        assertThat(restated.version()).isEqualTo(2);
        assertThat(book.history(nm)).extracting(IndexFixing::value).containsExactly(1_630L, 1_626L);
        // Wednesday falls back on the restated Tuesday.
        assertThat(book.publish(nm, MONDAY.plusDays(2), 0, 0).value()).isEqualTo(1_626);
        assertThat(book.lastDay(nm)).isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void the_state_hash_covers_pending_trades_and_history() {
        SpotIndexBook one = new SpotIndexBook(RULE);
        SpotIndexBook two = new SpotIndexBook(RULE);
        int a = one.add("H100", Hub.NM, 1_620);
        int b = two.add("H100", Hub.NM, 1_620);
        assertThat(one.stateHash()).isEqualTo(two.stateHash());
        one.onTrade(a, 1_630, 6);
        assertThat(one.stateHash()).isNotEqualTo(two.stateHash());
        two.onTrade(b, 1_630, 6);
        assertThat(one.stateHash()).isEqualTo(two.stateHash());
    }
}
