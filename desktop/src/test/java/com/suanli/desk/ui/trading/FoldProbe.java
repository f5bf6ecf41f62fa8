package com.suanli.desk.ui.trading;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.chart.BookSource;
import com.suanli.desk.ui.chart.CandleChartViewModel;
import com.suanli.desk.ui.chart.DepthChartViewModel;
import com.suanli.desk.ui.chart.TradeArchive;
import com.suanli.desk.ui.chart.TradeBars;
import com.suanli.desk.ui.curve.ForwardStripViewModel;
import com.suanli.desk.ui.curve.ReferenceCurves;
import com.suanli.desk.ui.ladder.LadderViewModel;
import com.suanli.desk.ui.tape.TapeViewModel;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * A probe, not a test: what folding a busy market costs the FX thread. A seeded load of limit orders,
 * crossing orders and cancels from other members on 20 instruments, one command in 50 the trader's own on
 * the instrument the ladder shows, is run through a real engine and its events recorded; the events are then
 * folded into the trader's desk and ladder in batches of the size a pulse sees at a given rate (100,000
 * events a second at 60 pulses a second: 1,667), timing each batch: the desk alone, with the ladder, and with
 * the ladder and the charts panel's view-models. No window: layout, CSS and painting are not in the figure.
 *
 * <p>Run: {@code java -cp desktop/target/test-classes:desktop/target/desktop-0.1.0-SNAPSHOT.jar:desktop/target/lib/*:desktop/target/javafx/* com.suanli.desk.ui.trading.FoldProbe [eventsPerSecond]}
 */
public final class FoldProbe {

    private static final long SEED = 20_261_203L;
    private static final int PULSES_PER_SECOND = 60;
    private static final int COMMANDS = 400_000;
    private static final int INSTRUMENTS = 20;
    private static final int WARM_UP_ROUNDS = 3;

    private FoldProbe() {
    }

    public static void main(String[] args) {
        int eventsPerSecond = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batchSize = eventsPerSecond / PULSES_PER_SECOND;
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        Catalogue listing = CatalogueJson.readDefault();
        List<ContractSpec> traded = traded(listing, clock);
        List<ExchangeEvent> recorded = recordLoad(listing, traded, clock);
        System.out.printf("recorded %,d events from %,d commands; batches of %,d events (%,d events/s at %d pulses/s)%n",
                recorded.size(), COMMANDS, batchSize, eventsPerSecond, PULSES_PER_SECOND);
        for (int round = 0; round <= WARM_UP_ROUNDS; round++) {
            // Alternating, so that all see the same machine: the desk's fold alone, with the ladder shown, and
            // with the ladder and the charts panel (candles, depth, curve, tape) following the instrument.
            for (Shown shown : Shown.values()) {
                long[] nanos = fold(listing, shown, traded.get(0), recorded, batchSize);
                Arrays.sort(nanos);
                System.out.printf("%s, %s: %d batches; per batch p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                        round < WARM_UP_ROUNDS ? "warm-up " + (round + 1) : "measured",
                        shown.title, nanos.length, nanos[nanos.length / 2] / 1e6,
                        nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
            }
        }
    }

    /** The instruments the load trades: the first {@value #INSTRUMENTS} the listing has open on the clock's day. */
    static List<ContractSpec> traded(Catalogue listing, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return listing.contracts().stream().filter(contract -> contract.isTradable(today)).limit(INSTRUMENTS).toList();
    }

    /** The events of {@value #COMMANDS} seeded commands on {@code traded}, opened first, from a fresh engine. */
    static List<ExchangeEvent> recordLoad(Catalogue listing, List<ContractSpec> traded, Clock clock) {
        List<ExchangeEvent> recorded = new ArrayList<>();
        Engine engine = new Engine(listing, EngineConfig.defaults(), recorded::add);
        traded.forEach(contract -> engine.submit(new SessionCommand(clock.millis(), contract.instrumentId(),
                SessionAction.OPEN_CONTINUOUS)));
        recorded.clear();
        record(engine, traded, clock.millis(), recorded, COMMANDS);
        return recorded;
    }

    /** Runs {@code commands} seeded commands through the engine, its events into {@code recorded} (PulseProbe too). */
    public static void record(Engine engine, List<ContractSpec> traded, long time, List<ExchangeEvent> recorded, int commands) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Long> ownWorking = new ArrayList<>();
        List<Long> othersWorking = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            boolean own = i % 50 == 0;
            ContractSpec contract = own ? traded.get(0) : traded.get(random.nextInt(traded.size()));
            long account = own ? TraderFixture.TRADER : 2_000 + random.nextInt(100);
            List<Long> working = own ? ownWorking : othersWorking;
            int before = recorded.size();
            if (working.size() > 200 && random.nextInt(3) == 0) {
                long orderId = working.remove(random.nextInt(working.size()));
                engine.submit(new CancelOrder(time, own ? TraderFixture.TRADER : accountOf(engine, orderId), orderId));
            } else {
                Side side = random.nextBoolean() ? Side.BID : Side.ASK;
                // Mostly within ten ticks of the reference, so that a good share crosses and trades.
                long price = contract.referencePriceTicks() + (side == Side.BID ? -1 : 1) * (random.nextInt(12) - 2);
                engine.submit(PlaceOrder.limit(time, account, i + 1, contract.instrumentId(), side, price,
                        1 + random.nextInt(10), TimeInForce.GTC));
            }
            for (ExchangeEvent event : recorded.subList(before, recorded.size())) {
                if (event instanceof OrderAccepted accepted) {
                    working.add(accepted.orderId());
                }
            }
        }
    }

    private static long accountOf(Engine engine, long orderId) {
        return engine.workingOrder(orderId).map(order -> order.account()).orElse(1L);
    }

    /** What follows the desk's fold in a run. */
    private enum Shown {
        NOTHING("desk alone"), LADDER("desk + ladder"), LADDER_AND_CHARTS("desk + ladder + charts");

        private final String title;

        Shown(String title) {
            this.title = title;
        }
    }

    private static long[] fold(Catalogue listing, Shown shown, ContractSpec instrument, List<ExchangeEvent> recorded,
                               int batchSize) {
        TradingDesk desk = new TradingDesk(TraderFixture.TRADER);
        desk.list(listing);
        InstrumentLink link = new InstrumentLink();
        TraderOrders orders = new TraderOrders(command -> CompletableFuture.completedFuture(CommandOutcome.TAKEN),
                TraderFixture.TRADER, Clock.systemUTC(), Runnable::run, message -> { });
        if (shown != Shown.NOTHING) {
            new LadderViewModel(desk, link, orders);
        }
        if (shown == Shown.LADDER_AND_CHARTS) {
            TradeBars bars = new TradeBars();
            desk.follow(bars::apply);
            CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
            new CandleChartViewModel(desk, bars, link, TradeArchive.NONE, tasks);
            new DepthChartViewModel(desk, link, BookSource.NONE);
            new ForwardStripViewModel(desk, link, new ReferenceCurves(desk::catalogue), TradeArchive.NONE, tasks,
                    Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai")));
            new TapeViewModel(desk, link, TradeArchive.NONE, tasks);
        }
        if (shown != Shown.NOTHING) {
            link.selectedInstrumentProperty().set(instrument);
        }
        int batches = recorded.size() / batchSize;
        long[] nanos = new long[batches];
        for (int b = 0; b < batches; b++) {
            List<ExchangeEvent> batch = List.copyOf(recorded.subList(b * batchSize, (b + 1) * batchSize));
            long start = System.nanoTime();
            desk.apply(batch);
            nanos[b] = System.nanoTime() - start;
        }
        return nanos;
    }
}
