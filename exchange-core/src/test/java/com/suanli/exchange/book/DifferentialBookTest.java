package com.suanli.exchange.book;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast book against the reference book on seeded random command streams: after every
 * command the callbacks, return values, depth, level walks and state hash must be identical, and the
 * ledger's conservation laws must hold. A failure names the seed and the command index.
 */
class DifferentialBookTest {
    private static final int FULL_CHECK_EVERY = 64;
    private static final int FILL_COST_EVERY = 32;
    private static final int DEPTH = 64;
    private static final int DETERMINISM_COMMANDS = 50_000;
    private static final int GROWTH_ORDERS = 100_000;
    private static final long GROWTH_SPREAD_TICKS = 5_000;
    private static final long GROWTH_MID = 100_000;

    @ParameterizedTest(name = "seed {0}, {1} commands, spread {2} ticks")
    @CsvSource({
        "1, 100000, 12",
        "2, 100000, 12",
        "3, 100000, 25",
        "4, 100000, 25",
        "5, 100000, 40",
        "6, 100000, 6",
        "7, 100000, 60",
        "8, 100000, 3",
        "9, 100000, 150",
        "10, 100000, 18",
    })
    void fast_book_matches_the_reference_on_a_random_stream(long seed, int commands, long spread) {
        RecordingListener fastEvents = new RecordingListener();
        RecordingListener referenceEvents = new RecordingListener();
        OrderBook fast = new FastOrderBook(fastEvents);
        OrderBook reference = new ReferenceOrderBook(referenceEvents);
        RandomCommandStream stream = new RandomCommandStream(seed, spread);
        OrderLedger ledger = new OrderLedger();
        DepthSnapshot fastDepth = new DepthSnapshot();
        DepthSnapshot referenceDepth = new DepthSnapshot();
        LevelWalk fastWalk = new LevelWalk();
        LevelWalk referenceWalk = new LevelWalk();
        // Its own generator, so the fill-cost questions leave the command stream as it was.
        SplittableRandom questions = new SplittableRandom(seed * 31 + 7);

        for (int i = 0; i < commands; i++) {
            BookCommand command = stream.next(fast);
            Object fastResult = command.applyTo(fast);
            Object referenceResult = command.applyTo(reference);
            List<BookEvent> events = fastEvents.drain();
            List<BookEvent> expected = referenceEvents.drain();
            boolean same = events.equals(expected) && Objects.equals(fastResult, referenceResult)
                    && fast.stateHash() == reference.stateHash()
                    && fast.bestBid() == reference.bestBid() && fast.bestAsk() == reference.bestAsk()
                    && fastDepth.read(fast, Side.BID).equals(referenceDepth.read(reference, Side.BID))
                    && fastDepth.read(fast, Side.ASK).equals(referenceDepth.read(reference, Side.ASK))
                    && fastWalk.read(fast, Side.BID).equals(referenceWalk.read(reference, Side.BID))
                    && fastWalk.read(fast, Side.ASK).equals(referenceWalk.read(reference, Side.ASK));
            if (!same) {
                String where = "seed " + seed + " command " + i + " " + command;
                assertThat(events).as(where).isEqualTo(expected);
                assertThat(fastResult).as(where).isEqualTo(referenceResult);
                assertThat(fastDepth.read(fast, Side.BID)).as(where + " bids").isEqualTo(referenceDepth.read(reference, Side.BID));
                assertThat(fastDepth.read(fast, Side.ASK)).as(where + " asks").isEqualTo(referenceDepth.read(reference, Side.ASK));
                assertThat(fastWalk.read(fast, Side.BID)).as(where + " bid walk").isEqualTo(referenceWalk.read(reference, Side.BID));
                assertThat(fastWalk.read(fast, Side.ASK)).as(where + " ask walk").isEqualTo(referenceWalk.read(reference, Side.ASK));
                assertThat(fast.stateHash()).as(where + " state hash").isEqualTo(reference.stateHash());
            }
            if (!stream.inAuction() && fast.bestBid() != OrderBook.NO_PRICE && fast.bestAsk() != OrderBook.NO_PRICE) {
                assertThat(fast.bestBid()).as("seed %d command %d: crossed outside an auction", seed, i)
                        .isLessThan(fast.bestAsk());
            }
            ledger.record(command, fastResult, events, fast);
            if (i % FILL_COST_EVERY == 0) {
                assertSameFillCost(fast, reference, questions, "seed " + seed + " command " + i);
            }
            if (i % FULL_CHECK_EVERY == 0 || i == commands - 1) {
                fast.verifyIntegrity();
                reference.verifyIntegrity();
                ledger.checkAllOpen(fast);
            }
        }
    }

    /**
     * Both books answer the same fill-or-kill question alike: a random side, quantity, limit (or
     * none), self-trade group and mode; the answer leaves both books as they were.
     */
    private static void assertSameFillCost(OrderBook fast, OrderBook reference, SplittableRandom r, String where) {
        Side side = r.nextBoolean() ? Side.BID : Side.ASK;
        long best = side == Side.BID ? fast.bestAsk() : fast.bestBid();
        long limit;
        if (best == OrderBook.NO_PRICE || r.nextInt(4) == 0) {
            limit = side == Side.BID ? Long.MAX_VALUE : Long.MIN_VALUE;
        } else {
            long reach = r.nextInt(30) - 5;
            limit = Math.max(1, side == Side.BID ? best + reach : best - reach);
        }
        long quantity = 1 + r.nextInt(200);
        long group = r.nextInt(3) == 0 ? 0 : 100 + r.nextInt(3);
        SelfTradePrevention stp = SelfTradePrevention.values()[r.nextInt(SelfTradePrevention.values().length)];
        long hashBefore = fast.stateHash();
        assertThat(fast.fillCost(side, quantity, limit, group, stp))
                .as("%s: fill cost of %s %d up to %d, group %d, %s", where, side, quantity, limit, group, stp)
                .isEqualTo(reference.fillCost(side, quantity, limit, group, stp));
        assertThat(fast.stateHash()).as(where + ": the fill cost changed the book").isEqualTo(hashBefore);
    }

    /**
     * The fast book starts with small ladders, pools and index: a hundred thousand resting
     * orders over thousands of ticks make every one of them grow many times over, and the
     * sweep that follows empties them again. The reference must agree throughout.
     */
    @Test
    void a_book_grown_far_past_its_first_size_matches_the_reference() {
        RecordingListener fastEvents = new RecordingListener();
        RecordingListener referenceEvents = new RecordingListener();
        OrderBook fast = new FastOrderBook(fastEvents);
        OrderBook reference = new ReferenceOrderBook(referenceEvents);
        for (long id = 1; id <= GROWTH_ORDERS; id++) {
            Side side = id % 2 == 0 ? Side.BID : Side.ASK;
            long offset = id % GROWTH_SPREAD_TICKS + 1;
            long price = side == Side.BID ? GROWTH_MID - offset : GROWTH_MID + offset;
            for (OrderBook book : List.of(fast, reference)) {
                book.place(id, id % 97 + 1, 0, side, OrderKind.LIMIT, price, 1 + id % 5, 0, SelfTradePrevention.NONE);
            }
        }
        assertThat(fastEvents.drain()).isEqualTo(referenceEvents.drain());
        assertThat(fast.orderCount()).isEqualTo(GROWTH_ORDERS);
        assertThat(fast.stateHash()).isEqualTo(reference.stateHash());
        fast.verifyIntegrity();

        for (OrderBook book : List.of(fast, reference)) {
            book.place(GROWTH_ORDERS + 1, 1_000, 0, Side.BID, OrderKind.IOC, GROWTH_MID + GROWTH_SPREAD_TICKS,
                    GROWTH_ORDERS * 5L, 0, SelfTradePrevention.NONE);
        }
        assertThat(fastEvents.drain()).isEqualTo(referenceEvents.drain());
        assertThat(fast.bestAsk()).isEqualTo(OrderBook.NO_PRICE);
        assertThat(fast.orderCount()).isEqualTo(GROWTH_ORDERS / 2);
        assertThat(fast.stateHash()).isEqualTo(reference.stateHash());
        fast.verifyIntegrity();
    }

    @Test
    void the_same_commands_give_the_same_callbacks_and_state_on_a_fresh_book() {
        RecordingListener firstEvents = new RecordingListener();
        RecordingListener secondEvents = new RecordingListener();
        OrderBook first = new FastOrderBook(firstEvents);
        OrderBook second = new FastOrderBook(secondEvents);
        RandomCommandStream stream = new RandomCommandStream(42, 20);

        for (int i = 0; i < DETERMINISM_COMMANDS; i++) {
            BookCommand command = stream.next(first);
            assertThat(command.applyTo(second)).isEqualTo(command.applyTo(first));
            assertThat(secondEvents.drain()).as("command %d %s", i, command).isEqualTo(firstEvents.drain());
        }
        assertThat(second.stateHash()).isEqualTo(first.stateHash());
    }

    /** One side's top levels, read into reusable arrays; equal when every level is. */
    private static final class DepthSnapshot {
        private final long[] prices = new long[DEPTH];
        private final long[] quantities = new long[DEPTH];
        private final int[] counts = new int[DEPTH];
        private int levels;

        DepthSnapshot read(OrderBook book, Side side) {
            levels = book.depth(side, DEPTH, prices, quantities, counts);
            return this;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DepthSnapshot d && d.levels == levels
                    && Arrays.equals(prices, 0, levels, d.prices, 0, levels)
                    && Arrays.equals(quantities, 0, levels, d.quantities, 0, levels)
                    && Arrays.equals(counts, 0, levels, d.counts, 0, levels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(Arrays.copyOf(prices, levels));
        }

        @Override
        public String toString() {
            return levels + " levels " + Arrays.toString(Arrays.copyOf(prices, levels)) + " qty "
                    + Arrays.toString(Arrays.copyOf(quantities, levels)) + " orders "
                    + Arrays.toString(Arrays.copyOf(counts, levels));
        }
    }

    /** Every level of one side as a walk hands it over (price and whole open quantity), in reusable arrays. */
    private static final class LevelWalk implements LevelVisitor {
        private long[] prices = new long[DEPTH];
        private long[] open = new long[DEPTH];
        private int levels;

        LevelWalk read(OrderBook book, Side side) {
            levels = 0;
            book.walkLevels(side, this);
            return this;
        }

        @Override
        public boolean level(long price, long openQuantity) {
            if (levels == prices.length) {
                prices = Arrays.copyOf(prices, levels * 2);
                open = Arrays.copyOf(open, levels * 2);
            }
            prices[levels] = price;
            open[levels++] = openQuantity;
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LevelWalk w && w.levels == levels
                    && Arrays.equals(prices, 0, levels, w.prices, 0, levels)
                    && Arrays.equals(open, 0, levels, w.open, 0, levels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(Arrays.copyOf(prices, levels));
        }

        @Override
        public String toString() {
            return levels + " levels " + Arrays.toString(Arrays.copyOf(prices, levels)) + " open "
                    + Arrays.toString(Arrays.copyOf(open, levels));
        }
    }
}
