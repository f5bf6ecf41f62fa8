package com.suanli.exchange.marketdata;

import static com.suanli.exchange.book.Side.ASK;
import static com.suanli.exchange.book.Side.BID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.exchange.book.OrderBook;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DepthBookTest {

    private static final int INSTRUMENT = 42;

    private final List<DepthUpdate> published = new ArrayList<>();
    private final DepthBook book = new DepthBook(INSTRUMENT, (instrumentId, seq, prevSeq, side, price, quantity, orderCount) ->
            published.add(new DepthUpdate(instrumentId, seq, prevSeq, side, price, quantity, orderCount)));

    @Test
    void levels_sort_best_first_on_each_side() {
        book.update(1, BID, 2000, 5, 1);
        book.update(2, BID, 2010, 3, 2);
        book.update(3, BID, 1990, 7, 1);
        book.update(4, ASK, 2030, 4, 1);
        book.update(5, ASK, 2020, 6, 3);

        DepthSnapshot snapshot = book.snapshot();
        assertThat(snapshot.bids()).containsExactly(new DepthLevel(2010, 3, 2), new DepthLevel(2000, 5, 1),
                new DepthLevel(1990, 7, 1));
        assertThat(snapshot.asks()).containsExactly(new DepthLevel(2020, 6, 3), new DepthLevel(2030, 4, 1));
        assertThat(snapshot.seq()).isEqualTo(5);
        assertThat(book.bestBidOffer()).isEqualTo(new BestBidOffer(INSTRUMENT, 5, 2010, 3, 2, 2020, 6, 3));
    }

    @Test
    void a_level_with_no_orders_is_gone() {
        book.update(1, BID, 2000, 5, 1);
        book.update(2, BID, 2010, 3, 2);
        book.update(3, BID, 2010, 0, 0);

        assertThat(book.bestBid()).isEqualTo(2000);
        assertThat(book.levelCount(BID)).isEqualTo(1);
        assertThat(book.quantityAt(BID, 2010)).isZero();
        assertThat(book.bestAsk()).isEqualTo(OrderBook.NO_PRICE);
    }

    @Test
    void the_update_says_when_the_top_of_book_changed() {
        assertThat(book.update(1, BID, 2000, 5, 1)).as("first bid").isTrue();
        assertThat(book.update(2, BID, 1990, 5, 1)).as("behind the best").isFalse();
        assertThat(book.update(3, BID, 2000, 8, 2)).as("more at the best").isTrue();
        assertThat(book.update(4, BID, 1990, 0, 0)).as("behind the best gone").isFalse();
        assertThat(book.update(5, ASK, 2050, 1, 1)).as("first ask").isTrue();
        assertThat(book.update(6, BID, 2000, 0, 0)).as("best bid gone").isTrue();
    }

    @Test
    void each_update_is_published_with_the_previous_sequence_number() {
        book.update(10, BID, 2000, 5, 1);
        book.update(17, ASK, 2020, 2, 1);

        assertThat(published).containsExactly(new DepthUpdate(INSTRUMENT, 10, 0, BID, 2000, 5, 1),
                new DepthUpdate(INSTRUMENT, 17, 10, ASK, 2020, 2, 1));
    }

    @Test
    void a_snapshot_of_the_top_levels_and_a_copy_into_arrays_agree() {
        for (int i = 0; i < 100; i++) {
            book.update(i + 1, ASK, 3000 + i, i + 1, 1);
        }
        long[] prices = new long[5];
        long[] quantities = new long[5];
        int[] orders = new int[5];

        int copied = book.depth(ASK, 5, prices, quantities, orders);

        assertThat(copied).isEqualTo(5);
        assertThat(prices).containsExactly(3000, 3001, 3002, 3003, 3004);
        assertThat(quantities).containsExactly(1, 2, 3, 4, 5);
        assertThat(book.snapshot(5).asks()).extracting(DepthLevel::price).containsExactly(3000L, 3001L, 3002L, 3003L, 3004L);
        assertThat(book.snapshot(5).bids()).isEmpty();
        assertThat(book.levelCount(ASK)).as("grew past the initial capacity").isEqualTo(100);
    }

    @Test
    void bad_updates_are_refused_and_change_nothing() {
        book.update(5, BID, 2000, 5, 1);

        assertThatThrownBy(() -> book.update(5, BID, 1990, 1, 1))
                .hasMessage("seq: 5 is not after the last update 5 of instrument 42");
        assertThatThrownBy(() -> book.update(6, BID, 1990, 0, 0))
                .hasMessage("price: no BID level at 1990 to remove (instrument 42)");
        assertThatThrownBy(() -> book.update(6, BID, 1990, 3, 0))
                .hasMessageStartingWith("quantity/orderCount: must be both > 0 (a level) or both 0 (level gone), was 3/0");
        assertThatThrownBy(() -> book.update(6, ASK, 0, 3, 1)).hasMessage("price: must be > 0 ticks, was 0");
        assertThat(book.snapshot()).isEqualTo(new DepthSnapshot(INSTRUMENT, 5, List.of(new DepthLevel(2000, 5, 1)), List.of()));
        assertThat(published).hasSize(1);
    }

    @Test
    void snapshots_refuse_levels_out_of_order() {
        assertThatThrownBy(() -> new DepthSnapshot(1, 0, List.of(new DepthLevel(2000, 1, 1), new DepthLevel(2000, 1, 1)),
                List.of()))
                .hasMessage("bids[1].price: 2000 must be below the previous level's 2000");
        assertThatThrownBy(() -> new DepthSnapshot(1, 0, List.of(), List.of(new DepthLevel(2010, 1, 1),
                new DepthLevel(2000, 1, 1))))
                .hasMessage("asks[1].price: 2000 must be above the previous level's 2010");
    }
}
