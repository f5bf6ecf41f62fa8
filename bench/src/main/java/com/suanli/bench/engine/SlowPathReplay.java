package com.suanli.bench.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;

import java.util.ArrayList;
import java.util.List;

import static com.suanli.bench.engine.EngineReplay.START;
import static com.suanli.bench.engine.EngineReplay.median;

/**
 * Times the engine's rare, heavy commands through the full engine (validation, events, market
 * data), each as one {@code submit} measured with {@code System.nanoTime}:
 * <ul>
 *   <li>the opening uncross ({@code OPEN_CONTINUOUS} from {@code PRE_OPEN}) of a book crossed over
 *       L price levels a side (one 1-lot order per level, the asks one tick above the bids), for L
 *       from 1,000 to 8,000: a linear uncross grows 8x from the first to the last, a quadratic one 64x;</li>
 *   <li>the operator {@code CLOSE} (its DAY orders expire) and {@code EXPIRE} (every order is
 *       cancelled) of one instrument holding 100 working orders, in a catalogue of 1 and of 1,000
 *       such instruments: the cost should follow the instrument's own orders, not everyone's.</li>
 * </ul>
 * Each uncross figure is the median of {@code runs} measurements after warm-up, each close and
 * expiry figure the median of ten times as many.
 * <pre>
 *   java -cp bench/target/benchmarks.jar com.suanli.bench.engine.SlowPathReplay [runs]
 * </pre>
 */
public final class SlowPathReplay {
    private static final int DEFAULT_RUNS = 5;
    private static final int WARM_UP_RUNS = 2;
    /** Closes and expiries are quick: more of them, to warm up and to measure. */
    private static final int WARM_UP_ENDS = 50;
    private static final int ENDS_PER_RUN = 10;
    private static final int[] LEVELS = {1_000, 2_000, 4_000, 8_000};
    private static final long MID = 30_000;
    private static final long BUYER = 1;
    private static final long SELLER = 2;
    private static final int[] INSTRUMENT_COUNTS = {1, 1_000};
    /** Working orders on each instrument of the close/expiry test: half DAY, half GTC. */
    private static final int ORDERS_PER_INSTRUMENT = 100;

    private SlowPathReplay() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RUNS;
        for (int levels : LEVELS) {
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                uncross(levels);
            }
            double[] millis = new double[runs];
            long volume = 0;
            for (int i = 0; i < runs; i++) {
                Uncross u = uncross(levels);
                millis[i] = u.nanos / 1e6;
                volume = u.volume;
            }
            System.out.printf("uncross, %,d levels a side: median %.3f ms (%,d lots traded)%n", levels,
                    median(millis), volume);
        }
        for (int count : INSTRUMENT_COUNTS) {
            Market market = new Market(count);
            for (int i = 0; i < WARM_UP_ENDS; i++) {
                market.timedEnd(SessionAction.CLOSE);
                market.timedEnd(SessionAction.EXPIRE);
            }
            double[] close = new double[runs * ENDS_PER_RUN];
            double[] expire = new double[runs * ENDS_PER_RUN];
            for (int i = 0; i < close.length; i++) {
                close[i] = market.timedEnd(SessionAction.CLOSE);
                expire[i] = market.timedEnd(SessionAction.EXPIRE);
            }
            System.out.printf("%,d instruments x %d working orders: CLOSE median %.1f us, EXPIRE median %.1f us%n",
                    count, ORDERS_PER_INSTRUMENT, median(close), median(expire));
        }
    }

    private record Uncross(long nanos, long volume) {
    }

    private static Uncross uncross(int levels) {
        TradeVolume sink = new TradeVolume();
        Engine engine = new Engine(Catalogue.of(List.of(EngineReplay.contract())), EngineConfig.defaults(), sink);
        int id = EngineReplay.contract().instrumentId();
        engine.submit(new SessionCommand(START, id, SessionAction.OPEN_AUCTION));
        long low = MID - levels / 2;
        for (int i = 0; i < levels; i++) {
            engine.submit(limit(BUYER, i + 1L, id, Side.BID, low + i, TimeInForce.GTC));
            engine.submit(limit(SELLER, i + 1L, id, Side.ASK, low + i + 1, TimeInForce.GTC));
        }
        Command open = new SessionCommand(START, id, SessionAction.OPEN_CONTINUOUS);
        long start = System.nanoTime();
        engine.submit(open);
        long nanos = System.nanoTime() - start;
        return new Uncross(nanos, sink.lots);
    }

    /**
     * Markets of {@code count} instruments in continuous trading, each with {@link #ORDERS_PER_INSTRUMENT}
     * resting orders that do not cross. Each end is timed on an instrument not ended before; when all
     * have ended, a fresh market is built (untimed).
     */
    private static final class Market {
        private final int count;
        private Engine engine;
        private int ended;

        Market(int count) {
            this.count = count;
            build();
        }

        private void build() {
            List<ContractSpec> specs = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                specs.add(EngineReplay.contract(i, String.format("G%04d", i), Hub.YRD));
            }
            engine = new Engine(Catalogue.of(specs), EngineConfig.defaults(), EventSink.NONE);
            ended = 0;
            long clientId = 1;
            for (int id = 1; id <= count; id++) {
                engine.submit(new SessionCommand(START, id, SessionAction.OPEN_CONTINUOUS));
                for (int k = 0; k < ORDERS_PER_INSTRUMENT; k++) {
                    boolean bid = k % 2 == 0;
                    long price = bid ? MID - 1 - k : MID + 1 + k;
                    TimeInForce tif = k % 4 < 2 ? TimeInForce.DAY : TimeInForce.GTC;
                    engine.submit(limit(bid ? BUYER : SELLER, clientId++, id, bid ? Side.BID : Side.ASK, price, tif));
                }
            }
        }

        /** Ends the next instrument by {@code action}. @return the microseconds the command took */
        double timedEnd(SessionAction action) {
            if (ended == count) {
                build();
            }
            Command end = new SessionCommand(START, ++ended, action);
            long start = System.nanoTime();
            engine.submit(end);
            return (System.nanoTime() - start) / 1e3;
        }
    }

    private static PlaceOrder limit(long account, long clientId, int instrumentId, Side side, long price,
                                    TimeInForce tif) {
        return PlaceOrder.limit(START, account, clientId, instrumentId, side, price, 1, tif);
    }

    /** Counts the lots traded, keeping no event. */
    private static final class TradeVolume implements EventSink {
        long lots;

        @Override
        public void onEvent(ExchangeEvent event) {
            if (event instanceof TradeExecuted t) {
                lots += t.quantity();
            }
        }
    }
}
