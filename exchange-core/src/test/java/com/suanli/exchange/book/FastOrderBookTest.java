package com.suanli.exchange.book;

import org.junit.jupiter.api.Test;

import static com.suanli.exchange.book.BookFixture.ALICE;
import static com.suanli.exchange.book.BookFixture.BOB;
import static com.suanli.exchange.book.BookFixture.CAROL;
import static com.suanli.exchange.book.Side.ASK;
import static com.suanli.exchange.book.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What only the fast book has: its price ladder's growth and limits, and its pools. */
class FastOrderBookTest {

    @Test
    void ladder_recentres_and_grows_when_resting_prices_spread_out() {
        BookFixture f = new BookFixture(BookKind.FAST)
                .limit(1, ALICE, BID, 1_000_000, 1)
                .limit(2, ALICE, BID, 1_000_000 - 3_000, 2)
                .limit(3, ALICE, BID, 1_000_000 + 900_000, 3)
                .limit(4, ALICE, BID, 1_000_000 - 1_500_000 + 7, 4)
                .limit(5, BOB, ASK, 2_000_000, 5)
                .limit(6, BOB, ASK, 2_000_000 + PriceLadder.MAX_SPAN - 1, 6);

        assertThat(f.depth(BID)).isEqualTo("3@1900000x1 1@1000000x1 2@997000x1 4@-499993x1");
        assertThat(f.depth(ASK)).isEqualTo("5@2000000x1 6@" + (2_000_000 + PriceLadder.MAX_SPAN - 1) + "x1");
        f.book.verifyIntegrity();

        f.book.cancel(3, ALICE);
        f.book.cancel(5, BOB);
        assertThat(f.book.bestBid()).isEqualTo(1_000_000);
        assertThat(f.book.bestAsk()).isEqualTo(2_000_000 + PriceLadder.MAX_SPAN - 1);
        f.book.verifyIntegrity();
    }

    @Test
    void a_presized_book_refuses_sizes_it_cannot_start_with() {
        assertThatThrownBy(() -> new FastOrderBook(BookListener.NONE, 0, 4096))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("initialOrders: must be positive, was 0");
        assertThatThrownBy(() -> new FastOrderBook(BookListener.NONE, 512, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("initialTicks: must be a power of two from 64 to ");
        assertThatThrownBy(() -> new FastOrderBook(BookListener.NONE, 512, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(", was 32");
    }

    @Test
    void a_price_too_far_from_the_rest_of_its_side_is_refused_before_anything_changes() {
        BookFixture f = new BookFixture(BookKind.FAST)
                .limit(1, ALICE, BID, 500, 5)
                .limit(2, BOB, ASK, 600, 1)
                .settled();
        long before = f.book.stateHash();
        long tooFar = 500 + PriceLadder.MAX_SPAN;

        assertThatThrownBy(() -> f.limit(3, ALICE, BID, tooFar, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");
        assertThatThrownBy(() -> f.book.move(1, ALICE, tooFar))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");
        assertThatThrownBy(() -> f.book.rest(4, ALICE, 0, BID, -tooFar, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");

        assertThat(f.drain()).isEmpty();
        assertThat(f.book.stateHash()).isEqualTo(before);
        f.book.verifyIntegrity();
    }

    @Test
    void a_limit_order_priced_beyond_the_span_is_accepted_when_it_fills_whole_on_arrival() {
        long farBid = 500 + PriceLadder.MAX_SPAN;
        BookFixture f = new BookFixture(BookKind.FAST)
                .limit(1, ALICE, BID, 500, 1)
                .limit(9, CAROL, BID, 499, 1)
                .limit(2, BOB, ASK, 600, 3)
                .settled();

        f.limit(3, ALICE, BID, farBid, 2);
        assertThat(f.drain()).filteredOn(e -> e instanceof BookEvent.Trade).hasSize(1);
        assertThat(f.book.move(1, ALICE, farBid)).isEqualTo(BookStatus.DONE);

        assertThat(f.book.orderCount()).isEqualTo(1);
        assertThatThrownBy(() -> f.limit(4, ALICE, BID, farBid, 1)).isInstanceOf(IllegalArgumentException.class);
        f.book.verifyIntegrity();
    }

    @Test
    void an_aggressor_limit_far_outside_the_ladder_still_matches() {
        BookFixture f = new BookFixture(BookKind.FAST)
                .limit(1, ALICE, BID, 100, 2)
                .limit(2, ALICE, ASK, 110, 2)
                .settled();

        f.place(3, BOB, BID, OrderKind.IOC, Long.MAX_VALUE, 1);
        f.place(4, BOB, ASK, OrderKind.IOC, Long.MIN_VALUE, 1);

        assertThat(f.drain()).filteredOn(e -> e instanceof BookEvent.Trade).hasSize(2);
        assertThat(f.book.openQuantity(1)).isEqualTo(1);
        assertThat(f.book.openQuantity(2)).isEqualTo(1);
    }

    @Test
    void orders_and_levels_are_reused_once_the_book_has_grown() {
        FastOrderBook book = new FastOrderBook(BookListener.NONE);
        for (int round = 0; round < 3; round++) {
            for (long id = 1; id <= 5_000; id++) {
                book.place(id, 1, 0, id % 2 == 0 ? BID : ASK, OrderKind.LIMIT, id % 2 == 0 ? 900 - id % 50 : 1_000 + id % 50,
                        3, 0, SelfTradePrevention.NONE);
            }
            assertThat(book.orderCount()).isEqualTo(5_000);
            assertThat(book.cancelAll(1)).isEqualTo(5_000);
            assertThat(book.orderCount()).isZero();
            assertThat(book.bestBid()).isEqualTo(OrderBook.NO_PRICE);
            book.verifyIntegrity();
        }
    }

    @Test
    void a_book_refuses_to_be_built_without_a_listener() {
        assertThatThrownBy(() -> new FastOrderBook(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listener");
    }
}
