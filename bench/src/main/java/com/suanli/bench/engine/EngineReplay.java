package com.suanli.bench.engine;

import com.suanli.exchange.book.FastOrderBook;
import com.suanli.exchange.book.BookListener;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;
import com.suanli.exchange.listing.Settlement;
import com.suanli.exchange.replay.Workload;
import com.suanli.exchange.replay.WorkloadReplay;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Replays the exchange-core conformance workload through the FULL engine (validation, pre-trade
 * hook, events with sequence numbers, market data, bars) and prints the median commands/s of
 * several timed runs after warm-up, beside the bare book on the same workload in the same JVM.
 * Every run must reproduce the reference totals.
 * <pre>
 *   java -cp bench/target/benchmarks.jar com.suanli.bench.engine.EngineReplay [runs] [workload.csv.gz]
 * </pre>
 * The workload's order ids are the client's; the engine gives its own ids in acceptance order,
 * so a place's exchange id is its rank among the places (every place is accepted, which the
 * run checks). A workload REDUCE by the whole open size or more is a cancel; a smaller one is an
 * amendment down to what is left.
 */
public final class EngineReplay {
    private static final int INSTRUMENT = 1;
    /** Monday 5 January 2026, 09:00 in Shanghai: the contract's first trading day. */
    static final long START = 1_767_574_800_000L;
    private static final int WARM_UP_RUNS = 3;
    private static final int DEFAULT_RUNS = 7;
    private static final String DEFAULT_WORKLOAD = "../shared/bench/ec-workload-3M.csv.gz";
    private static final String EXPECTED = "trades=122704 tradedQty=1062983 tradedNotional=32732421108";
    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Thread CPU time of the last bare-book replay: steadier than wall time on a shared machine. */
    private static long bookCpuNanos;

    private EngineReplay() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RUNS;
        Workload workload = Workload.load(Path.of(args.length > 1 ? args[1] : DEFAULT_WORKLOAD));
        Prepared prepared = Prepared.of(workload);
        System.out.printf("workload: %d commands (%d places), expected %s%n", workload.size(), prepared.places,
                EXPECTED);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            check(replay(prepared));
            bareBook(workload);
        }
        double[] engineRates = new double[runs];
        double[] bookRates = new double[runs];
        double[] ratios = new double[runs];
        double[] cpuRatios = new double[runs];
        for (int i = 0; i < runs; i++) {
            Totals totals = replay(prepared);
            check(totals);
            engineRates[i] = workload.size() * 1e3 / totals.nanos;
            bookRates[i] = workload.size() * 1e3 / bareBook(workload);
            ratios[i] = engineRates[i] / bookRates[i];
            cpuRatios[i] = (double) bookCpuNanos / totals.cpuNanos;
            System.out.printf("run %d: full engine %.2f M commands/s (%d events, %.2f M events/s, %d B allocated per "
                    + "command; %d amend/cancel rejects), bare book %.2f M commands/s; by thread CPU time %.2f and "
                    + "%.2f M commands/s%n", i + 1, engineRates[i], totals.events, totals.events * 1e3 / totals.nanos,
                    totals.allocated / workload.size(), totals.otherRejects, bookRates[i],
                    workload.size() * 1e3 / totals.cpuNanos, workload.size() * 1e3 / bookCpuNanos);
        }
        double engine = median(engineRates);
        double book = median(bookRates);
        System.out.printf("median of %d runs: full engine %.2f M commands/s, bare book %.2f M commands/s, "
                + "median of per-run engine/book ratios %.2f (by thread CPU time %.2f)%n", runs, engine, book,
                median(ratios), median(cpuRatios));
    }

    /** The contract the workload trades: tick 1, lot 1, a band of +-100% around 30,000 ticks. */
    static ContractSpec contract() {
        return contract(INSTRUMENT, "H100", Hub.YRD);
    }

    /**
     * Spot of a GPU product coded {@code productCode} in {@code hub}, on the workload contract's terms;
     * distinct codes or hubs give distinct symbols, so a catalogue can hold many of them.
     */
    static ContractSpec contract(int instrumentId, String productCode, Hub hub) {
        ComputeProduct product = ComputeProduct.of(productCode, "NVIDIA H100 SXM 80GB", ProductClass.GPU,
                new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));
        return new ContractSpec(instrumentId, productCode + "-" + hub.code() + "-SPOT", product, hub, false,
                ContractKind.SPOT, null, Settlement.PHYSICAL, 1, BigDecimal.ONE, 1, 1_000_000, ContractSpec.BPS_PER_UNIT,
                30_000,
                LocalDate.of(2026, 1, 5), LocalDate.of(2027, 12, 31), LocalDate.of(2027, 12, 31));
    }

    private static Totals replay(Prepared prepared) {
        Totals totals = new Totals(prepared.places);
        Engine engine = new Engine(Catalogue.of(List.of(contract())),
                EngineConfig.defaults().withSelfTradePrevention(SelfTradePrevention.NONE), totals);
        engine.submit(new SessionCommand(START, INSTRUMENT, SessionAction.OPEN_CONTINUOUS));
        Command[] commands = prepared.commands;
        long[] reduceOrder = prepared.reduceOrder;
        long[] reduceAccount = prepared.reduceAccount;
        long[] reduceBy = prepared.reduceBy;
        long[] open = totals.open;
        long allocatedBefore = THREAD.getCurrentThreadAllocatedBytes();
        long cpuStart = THREAD.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < commands.length; i++) {
            Command c = commands[i];
            if (c == null) {
                long id = reduceOrder[i];
                long left = id < open.length ? open[(int) id] - reduceBy[i] : 0;
                c = left > 0 ? new AmendQuantity(START + i, reduceAccount[i], id, left)
                        : new CancelOrder(START + i, reduceAccount[i], id);
            }
            engine.submit(c);
        }
        totals.nanos = System.nanoTime() - start;
        totals.cpuNanos = THREAD.getCurrentThreadCpuTime() - cpuStart;
        totals.allocated = THREAD.getCurrentThreadAllocatedBytes() - allocatedBefore;
        return totals;
    }

    private static long bareBook(Workload workload) {
        FastOrderBook book = WorkloadReplay.freshBook(BookListener.NONE);
        long cpuStart = THREAD.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        workload.replay(book);
        long nanos = System.nanoTime() - start;
        bookCpuNanos = THREAD.getCurrentThreadCpuTime() - cpuStart;
        return nanos;
    }

    private static void check(Totals totals) {
        String found = "trades=" + totals.trades + " tradedQty=" + totals.quantity + " tradedNotional=" + totals.notional;
        if (!EXPECTED.equals(found) || totals.placeRejects != 0) {
            throw new IllegalStateException("the full engine gave " + found + " with " + totals.placeRejects
                    + " rejected places; expected " + EXPECTED + " and none");
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The workload as engine commands, built before timing; reduces are built in the loop from what is open. */
    private static final class Prepared {
        final Command[] commands;
        final long[] reduceOrder;
        final long[] reduceAccount;
        final long[] reduceBy;
        final int places;

        private Prepared(int size, int places) {
            this.commands = new Command[size];
            this.reduceOrder = new long[size];
            this.reduceAccount = new long[size];
            this.reduceBy = new long[size];
            this.places = places;
        }

        static Prepared of(Workload w) {
            long maxClientId = 0;
            int places = 0;
            for (int i = 0; i < w.size(); i++) {
                maxClientId = Math.max(maxClientId, w.orderId(i));
                places += w.command(i) == Workload.PLACE ? 1 : 0;
            }
            long[] exchangeId = new long[(int) maxClientId + 1];
            Prepared p = new Prepared(w.size(), places);
            long nextId = 1;
            for (int i = 0; i < w.size(); i++) {
                long time = START + i;
                int client = (int) w.orderId(i);
                long account = w.account(i);
                byte command = w.command(i);
                if (command == Workload.PLACE) {
                    exchangeId[client] = nextId++;
                    p.commands[i] = place(w, i, time);
                } else if (command == Workload.MOVE) {
                    p.commands[i] = new AmendPrice(time, account, unknownAsMissing(exchangeId[client]), w.price(i));
                } else if (command == Workload.CANCEL) {
                    p.commands[i] = new CancelOrder(time, account, unknownAsMissing(exchangeId[client]));
                } else {
                    p.reduceOrder[i] = unknownAsMissing(exchangeId[client]);
                    p.reduceAccount[i] = account;
                    p.reduceBy[i] = w.quantity(i);
                }
            }
            return p;
        }

        private static PlaceOrder place(Workload w, int i, long time) {
            OrderKind kind = w.kind(i);
            if (kind == OrderKind.FOK_BUDGET) {
                return PlaceOrder.budget(time, w.account(i), w.orderId(i), INSTRUMENT, w.side(i), w.price(i),
                        w.quantity(i));
            }
            TimeInForce tif = kind == OrderKind.IOC ? TimeInForce.IOC : TimeInForce.GTC;
            return PlaceOrder.limit(time, w.account(i), w.orderId(i), INSTRUMENT, w.side(i), w.price(i),
                    w.quantity(i), tif);
        }

        /** A command for an order id never placed refers to no order at all (the engine rejects it). */
        private static long unknownAsMissing(long exchangeId) {
            return exchangeId == 0 ? Long.MAX_VALUE : exchangeId;
        }
    }

    /** The run's sink: trade totals for the conformance check, and each order's open quantity for reduces. */
    private static final class Totals implements EventSink {
        final long[] open;
        long trades;
        long quantity;
        long notional;
        long events;
        long placeRejects;
        long otherRejects;
        long nanos;
        long cpuNanos;
        long allocated;

        Totals(int places) {
            open = new long[places + 1];
        }

        @Override
        public void onEvent(ExchangeEvent event) {
            events++;
            if (event instanceof TradeExecuted t) {
                trades++;
                quantity += t.quantity();
                notional += t.price() * t.quantity();
                open[(int) t.buyOrderId()] = t.buyRemaining();
                open[(int) t.sellOrderId()] = t.sellRemaining();
            } else if (event instanceof OrderAccepted a) {
                open[(int) a.orderId()] = a.quantity();
            } else if (event instanceof OrderAmended a) {
                open[(int) a.orderId()] = a.openQuantity();
            } else if (event instanceof OrderCancelled c) {
                open[(int) c.orderId()] = 0;
            } else if (event instanceof CommandRejected r) {
                if (r.command() == RejectedCommand.PLACE_ORDER) {
                    placeRejects++;
                } else {
                    otherRejects++;
                }
            }
        }
    }
}
