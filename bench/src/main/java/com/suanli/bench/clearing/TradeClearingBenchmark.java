package com.suanli.bench.clearing;

import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.margin.RiskArray;
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

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One fill through the clearing house, as the sequencer will drive it: both orders become
 * working (margin updated), then the trade (both positions with average cost and realised P&amp;L,
 * maker and taker fees posted to the ledger, the working lots become position, both accounts'
 * margin updated incrementally, the closing window fed). 10,000 accounts, each trading 20 of the
 * 200 futures, every position already open (steady state), fills drawn from a seeded list.
 *
 * <p>{@code revalueTwoPortfolios} is the comparison: summing the risk arrays of the two accounts'
 * 20 positions each from scratch into scenario sums and taking the worst, the scan alone of a
 * margin that is revalued instead of kept incrementally.
 * <pre>java -jar bench/target/benchmarks.jar TradeClearingBenchmark -f 1 -wi 3 -i 5 -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class TradeClearingBenchmark {
    static final int ACCOUNTS = 10_000;
    static final int PER_ACCOUNT = 20;
    private static final int FILLS = 1 << 20;

    private ClearingMarket market;
    /** Each account's instruments, and each instrument's accounts. */
    private final int[][] held = new int[ACCOUNTS][PER_ACCOUNT];
    private int[][] holders;
    private final int[] buyer = new int[FILLS];
    private final int[] seller = new int[FILLS];
    private final int[] instrument = new int[FILLS];
    private final long[] price = new long[FILLS];
    private final long[] lots = new long[FILLS];
    private final Aggressor[] aggressor = new Aggressor[FILLS];
    private long[][] arrays;
    private final long[][] netLots = new long[ACCOUNTS][PER_ACCOUNT];
    private final long[] scenarios = new long[RiskArray.SCENARIOS * 8];
    private int next;
    private long time = ClearingMarket.T0;
    private long tradeId;

    @Setup
    public void setUp() {
        market = new ClearingMarket();
        market.members(ACCOUNTS);
        SplittableRandom random = new SplittableRandom(2027);
        int[] count = new int[ClearingMarket.INSTRUMENTS + 1];
        for (int a = 0; a < ACCOUNTS; a++) {
            for (int j = 0; j < PER_ACCOUNT; j++) {
                held[a][j] = 1 + (a * 7 + j * 13) % ClearingMarket.INSTRUMENTS;
                count[held[a][j]]++;
            }
        }
        holders = new int[ClearingMarket.INSTRUMENTS + 1][];
        for (int i = 1; i <= ClearingMarket.INSTRUMENTS; i++) {
            holders[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int a = 0; a < ACCOUNTS; a++) {
            for (int j = 0; j < PER_ACCOUNT; j++) {
                int i = held[a][j];
                holders[i][count[i]++] = a;
                netLots[a][j] = random.nextLong(-50, 51);
            }
        }
        // Open every position: each holder trades with the next holder of the instrument.
        for (int i = 1; i <= ClearingMarket.INSTRUMENTS; i++) {
            for (int k = 0; k < holders[i].length; k++) {
                int other = holders[i][(k + 1) % holders[i].length];
                market.fill(time, ++tradeId, i, market.reference[i], 1, ClearingMarket.account(holders[i][k]),
                        ClearingMarket.account(other), Aggressor.BUYER);
            }
        }
        for (int f = 0; f < FILLS; f++) {
            int i = 1 + random.nextInt(ClearingMarket.INSTRUMENTS);
            instrument[f] = i;
            buyer[f] = holders[i][random.nextInt(holders[i].length)];
            seller[f] = holders[i][random.nextInt(holders[i].length)];
            price[f] = market.reference[i] + random.nextInt(41) - 20;
            lots[f] = 1 + random.nextInt(5);
            aggressor[f] = random.nextBoolean() ? Aggressor.BUYER : Aggressor.SELLER;
        }
        arrays = new long[ClearingMarket.INSTRUMENTS + 1][];
        for (int i = 1; i <= ClearingMarket.INSTRUMENTS; i++) {
            arrays[i] = RiskArray.future(market.reference[i] * 150).losses();
        }
    }

    @Benchmark
    public void fill() {
        int f = next++ & (FILLS - 1);
        time += 50;
        market.fill(time, ++tradeId, instrument[f], price[f], lots[f], ClearingMarket.account(buyer[f]),
                ClearingMarket.account(seller[f]), aggressor[f]);
    }

    @Benchmark
    public long revalueTwoPortfolios() {
        int f = next++ & (FILLS - 1);
        return scan(buyer[f]) + scan(seller[f]);
    }

    /** The worst scenario of each hub's summed arrays over the account's 20 positions, summed over hubs. */
    private long scan(int account) {
        Arrays.fill(scenarios, 0);
        for (int j = 0; j < PER_ACCOUNT; j++) {
            int i = held[account][j];
            int hub = (i - 1) / ClearingMarket.MONTHS;
            long[] array = arrays[i];
            long lotsHeld = netLots[account][j];
            for (int s = 0; s < RiskArray.SCENARIOS; s++) {
                scenarios[hub * RiskArray.SCENARIOS + s] += lotsHeld * array[s];
            }
        }
        long total = 0;
        for (int hub = 0; hub < 8; hub++) {
            long worst = 0;
            for (int s = 0; s < RiskArray.SCENARIOS; s++) {
                worst = Math.max(worst, scenarios[hub * RiskArray.SCENARIOS + s]);
            }
            total += worst;
        }
        return total;
    }
}
