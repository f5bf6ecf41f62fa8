package com.suanli.bench.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time and allocation of the full engine's steady-state command paths: a resting order placed
 * and cancelled, an IOC that finds nothing to trade, a market maker's quote replaced, a mass
 * quote over three instruments replaced, and a quote replaced then hit by an IOC. Each command
 * record is built once and sent again and again (all at one engine time), except the
 * {@link CancelOrder}, which must name the new order's id: that one record (40 bytes) is the
 * benchmark's own allocation, not the engine's. The sink counts events and keeps none, as a
 * journal that encodes and drops them would; a sink that keeps event records pays for them.
 * Accounts are above 127 so that any boxing of an account shows (Long caches -128..127 only).
 *
 * <pre>java -jar bench/target/benchmarks.jar EngineCommand -f 3 -wi 5 -i 5 -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineCommandBenchmark {
    private static final long TIME = EngineReplay.START;
    private static final long MID = 30_000;
    private static final long MAKER = 1_001;
    private static final long TAKER = 2_002;
    private static final long BACKGROUND = 3_003;
    private static final Hub[] HUBS = {Hub.YRD, Hub.JJJ, Hub.GBA};

    /** Counts events and remembers the last accepted order id; keeps no event. */
    public static final class CountingSink implements EventSink {
        public long events;
        public long lastAcceptedId;

        @Override
        public void onEvent(ExchangeEvent event) {
            events++;
            if (event instanceof OrderAccepted a) {
                lastAcceptedId = a.orderId();
            }
        }
    }

    private final CountingSink sink = new CountingSink();
    private Engine engine;
    private final PlaceOrder resting = PlaceOrder.limit(TIME, TAKER, 1, 1, Side.BID, MID - 50, 5, TimeInForce.GTC);
    private final PlaceOrder ioc = PlaceOrder.limit(TIME, TAKER, 2, 1, Side.BID, MID - 50, 5, TimeInForce.IOC);
    private final PlaceOrder hit = PlaceOrder.limit(TIME, TAKER, 3, 1, Side.BID, MID + 10, 1, TimeInForce.IOC);
    private final Quote quote = Quote.of(TIME, MAKER, 1, MID - 10, 10, MID + 10, 10);
    private MassQuote massQuote;

    @Setup(Level.Trial)
    public void open() {
        List<ContractSpec> contracts = new ArrayList<>();
        List<QuoteSides> sides = new ArrayList<>();
        for (int id = 1; id <= HUBS.length; id++) {
            contracts.add(EngineReplay.contract(id, "H100", HUBS[id - 1]));
            sides.add(new QuoteSides(id, MID - 20, 10, MID + 20, 10));
        }
        massQuote = new MassQuote(TIME, MAKER, sides);
        // Two accounts share a self-trade group, so the group lookup does real work.
        engine = new Engine(Catalogue.of(contracts), EngineConfig.defaults()
                .withAccountGroups(Map.of(MAKER, 9L, BACKGROUND + 1, 9L)), sink);
        long clientId = 1;
        for (int id = 1; id <= HUBS.length; id++) {
            engine.submit(new SessionCommand(TIME, id, SessionAction.OPEN_CONTINUOUS));
            // A background book: ten levels a side, two orders each.
            for (int level = 1; level <= 10; level++) {
                for (int k = 0; k < 2; k++) {
                    engine.submit(PlaceOrder.limit(TIME, BACKGROUND, clientId++, id, Side.BID, MID - 100 - level, 10,
                            TimeInForce.GTC));
                    engine.submit(PlaceOrder.limit(TIME, BACKGROUND, clientId++, id, Side.ASK, MID + 100 + level, 10,
                            TimeInForce.GTC));
                }
            }
        }
        engine.submit(quote);
    }

    @Benchmark
    public long placeRestingThenCancel() {
        engine.submit(resting);
        engine.submit(new CancelOrder(TIME, TAKER, sink.lastAcceptedId));
        return sink.events;
    }

    @Benchmark
    public long placeImmediateOrCancelNothingToTrade() {
        engine.submit(ioc);
        return sink.events;
    }

    @Benchmark
    public long replaceQuote() {
        engine.submit(quote);
        return sink.events;
    }

    @Benchmark
    public long replaceMassQuoteOnThreeInstruments() {
        engine.submit(massQuote);
        return sink.events;
    }

    @Benchmark
    public long replaceQuoteThenTradeAgainstIt() {
        engine.submit(quote);
        engine.submit(hit);
        return sink.events;
    }
}
