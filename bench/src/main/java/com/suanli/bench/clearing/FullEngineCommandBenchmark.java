package com.suanli.bench.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Time and allocation (run with {@code -prof gc}) of the full engine's steady-state paths with
 * clearing inside, on {@link ClearingMarket}'s 200 futures and 10,000 accounts, every account's
 * 20 positions already made (one order placed and cancelled on each): a resting order placed
 * (pre-trade margin, lots working) and cancelled (lots released); a market maker's quote replaced;
 * and a quote replaced then hit by an immediate-or-cancel order, once from each side (two trades
 * through clearing: positions, fees and a rebate to the ledger, margin). {@code clears=false}
 * is the same engine and commands without clearing, in the same run. Records are built once and
 * sent again at one engine time, except the {@link CancelOrder} naming the new order (40 bytes,
 * the benchmark's own). The sink counts events and keeps none: {@code sink=fields} reads the
 * steady-state events by their fields ({@link FieldCounter}, no record made), {@code sink=records}
 * takes every event as a record ({@link EventCounter}), in the same run.
 *
 * <pre>java -jar bench/target/benchmarks.jar FullEngineCommand -f 1 -wi 5 -i 5 -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class FullEngineCommandBenchmark {
    private static final long TIME = FullEngineWorkload.START;
    private static final int MAKER = 1;
    private static final int TAKER = 4_201;
    private static final int RESTER = 7_777;
    private static final long FAR = 40;

    @Param({"true", "false"})
    public boolean clears;

    @Param({"fields", "records"})
    public String sink;

    private EventCounter counter;
    private Engine engine;
    private PlaceOrder resting;
    private Quote quote;
    private PlaceOrder buy;
    private PlaceOrder sell;
    private long rester;

    @Setup(Level.Trial)
    public void open() {
        counter = sink.equals("records") ? new EventCounter() : new FieldCounter();
        engine = FullEngineWorkload.engine(FullEngineWorkload.catalogue(), counter, clears);
        long[] reference = new ClearingMarket().reference;
        for (int id = 1; id <= ClearingMarket.INSTRUMENTS; id++) {
            engine.submit(new SessionCommand(TIME, id, SessionAction.OPEN_CONTINUOUS));
        }
        long clientId = 1;
        for (int member = 0; member < FullEngineWorkload.ACCOUNTS; member++) {
            long account = ClearingMarket.account(member);
            for (int j = 0; j < FullEngineWorkload.PER_ACCOUNT; j++) {
                int instrument = FullEngineWorkload.instrument(member, j);
                engine.submit(PlaceOrder.limit(TIME, account, clientId++, instrument, Side.BID, reference[instrument] - FAR,
                        1, TimeInForce.GTC));
                engine.submit(new CancelOrder(TIME, account, counter.lastAcceptedId));
            }
        }
        // The taker and the maker share an instrument: the maker's first, which is also the taker's.
        int quoted = FullEngineWorkload.instrument(MAKER, 0);
        int takers = FullEngineWorkload.instrument(TAKER, 0);
        if (quoted != takers) {
            throw new IllegalStateException("the maker and taker trade different futures: " + quoted + ", " + takers);
        }
        rester = ClearingMarket.account(RESTER);
        int restingOn = FullEngineWorkload.instrument(RESTER, 3);
        resting = PlaceOrder.limit(TIME, rester, clientId++, restingOn, Side.ASK, reference[restingOn] + FAR, 3,
                TimeInForce.GTC);
        quote = Quote.of(TIME, ClearingMarket.account(MAKER), quoted, reference[quoted] - 1, 5, reference[quoted] + 1, 5);
        long taker = ClearingMarket.account(TAKER);
        buy = PlaceOrder.limit(TIME, taker, clientId++, quoted, Side.BID, reference[quoted] + 1, 1, TimeInForce.IOC);
        sell = PlaceOrder.limit(TIME, taker, clientId, quoted, Side.ASK, reference[quoted] - 1, 1, TimeInForce.IOC);
        engine.submit(quote);
    }

    @Benchmark
    public long placeRestingThenCancel() {
        engine.submit(resting);
        engine.submit(new CancelOrder(TIME, rester, counter.lastAcceptedId));
        return counter.events;
    }

    @Benchmark
    public long replaceQuote() {
        engine.submit(quote);
        return counter.events;
    }

    @Benchmark
    public long replaceQuoteThenTradeAgainstItBothWays() {
        engine.submit(quote);
        engine.submit(buy);
        engine.submit(quote);
        engine.submit(sell);
        return counter.events;
    }
}
