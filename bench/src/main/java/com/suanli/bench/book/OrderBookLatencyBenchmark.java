package com.suanli.bench.book;

import com.suanli.exchange.book.BookListener;
import com.suanli.exchange.book.FastOrderBook;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.RemovalReason;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.book.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Latency of single book operations on a steady-state book of {@value #RESTING_PER_SIDE}
 * resting orders a side over {@value #LEVELS_PER_SIDE} levels. Move and reduce keep the book
 * as it is, so each call is one sample. Place, cancel and the sweep change its size, so they
 * run in batches of {@value #BATCH} with the book restored between invocations, outside the
 * timing; their figures are per-operation averages of a batch.
 *
 * <pre>java -jar bench/target/benchmarks.jar OrderBookLatency -f 1 -wi 3 -i 5 -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OrderBookLatencyBenchmark {
    static final int RESTING_PER_SIDE = 1_000;
    static final int LEVELS_PER_SIDE = 200;
    static final int BATCH = 1_000;
    static final int SWEEP_LEVELS = 5;
    private static final long MID = 100_000;
    private static final long ACCOUNT = 7;
    private static final long LARGE = 1L << 40;

    /** Consumes every callback so the JIT cannot drop the work done to produce it. */
    static final class SinkListener implements BookListener {
        private final Blackhole blackhole;

        SinkListener(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public void trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount,
                          Side takerSide, long price, long quantity, long makerRemaining, long takerRemaining) {
            blackhole.consume(quantity);
        }

        @Override
        public void rested(long orderId, long account, Side side, long price, long restingQuantity) {
            blackhole.consume(restingQuantity);
        }

        @Override
        public void removed(long orderId, long account, long quantity, RemovalReason reason, boolean wasResting) {
            blackhole.consume(quantity);
        }

        @Override
        public void levelChanged(Side side, long price, long quantity, int orderCount) {
            blackhole.consume(quantity);
        }
    }

    /** The steady-state book; move and reduce leave it as they found it. */
    @State(Scope.Thread)
    public static class SteadyBook {
        FastOrderBook book;
        private int cursor;

        @Setup(Level.Trial)
        public void fill(Blackhole blackhole) {
            book = steadyBook(blackhole);
        }

        /** A resting order of the steady-state book, cycling through all of them. */
        long nextRestingId() {
            cursor = cursor == 2 * RESTING_PER_SIDE ? 1 : cursor + 1;
            return cursor;
        }
    }

    static FastOrderBook steadyBook(Blackhole blackhole) {
        FastOrderBook book = new FastOrderBook(new SinkListener(blackhole));
        for (int i = 0; i < RESTING_PER_SIDE; i++) {
            long away = 1 + i % LEVELS_PER_SIDE;
            book.place(i * 2L + 1, ACCOUNT, 0, Side.BID, OrderKind.LIMIT, MID - away, LARGE, 0, SelfTradePrevention.NONE);
            book.place(i * 2L + 2, ACCOUNT, 0, Side.ASK, OrderKind.LIMIT, MID + away, LARGE, 0, SelfTradePrevention.NONE);
        }
        return book;
    }

    /** Odd ids bid below the mid, even ids offer above it, spread over the steady book's levels. */
    static long passivePrice(long id) {
        long away = 1 + id % LEVELS_PER_SIDE;
        return (id & 1) == 1 ? MID - away : MID + away;
    }

    static Side sideOf(long id) {
        return (id & 1) == 1 ? Side.BID : Side.ASK;
    }

    @Benchmark
    public void moveToAnotherPassivePrice(SteadyBook state) {
        long id = state.nextRestingId();
        state.book.move(id, ACCOUNT, passivePrice(id + state.cursor / 7));
    }

    @Benchmark
    public void reduceByOneLot(SteadyBook state) {
        state.book.reduce(state.nextRestingId(), ACCOUNT, 1);
    }

    /** A steady book that takes a batch of new orders per invocation and sheds them afterwards. */
    @State(Scope.Thread)
    public static class PlaceBatch {
        FastOrderBook book;
        long firstId = 10_000_000;

        @Setup(Level.Trial)
        public void fill(Blackhole blackhole) {
            book = steadyBook(blackhole);
        }

        @TearDown(Level.Invocation)
        public void cancelBatch() {
            for (long id = firstId; id < firstId + BATCH; id++) {
                book.cancel(id, ACCOUNT);
            }
            firstId += BATCH;
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void placeResting(PlaceBatch state) {
        FastOrderBook book = state.book;
        for (long id = state.firstId; id < state.firstId + BATCH; id++) {
            book.place(id, ACCOUNT, 0, sideOf(id), OrderKind.LIMIT, passivePrice(id), 10, 0, SelfTradePrevention.NONE);
        }
    }

    /** A steady book given a batch of extra orders before each invocation, for the benchmark to cancel. */
    @State(Scope.Thread)
    public static class CancelBatch {
        FastOrderBook book;
        long firstId = 50_000_000;

        @Setup(Level.Trial)
        public void fill(Blackhole blackhole) {
            book = steadyBook(blackhole);
        }

        @Setup(Level.Invocation)
        public void placeBatch() {
            firstId += BATCH;
            for (long id = firstId; id < firstId + BATCH; id++) {
                book.place(id, ACCOUNT, 0, sideOf(id), OrderKind.LIMIT, passivePrice(id), 10, 0, SelfTradePrevention.NONE);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void cancelResting(CancelBatch state) {
        FastOrderBook book = state.book;
        for (long id = state.firstId; id < state.firstId + BATCH; id++) {
            book.cancel(id, ACCOUNT);
        }
    }

    /** An IOC bid taking {@value #SWEEP_LEVELS} ask levels of two orders each. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void sweepSeveralLevels(SweepState state) {
        FastOrderBook deep = state.deep;
        for (int i = 0; i < BATCH; i++) {
            long limit = deep.bestAsk() + SWEEP_LEVELS - 1;
            deep.place(state.takerId++, 9, 0, Side.BID, OrderKind.IOC, limit, 2L * SWEEP_LEVELS * 10, 0,
                    SelfTradePrevention.NONE);
        }
    }

    /** A book with {@value #BATCH} sweeps' worth of asks above the steady book, refilled before each invocation. */
    @State(Scope.Thread)
    public static class SweepState {
        FastOrderBook deep;
        long makerId = 1;
        long takerId = 1L << 50;

        @Setup(Level.Trial)
        public void create(Blackhole blackhole) {
            deep = new FastOrderBook(new SinkListener(blackhole));
            for (int i = 0; i < RESTING_PER_SIDE; i++) {
                deep.place(makerId++, ACCOUNT, 0, Side.BID, OrderKind.LIMIT, MID - 1 - i % LEVELS_PER_SIDE, 10, 0,
                        SelfTradePrevention.NONE);
            }
        }

        @Setup(Level.Invocation)
        public void refill() {
            for (int level = 0; level < BATCH * SWEEP_LEVELS; level++) {
                for (int k = 0; k < 2; k++) {
                    deep.place(makerId++, ACCOUNT, 0, Side.ASK, OrderKind.LIMIT, MID + 1 + level, 10, 0,
                            SelfTradePrevention.NONE);
                }
            }
        }
    }
}
