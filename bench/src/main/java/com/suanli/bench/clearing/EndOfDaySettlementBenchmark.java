package com.suanli.bench.clearing;

import com.suanli.exchange.engine.event.Aggressor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * End-of-day settlement of a whole market: 10,000 accounts each holding all 200 futures (two
 * million positions); one invocation settles every contract for the next business day at an
 * operator price a few ticks from the last, so every position pays or receives variation margin
 * (about two million ledger entries through the settlement account).
 * <pre>java -jar bench/target/benchmarks.jar EndOfDaySettlementBenchmark -f 1 -wi 2 -i 5</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class EndOfDaySettlementBenchmark {
    static final int ACCOUNTS = 10_000;

    private ClearingMarket market;
    private final SplittableRandom random = new SplittableRandom(31);
    private LocalDate day = LocalDate.of(2027, 1, 4);
    private long time = ClearingMarket.T0;

    @Setup
    public void setUp() {
        market = new ClearingMarket();
        market.members(ACCOUNTS);
        long tradeId = 0;
        for (int i = 1; i <= ClearingMarket.INSTRUMENTS; i++) {
            for (int a = 0; a < ACCOUNTS; a++) {
                long lots = 1 + random.nextInt(20);
                market.fill(time, ++tradeId, i, market.reference[i] + random.nextInt(11) - 5, lots,
                        ClearingMarket.account(a), ClearingMarket.account((a + 1 + i) % ACCOUNTS), Aggressor.BUYER);
            }
        }
    }

    @Benchmark
    public void settleEveryContract() {
        day = day.plusDays(1);
        time += 86_400_000;
        for (int i = 1; i <= ClearingMarket.INSTRUMENTS; i++) {
            long price = market.reference[i] + random.nextInt(21) - 10;
            ClearingMarket.require(market.house.settle(time, i, day, 0, 0, price));
        }
    }
}
