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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One depth level change into {@link DepthBook} versus the TreeMap depth, with 200 levels a side,
 * and one trade into the tape and minute and daily bars. Run with {@code -prof gc} to see that the
 * market-data updates allocate nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MarketDataBenchmark {

    private static final long SEED = 20_270_101L;
    /** 2027-01-04 09:30 in Shanghai. */
    private static final long OPEN_MILLIS = 1_799_033_400_000L;
    private static final long MILLIS_BETWEEN_TRADES = 250;
    private static final int TRADES = 1 << 16;

    private LevelStream stream;
    private DepthBook depthBook;
    private TreeMapDepth treeMapDepth;
    private InstrumentMarketData marketData;
    private final long[] tradePrices = new long[TRADES];
    private final long[] tradeQuantities = new long[TRADES];
    private final Side[] aggressors = new Side[TRADES];
    private int next;
    private long seq;

    @Setup
    public void setUp() {
        stream = new LevelStream(SEED);
        depthBook = new DepthBook(1, DepthListener.NONE);
        treeMapDepth = new TreeMapDepth();
        for (int offset = 0; offset < LevelStream.LEVELS_PER_SIDE; offset++) {
            depthBook.update(++seq, Side.ASK, LevelStream.BEST_ASK + offset, 100, 1);
            depthBook.update(++seq, Side.BID, LevelStream.BEST_ASK - 1 - offset, 100, 1);
            treeMapDepth.update(Side.ASK, LevelStream.BEST_ASK + offset, 100, 1);
            treeMapDepth.update(Side.BID, LevelStream.BEST_ASK - 1 - offset, 100, 1);
        }
        marketData = new InstrumentMarketData(1, DepthListener.NONE);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < TRADES; i++) {
            tradePrices[i] = LevelStream.BEST_ASK - 5 + random.nextInt(10);
            tradeQuantities[i] = 1 + random.nextInt(50);
            aggressors[i] = random.nextBoolean() ? Side.BID : Side.ASK;
        }
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) & (stream.length() - 1);
        return i;
    }

    @Benchmark
    public boolean depthBookUpdate() {
        int i = nextIndex();
        return depthBook.update(++seq, stream.sides[i], stream.prices[i], stream.quantities[i], stream.orderCounts[i]);
    }

    @Benchmark
    public boolean treeMapDepthUpdate() {
        int i = nextIndex();
        return treeMapDepth.update(stream.sides[i], stream.prices[i], stream.quantities[i], stream.orderCounts[i]);
    }

    @Benchmark
    public long tradeIntoTapeAndBars() {
        int i = nextIndex();
        long tradeSeq = ++seq;
        marketData.onTrade(tradeSeq, OPEN_MILLIS + tradeSeq * MILLIS_BETWEEN_TRADES, tradePrices[i],
                tradeQuantities[i], aggressors[i]);
        return marketData.tape().lastPrice();
    }
}
