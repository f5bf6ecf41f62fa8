package com.suanli.bench.marketdata;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.marketdata.DepthBook;
import com.suanli.exchange.marketdata.DepthListener;
import com.suanli.exchange.marketdata.InstrumentMarketData;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One depth level change into {@link DepthBook} versus the TreeMap depth, with 200 levels a side
 * and the changes spread uniformly or concentrated near the top; and one trade into the tape and
 * the minute and daily bars. Run with {@code -prof gc} to see that the market-data updates
 * allocate nothing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarketDataBenchmark {

    private static final long SEED = 20_270_101L;
    private static final int STREAM_MASK = LevelStream.LENGTH - 1;

    /** Both depth structures, filled alike, and the level changes to replay into them. */
    @State(Scope.Thread)
    public static class Depth {

        @Param({"TOP_HEAVY", "UNIFORM"})
        public DepthActivity activity;

        LevelStream stream;
        DepthBook depthBook;
        TreeMapDepth treeMapDepth;
        int next;
        long seq;

        @Setup
        public void setUp() {
            stream = new LevelStream(SEED, activity);
            depthBook = new DepthBook(1, DepthListener.NONE);
            treeMapDepth = new TreeMapDepth();
            for (int offset = 0; offset < LevelStream.LEVELS_PER_SIDE; offset++) {
                depthBook.update(++seq, Side.ASK, LevelStream.BEST_ASK + offset, 100, 1);
                depthBook.update(++seq, Side.BID, LevelStream.BEST_ASK - 1 - offset, 100, 1);
                treeMapDepth.update(Side.ASK, LevelStream.BEST_ASK + offset, 100, 1);
                treeMapDepth.update(Side.BID, LevelStream.BEST_ASK - 1 - offset, 100, 1);
            }
        }

        int nextIndex() {
            int i = next;
            next = (i + 1) & STREAM_MASK;
            return i;
        }
    }

    /** One instrument's market data and a seeded stream of trades near the top of the book. */
    @State(Scope.Thread)
    public static class Trades {

        /** 2027-01-04 09:30 in Shanghai. */
        private static final long OPEN_MILLIS = 1_799_033_400_000L;
        private static final long MILLIS_BETWEEN_TRADES = 250;

        final long[] prices = new long[STREAM_MASK + 1];
        final long[] quantities = new long[STREAM_MASK + 1];
        final Side[] aggressors = new Side[STREAM_MASK + 1];
        InstrumentMarketData marketData;
        int next;
        long seq;

        @Setup
        public void setUp() {
            marketData = new InstrumentMarketData(1, DepthListener.NONE);
            SplittableRandom random = new SplittableRandom(SEED);
            for (int i = 0; i <= STREAM_MASK; i++) {
                prices[i] = LevelStream.BEST_ASK - 5 + random.nextInt(10);
                quantities[i] = 1 + random.nextInt(50);
                aggressors[i] = random.nextBoolean() ? Side.BID : Side.ASK;
            }
        }

        long record() {
            int i = next;
            next = (i + 1) & STREAM_MASK;
            long tradeSeq = ++seq;
            marketData.onTrade(tradeSeq, OPEN_MILLIS + tradeSeq * MILLIS_BETWEEN_TRADES, prices[i], quantities[i],
                    aggressors[i]);
            return marketData.tape().lastPrice();
        }
    }

    @Benchmark
    public boolean depthBookUpdate(Depth depth) {
        int i = depth.nextIndex();
        LevelStream stream = depth.stream;
        return depth.depthBook.update(++depth.seq, stream.sides[i], stream.prices[i], stream.quantities[i],
                stream.orderCounts[i]);
    }

    @Benchmark
    public boolean treeMapDepthUpdate(Depth depth) {
        int i = depth.nextIndex();
        LevelStream stream = depth.stream;
        return depth.treeMapDepth.update(stream.sides[i], stream.prices[i], stream.quantities[i], stream.orderCounts[i]);
    }

    @Benchmark
    public long tradeIntoTapeAndBars(Trades trades) {
        return trades.record();
    }
}
