package com.suanli.exchange.book;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A book refilled from {@link OrderBook#forEachResting} and {@link OrderBook#prioritySequence}
 * (into either implementation) answers every later command as the original: same callbacks,
 * same results, same state hash, in call auctions too.
 */
class BookRestoreTest {
    private static final int SEEDS = 20;
    private static final int MAX_BEFORE_CUT = 20_000;
    private static final int AFTER_CUT = 5_000;

    private static List<RestingOrderImage> image(OrderBook book) {
        List<RestingOrderImage> orders = new ArrayList<>();
        book.forEachResting(orders::add);
        return orders;
    }

    @Test
    void a_book_restored_at_a_random_cut_answers_every_later_command_as_the_original() {
        SplittableRandom cuts = new SplittableRandom(99);
        for (long seed = 1; seed <= SEEDS; seed++) {
            RecordingListener originalEvents = new RecordingListener();
            OrderBook original = new FastOrderBook(originalEvents);
            RandomCommandStream stream = new RandomCommandStream(seed, 10 + cuts.nextInt(100));
            for (int i = cuts.nextInt(MAX_BEFORE_CUT); i > 0; i--) {
                stream.next(original).applyTo(original);
            }
            originalEvents.drain();
            List<RestingOrderImage> image = image(original);
            assertThat(image).hasSize(original.orderCount());
            RecordingListener fastEvents = new RecordingListener();
            RecordingListener referenceEvents = new RecordingListener();
            OrderBook fast = new FastOrderBook(fastEvents);
            OrderBook reference = new ReferenceOrderBook(referenceEvents);
            fast.restore(image, original.prioritySequence());
            reference.restore(image, original.prioritySequence());
            assertThat(fastEvents.drain()).isEmpty();
            assertThat(fast.stateHash()).isEqualTo(original.stateHash());
            assertThat(reference.stateHash()).isEqualTo(original.stateHash());
            fast.verifyIntegrity();

            for (int i = 0; i < AFTER_CUT; i++) {
                BookCommand command = stream.next(original);
                Object expected = command.applyTo(original);
                List<BookEvent> expectedEvents = originalEvents.drain();
                String where = "seed " + seed + ", command " + i + " after the cut: " + command;
                assertThat(command.applyTo(fast)).as(where).isEqualTo(expected);
                assertThat(fastEvents.drain()).as(where).isEqualTo(expectedEvents);
                assertThat(command.applyTo(reference)).as(where).isEqualTo(expected);
                assertThat(referenceEvents.drain()).as(where).isEqualTo(expectedEvents);
                assertThat(fast.stateHash()).as(where).isEqualTo(original.stateHash());
            }
            fast.verifyIntegrity();
            assertThat(image(fast)).isEqualTo(image(original));
        }
    }

    @Test
    void only_an_empty_book_is_restored() {
        OrderBook book = new FastOrderBook(BookListener.NONE);
        book.place(1, 7, 7, Side.BID, OrderKind.LIMIT, 100, 5, 0, SelfTradePrevention.NONE);
        assertThatThrownBy(() -> book.restore(List.of(), 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("book: restore needs an empty book, this one holds 1 orders");
    }
}
