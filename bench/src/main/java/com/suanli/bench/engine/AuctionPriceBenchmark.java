package com.suanli.bench.engine;

import com.suanli.exchange.engine.session.AuctionPricer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The auction price rule alone ({@code AuctionPricer.find}) on a book crossed over {@code levels}
 * price levels a side, one lot each, the asks one tick above the bids, passed best first (which
 * the earlier rule, taking any order, accepts too). The book is not touched, so every call is
 * the same work.
 *
 * <pre>java -jar bench/target/benchmarks.jar AuctionPriceBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AuctionPriceBenchmark {
    private static final long MID = 30_000;

    @Param({"1000", "8000"})
    int levels;

    private long[] bidPrices;
    private long[] askPrices;
    private long[] quantities;

    @Setup
    public void crossedBook() {
        bidPrices = new long[levels];
        askPrices = new long[levels];
        quantities = new long[levels];
        long high = MID + levels / 2;
        for (int i = 0; i < levels; i++) {
            bidPrices[i] = high - i;
            askPrices[i] = high - levels + i + 2;
            quantities[i] = 1;
        }
    }

    @Benchmark
    public Optional<?> price() {
        return AuctionPricer.find(bidPrices, quantities, levels, askPrices, quantities, levels, MID);
    }
}
