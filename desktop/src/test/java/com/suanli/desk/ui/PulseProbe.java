package com.suanli.desk.ui;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.task.WorkerTaskExecutor;
import com.suanli.desk.ui.chart.BookSource;
import com.suanli.desk.ui.chart.CandleChartView;
import com.suanli.desk.ui.chart.CandleChartViewModel;
import com.suanli.desk.ui.chart.DepthChartView;
import com.suanli.desk.ui.chart.DepthChartViewModel;
import com.suanli.desk.ui.chart.TradeArchive;
import com.suanli.desk.ui.chart.TradeBars;
import com.suanli.desk.ui.hotkey.TraderKeys;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.marketwatch.MarketWatchView;
import com.suanli.desk.ui.marketwatch.MarketWatchViewModel;
import com.suanli.desk.ui.marketwatch.QuoteSource;
import com.suanli.desk.ui.tape.TapeView;
import com.suanli.desk.ui.tape.TapeViewModel;
import com.suanli.desk.ui.trading.Coalescer;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.FoldProbe;
import com.suanli.desk.ui.trading.FoldedBatch;
import com.suanli.desk.ui.trading.InstrumentMarket;
import com.suanli.desk.ui.trading.NextPulse;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.desk.ui.workspace.Workspace;
import com.suanli.desk.ui.workspace.WorkspaceView;
import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.BestBidOffer;
import com.suanli.exchange.marketdata.DepthLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;

/**
 * A probe, not a test: the FX pulse of the real trading workspace (market watch with its live columns, ladder,
 * tickets, blotter, account, auto-quoter and charts panels with the tape, in a shown window on Monocle's headless screen with JavaFX's software renderer) while the
 * exchange's events arrive at a given rate through a {@link Coalescer}, as the workstation receives them.
 * The events are recorded first from a real engine ({@link FoldProbe}'s seeded load, more of it; held as bytes off
 * the heap, {@link RecordedFeed}, each decoded afresh as fed, as a live engine's die young), then a feeder
 * thread hands them to the coalescer every millisecond at the rate, for as long as they last. The issue's figure is
 * the whole pulse, from its start (the fold runs among its animations) to the end of its frame's painting on the
 * render thread, read from JavaFX's own pulse-phase events in the flight recorder ({@link WholePulses}). Beside it,
 * three histograms: each pulse's scene work (the pre-layout to the post-layout pulse listener: CSS and layout, after the pulse's
 * animations), the time between the starts of consecutive pulses (a pulse that overruns shows as a gap), and each
 * coalesced batch shown on the FX thread (folded into the markets on the desk's worker first, its CPU apart); and the FX thread's own CPU time in the scene work and the showing, which a
 * loaded machine stretches far less than the wall clock. At the end the desk's books, last trades and own orders must equal the
 * engine's, and, once the heavy panels' next redraw is due ({@link PacedRedraw}), each blotter tab, selected in turn,
 * must show the desk's rows (a hidden tab's table is fed when selected), and the ladder (paced too) the desk's levels:
 * no update lost.
 *
 * <p>Run with java as {@code ./desk} runs the window (its collector and JIT, {@code desktop/src/jvm/desk.args} and
 * {@code window.args}):
 * {@code docs/examples/pulse-probe.sh [eventsPerSecond] [commands]} from the repository (docs/BENCHMARKS.md); with
 * {@code -Dprobe.lockstep=true} each pulse folds one 60th of a second's events ({@link #feedByPulse}).
 */
public final class PulseProbe {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    /** The feeder hands over what a millisecond brings, then waits for the next one. */
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int INSTRUMENTS = 20;
    private static final long WARM_UP_MILLIS = 2_000;
    private static final long IDLE_MILLIS = 5_000;
    /** The first seconds of the feed, left out of the figure after warm-up: the JIT compiles the busy paths then. */
    private static final long FED_WARM_UP_MILLIS = 10_000;
    /** The feed's very first seconds, counted apart: the tables' first rows are shown in them. */
    private static final long FIRST_ROWS_MILLIS = 2_000;
    /** A system property naming a PNG file: the scene is drawn into it halfway through the feed. */
    private static final String PICTURE = "probe.picture";
    /** A system property: true hands the FX thread one pulse's batch at a time ({@link #feedByPulse}). */
    private static final String LOCKSTEP = "probe.lockstep";
    /** A system property: so many of the recorded events fed before the idle spell, the desk opened on a live market. */
    private static final String PREFEED = "probe.prefeed";
    /**
     * A system property: true chooses every tab of the window's tab panes once, in turn, before the idle spell, and the
     * tab each showed first again: a desk a trader has looked around, whose tabs have each shown their rows.
     */
    private static final String TOUR = "probe.tour";
    /** How long each tab of the tour stays chosen: a few paced redraws. */
    private static final long TOUR_STAY_MILLIS = 300;
    /**
     * A system property: "objects" holds the recorded feed as event objects for the whole run, as the probe did before
     * 2026-12-06 (branch gc14t); by default it is held as bytes off the heap and each event decoded as it is fed
     * ({@link RecordedFeed}), so that the collector works on the desk's heap and not on the probe's recording.
     */
    private static final String FEED = "probe.feed";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Frames painted whole at the end: the painting's cost of one screen, the same screen for every build. */
    private static final int REPAINTS = 60;
    /** When the feed's first seconds end, in {@link System#nanoTime}: none before the feed. */
    private static volatile long warmFrom = Long.MAX_VALUE;
    /** The FX thread's part of each fed pulse, its wall time against its CPU. */
    private static final FxSpans FX_SPANS = new FxSpans();
    /** The render thread's CPU from one fed pulse's start to the next: about one frame's painting. */
    private static final RenderFrames RENDER_FRAMES = new RenderFrames();

    private PulseProbe() {
    }

    public static void main(String[] args) throws Exception {
        int eventsPerSecond = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 950_000;
        // Before the toolkit starts: JavaFX logs its pulse phases to JFR only if the recorder is up by then.
        WholePulses whole = WholePulses.listen();
        // As the workstation starts its toolkit (WorkstationApp.open).
        Painting.beforeToolkit();
        Catalogue listing = CatalogueJson.readDefault();
        String held = System.getProperty(FEED, "bytes");
        if (!held.equals("bytes") && !held.equals("objects")) {
            throw new IllegalArgumentException(FEED + ": must be bytes or objects, was " + held);
        }
        List<ExchangeEvent> recorded = held.equals("objects") ? new ArrayList<>() : new RecordedFeed();
        Engine engine = new Engine(listing, EngineConfig.defaults(), recorded::add);
        LocalDate today = LocalDate.now(CLOCK);
        List<ContractSpec> traded = listing.contracts().stream().filter(contract -> contract.isTradable(today))
                .limit(INSTRUMENTS).toList();
        traded.forEach(contract -> engine.submit(new SessionCommand(CLOCK.millis(), contract.instrumentId(),
                SessionAction.OPEN_CONTINUOUS)));
        FoldProbe.record(engine, traded, CLOCK.millis(), recorded, commands);
        System.out.printf("recorded %,d events from %,d commands: %.1f s at %,d events/s%n", recorded.size(), commands,
                recorded.size() / (double) eventsPerSecond, eventsPerSecond);
        System.out.println(recorded instanceof RecordedFeed bytes
                ? String.format("the feed held as bytes off the heap (%,d MB), each event decoded as it is fed",
                        bytes.directBytes() >> 20)
                : "the feed held as event objects on the heap for the whole run (-D" + FEED + "=objects)");
        // The probe says which collector and options it ran with: the window's are desktop/src/jvm/desk.args and
        // window.args.
        System.out.printf("collectors: %s; JVM options: %s%n", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList(), ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(option -> option.startsWith("-X")).toList());

        Histogram layout = new Histogram(HIGHEST_NANOS, 3);
        Histogram interval = new Histogram(HIGHEST_NANOS, 3);
        Histogram fold = new Histogram(HIGHEST_NANOS, 3);
        // The FX thread's own CPU time in the same spans: what the desk costs, whatever share of the machine it gets.
        Histogram layoutCpu = new Histogram(HIGHEST_NANOS, 3);
        // And all of its CPU from one pulse's layout to the next: the pulse's animations (the batch shown, the paced
        // redraws, the watch's beat), CSS and layout, and the last pulse's bounds and render-graph copy. Its tail is
        // the pulses that carry the most work, whatever the machine's load.
        Histogram pulseCpu = new Histogram(HIGHEST_NANOS, 3);
        // The same after the feed's first seconds: the heavy pulses the JIT's warm-up does not explain.
        Histogram warmPulseCpu = new Histogram(HIGHEST_NANOS, 3);
        Histogram foldCpu = new Histogram(HIGHEST_NANOS, 3);
        TradingDesk desk = new TradingDesk(TraderFixture.TRADER);
        CountDownLatch shown = new CountDownLatch(1);
        Scene[] screen = new Scene[1];
        Platform.startup(() -> {
            screen[0] = show(listing, desk, traded.get(0), layout, interval, layoutCpu, pulseCpu, warmPulseCpu);
            shown.countDown();
        });
        shown.await();
        // As the workstation wires it (EngineLauncher): the events folded into the markets on the desk's worker, and
        // what that left shown on the FX thread at most once per pulse, at the pulse's start.
        NextPulse pulses = new NextPulse(Platform::runLater);
        Semaphore folded = new Semaphore(0);
        Coalescer<FoldedBatch, List<FoldedBatch>> handOff = Coalescer.folds(pulses, batch -> {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            desk.show(batch);
            fold.recordValue(Math.min(HIGHEST_NANOS, System.nanoTime() - start));
            foldCpu.recordValue(Math.min(HIGHEST_NANOS, CPU.getCurrentThreadCpuTime() - cpuStart));
            folded.release();
        });
        ExecutorService folding = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, "desk-fold");
            worker.setDaemon(true);
            return worker;
        });
        // Written by the worker alone, read once it has folded everything.
        Histogram workerCpu = new Histogram(HIGHEST_NANOS, 3);
        Coalescer<ExchangeEvent, List<ExchangeEvent>> coalescer = Coalescer.events(folding, batch -> {
            long cpuStart = CPU.getCurrentThreadCpuTime();
            handOff.accept(desk.fold(batch));
            workerCpu.recordValue(Math.min(HIGHEST_NANOS, CPU.getCurrentThreadCpuTime() - cpuStart));
        });
        // Warm the window up on nothing; then, for comparison, the same window's pulses with no event coming;
        // then the measure while events flow.
        // A market that was already live when the desk opened: its first events fed before the idle spell, the rest
        // measured.
        int prefed = Math.min(recorded.size(), Integer.getInteger(PREFEED, 0));
        if (prefed > 0) {
            feed(recorded.subList(0, prefed), coalescer, eventsPerSecond);
        }
        List<ExchangeEvent> measuredFeed = recorded.subList(prefed, recorded.size());
        if (Boolean.getBoolean(TOUR)) {
            tour(screen[0]);
        }
        Thread.sleep(WARM_UP_MILLIS);
        Instant idleFrom = Instant.now();
        Platform.runLater(() -> {
            layout.reset();
            interval.reset();
            layoutCpu.reset();
            pulseCpu.reset();
        });
        Thread.sleep(IDLE_MILLIS);
        Histogram[] idle = new Histogram[4];
        CountDownLatch idleTaken = new CountDownLatch(1);
        Platform.runLater(() -> {
            idle[0] = layout.copy();
            idle[1] = interval.copy();
            idle[2] = layoutCpu.copy();
            idle[3] = pulseCpu.copy();
            layout.reset();
            interval.reset();
            layoutCpu.reset();
            pulseCpu.reset();
            idleTaken.countDown();
        });
        idleTaken.await();
        CompletableFuture<String> census = new CompletableFuture<>();
        Platform.runLater(() -> census.complete(census(screen[0].getRoot())));
        System.out.println(census.get(60, TimeUnit.SECONDS));
        Instant idleTo = Instant.now();
        ThreadCpu fedCpu = ThreadCpu.start(folding.submit(() -> Thread.currentThread().getId()).get());
        long[] jit = {JitCpu.nanos(), 0, 0};
        warmFrom = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FED_WARM_UP_MILLIS);
        FX_SPANS.feedFrom(System.nanoTime());
        RENDER_FRAMES.feedFrom(System.nanoTime());
        whole.feedFrom(idleTo);
        Thread jitTaker = new Thread(() -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(FED_WARM_UP_MILLIS));
            jit[1] = JitCpu.nanos();
        }, "probe-jit");
        jitTaker.setDaemon(true);
        jitTaker.start();
        Map<String, long[]> gcBefore = collections();
        long began = System.nanoTime();
        String picture = System.getProperty(PICTURE);
        if (picture != null) {
            pictureAfter(screen[0], Path.of(picture), measuredFeed.size() * 500L / eventsPerSecond);
        }
        if (Boolean.getBoolean(LOCKSTEP)) {
            feedByPulse(measuredFeed, coalescer, eventsPerSecond, folded);
        } else {
            feed(measuredFeed, coalescer, eventsPerSecond);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        // On the FX thread, after every batch the feeder handed over (a drain still due runs first, in the same
        // pulse): the figures as they stand; then the check, after that pulse (a runnable between pulses), so that
        // the probe's own walk of the engine's orders is not timed as the desk's pulse.
        CompletableFuture<String> check = new CompletableFuture<>();
        Histogram[] measured = new Histogram[7];
        long[] spent = new long[6];
        // The feed's end: the pulse that showed the last batch began before it, the check's pulses after it.
        Instant[] fedEnd = new Instant[1];
        // After the worker's last fold: its hand-off runs before this in the pulse.
        folding.execute(() -> pulses.execute(() -> {
            fedEnd[0] = Instant.now();
            fedCpu.stop(spent);
            measured[0] = layout.copy();
            measured[1] = interval.copy();
            measured[2] = fold.copy();
            measured[3] = layoutCpu.copy();
            measured[4] = foldCpu.copy();
            measured[5] = pulseCpu.copy();
            measured[6] = warmPulseCpu.copy();
            jit[2] = JitCpu.nanos();
            FX_SPANS.feedTo(System.nanoTime());
            RENDER_FRAMES.feedTo(System.nanoTime());
            Platform.runLater(() -> check.complete(compare(engine, desk, traded)));
        }));
        String differences = check.get(60, TimeUnit.SECONDS);
        Map<String, long[]> gcAfter = collections();
        Instant fedTo = fedEnd[0];
        // The heavy panels follow a busy market at a human rate: what the last batch changed is on screen within
        // their next redraw, in the first pulse a period on; the check runs in the pulse after that one. (A wall-clock
        // wait is not enough: on a loaded machine pulses come seconds apart, and the redraw had not run yet.)
        CompletableFuture<String> shownCheck = new CompletableFuture<>();
        Platform.runLater(() -> afterPacedRedraws(() -> shownCheck.complete(compareShown(screen[0], desk,
                traded.get(0)))));
        String unshown = shownCheck.get(60, TimeUnit.SECONDS);
        double repaint = fullRepaintCpu(screen[0]);
        String lost = differences.isEmpty() || unshown.isEmpty() ? differences + unshown
                : differences + ", " + unshown;
        whole.delivered();
        Histogram idleWhole = whole.startedBetween(idleFrom, idleTo);
        Histogram fedWhole = whole.startedBetween(idleTo, fedTo);
        Histogram warmWhole = whole.startedBetween(idleTo.plusMillis(FED_WARM_UP_MILLIS), fedTo);
        Histogram unpausedWhole = whole.unpausedBetween(idleTo, fedTo);
        System.out.printf("fed %,d events in %.1f s (%,.0f events/s)%n", measuredFeed.size(), seconds,
                measuredFeed.size() / seconds);
        // For a flight recording's reader (SlowPulses): which pulses were fed.
        System.out.printf("the feed's span, epoch ms: %d %d%n", idleTo.toEpochMilli(), fedTo.toEpochMilli());
        print("idle: WHOLE pulse, its start to its frame painted", idleWhole);
        print("WHOLE pulse, its start to its frame painted (the issue's figure)", fedWhole);
        System.out.printf("pulses over 16 ms while fed: %,d of %,d%n",
                fedWhole.getCountBetweenValues(TimeUnit.MILLISECONDS.toNanos(16) + 1, fedWhole.getMaxValue()),
                fedWhole.getTotalCount());
        print("WHOLE pulse after the feed's first " + FED_WARM_UP_MILLIS / 1_000 + " s (the JIT's warm-up left out)",
                warmWhole);
        print("WHOLE pulse, the pulses a collector's pause fell in left out", unpausedWhole);
        System.out.println("pulses over 16 ms while fed, " + whole.longOnes(idleTo, fedTo,
                idleTo.plusMillis(FED_WARM_UP_MILLIS), TimeUnit.MILLISECONDS.toNanos(16)));
        System.out.printf("the JIT's compiler threads' CPU while fed: %,.0f ms in the first %d s, %,.0f ms after%n",
                (jit[1] - jit[0]) / 1e6, FED_WARM_UP_MILLIS / 1_000, (jit[2] - jit[1]) / 1e6);
        System.out.println(FX_SPANS.summary(whole));
        print("idle: pulse, CSS and layout", idle[0]);
        print("idle: pulse start to next start", idle[1]);
        print("pulse, CSS and layout", measured[0]);
        print("pulse start to next start", measured[1]);
        print("coalesced batch shown on the FX thread", measured[2]);
        System.out.printf("CPU while fed, a pulse on average: FX thread %.3f ms, render thread %.3f ms"
                + " (%,.0f and %,.0f ms over %,d pulses)%n", spent[0] / 1e6 / fedWhole.getTotalCount(),
                spent[1] / 1e6 / fedWhole.getTotalCount(), spent[0] / 1e6, spent[1] / 1e6, fedWhole.getTotalCount());
        System.out.printf("garbage collections while fed: %s (each collector's own count and time: G1's are its"
                + " pauses; ZGC's Cycles run beside the application, its Pauses stop it)%n",
                String.join(", ", gcAfter.keySet().stream().map(name -> String.format("%s %,d, %,d ms", name,
                        gcAfter.get(name)[0] - gcBefore.get(name)[0], gcAfter.get(name)[1] - gcBefore.get(name)[1]))
                        .toList()));
        System.out.printf("the final screen painted whole, render thread CPU a frame: %.3f ms (%d frames)%n", repaint,
                REPAINTS);
        print("render thread CPU a fed pulse, pulse start to pulse start (about one frame's painting)",
                RENDER_FRAMES.cpu);
        System.out.println("the same, the feed's first " + FxSpans.LISTED + " pulses, ms: " + String.join(", ",
                Arrays.stream(RENDER_FRAMES.first).mapToObj(nanos -> String.format("%.1f", nanos / 1e6))
                        .toList()));
        System.out.printf("the same by the feed's first %,d pulses: mean %.3f ms; after them: mean %.3f ms%n",
                FxSpans.FIRST_PULSES, RENDER_FRAMES.firstPulses.getMean() / 1e6,
                RENDER_FRAMES.afterFirstPulses.getMean() / 1e6);
        print("the same in the feed's first " + FxSpans.FIRST_PULSES + " pulses", RENDER_FRAMES.firstPulses);
        print("the same after them", RENDER_FRAMES.afterFirstPulses);
        print("idle: pulse, CSS and layout, FX thread CPU", idle[2]);
        print("pulse, CSS and layout, FX thread CPU", measured[3]);
        print("coalesced batch shown, FX thread CPU", measured[4]);
        print("idle: FX thread CPU a pulse, layout to layout", idle[3]);
        print("FX thread CPU a pulse, layout to layout", measured[5]);
        System.out.printf("allocated on the FX thread while fed: %,.1f MB, %,.0f KB a pulse%n", spent[2] / 1e6,
                spent[2] / 1e3 / fedWhole.getTotalCount());
        System.out.printf("allocated on the desk-fold worker while fed: %,.1f MB, %,.0f KB a pulse (its CPU %,.0f ms);"
                + " by the feeder, the events handed over among it: %,.1f MB%n", spent[4] / 1e6,
                spent[4] / 1e3 / fedWhole.getTotalCount(), spent[3] / 1e6, spent[5] / 1e6);
        System.out.printf("pulses with over 8 / 16 ms of FX thread CPU while fed: %,d / %,d of %,d%n",
                measured[5].getCountBetweenValues(TimeUnit.MILLISECONDS.toNanos(8) + 1, HIGHEST_NANOS),
                measured[5].getCountBetweenValues(TimeUnit.MILLISECONDS.toNanos(16) + 1, HIGHEST_NANOS),
                measured[5].getTotalCount());
        System.out.printf("of them after the feed's first %d s: %,d / %,d of %,d%n", FED_WARM_UP_MILLIS / 1_000,
                measured[6].getCountBetweenValues(TimeUnit.MILLISECONDS.toNanos(8) + 1, HIGHEST_NANOS),
                measured[6].getCountBetweenValues(TimeUnit.MILLISECONDS.toNanos(16) + 1, HIGHEST_NANOS),
                measured[6].getTotalCount());
        print("batch folded on the worker, its CPU", workerCpu);
        System.out.println(lost.isEmpty() ? "final state: the desk's books, last trades and own orders equal the engine's,"
                + " the ladder shows the desk's levels and every blotter tab, once selected, shows the desk's rows"
                : "final state differs: " + lost);
        Platform.exit();
        System.exit(lost.isEmpty() ? 0 : 1);
    }

    private static Scene show(Catalogue listing, TradingDesk desk, ContractSpec chosen, Histogram layout,
                              Histogram interval, Histogram layoutCpu, Histogram pulseCpu,
                              Histogram warmPulseCpu) {
        // Started before the desk's own timers, so that it is the first of each pulse's animations.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                FX_SPANS.pulseStarted();
            }
        }.start();
        desk.list(listing);
        InstrumentLink link = new InstrumentLink();
        TraderOrders orders = new TraderOrders(command -> CompletableFuture.completedFuture(CommandOutcome.TAKEN),
                TraderFixture.TRADER, CLOCK, Platform::runLater, message -> { });
        TraderDesk trader = new TraderDesk(desk, orders, link, TraderKeys.defaults(), CLOCK.getZone());
        MarketWatchViewModel watch = new MarketWatchViewModel(link);
        watch.list(listing);
        watch.quoteFrom(quotesOf(desk));
        Node market = new MarketWatchView(watch).root();
        Node charts = charts(desk, link);
        StackPane screen = new StackPane(new WorkspaceView(panel -> switch (panel) {
            case MARKET_WATCH -> market;
            case CHARTS -> charts;
            default -> trader.viewOf(panel);
        }).of(Workspace.TRADING));
        Scene scene = new Scene(screen, 1600, 1000);
        DeskTheme.applyTo(scene);
        long[] pulseStart = {0};
        long[] pulseCpuStart = {0};
        scene.addPreLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (pulseStart[0] != 0) {
                interval.recordValue(Math.min(HIGHEST_NANOS, now - pulseStart[0]));
            }
            pulseStart[0] = now;
            pulseCpuStart[0] = CPU.getCurrentThreadCpuTime();
            RENDER_FRAMES.pulseStarted(now);
        });
        long[] layoutCpuEnd = {0};
        scene.addPostLayoutPulseListener(() -> {
            long cpu = CPU.getCurrentThreadCpuTime();
            layout.recordValue(Math.min(HIGHEST_NANOS, System.nanoTime() - pulseStart[0]));
            layoutCpu.recordValue(Math.min(HIGHEST_NANOS, cpu - pulseCpuStart[0]));
            if (layoutCpuEnd[0] != 0) {
                pulseCpu.recordValue(Math.min(HIGHEST_NANOS, cpu - layoutCpuEnd[0]));
                if (pulseStart[0] >= warmFrom) {
                    warmPulseCpu.recordValue(Math.min(HIGHEST_NANOS, cpu - layoutCpuEnd[0]));
                }
            }
            layoutCpuEnd[0] = cpu;
            FX_SPANS.laidOut(cpu, cpu - pulseCpuStart[0], System.nanoTime() - pulseStart[0]);
        });
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        link.selectedInstrumentProperty().set(chosen);
        return scene;
    }

    /**
     * The charts panel as {@code TraderCharts} makes it, candles and depth in tabs and the tape beside them, but
     * without the forward-curve tab: in this headless window ChartFX's curve chart, laid out in its hidden tab, keeps
     * its data locked, and its first redraw (the instrument chosen, its curve read) waits on the FX thread for ever.
     */
    private static Node charts(TradingDesk desk, InstrumentLink link) {
        TradeBars bars = new TradeBars();
        desk.follow(bars::apply);
        WorkerTaskExecutor tasks = new WorkerTaskExecutor("probe-charts", Platform::runLater);
        Tab depth = new Tab("depth");
        depth.setContent(new DepthChartView(new DepthChartViewModel(desk, link, BookSource.NONE,
                depth.selectedProperty())).root());
        TabPane charts = new TabPane(
                new Tab("candles", new CandleChartView(new CandleChartViewModel(desk, bars, link, TradeArchive.NONE,
                        tasks)).root()),
                depth);
        return new SplitPane(charts, new TapeView(new TapeViewModel(desk, link, TradeArchive.NONE, tasks),
                CLOCK.getZone()).root());
    }

    /**
     * The market watch's live columns read the desk's markets, as the workstation's read the exchange's read models:
     * both are as of the last batch.
     */
    private static QuoteSource quotesOf(TradingDesk desk) {
        return new QuoteSource() {
            @Override
            public Optional<BestBidOffer> topOfBook(int instrumentId) {
                InstrumentMarket market = desk.market(instrumentId);
                long bid = market.bestBid();
                long ask = market.bestAsk();
                return Optional.of(new BestBidOffer(instrumentId, 0,
                        bid == 0 ? OrderBook.NO_PRICE : bid, market.quantityAt(Side.BID, bid), bid == 0 ? 0 : 1,
                        ask == 0 ? OrderBook.NO_PRICE : ask, market.quantityAt(Side.ASK, ask), ask == 0 ? 0 : 1));
            }

            @Override
            public Optional<LastPrint> lastTrade(int instrumentId) {
                InstrumentMarket market = desk.market(instrumentId);
                return market.lastPrice() == 0 ? Optional.empty()
                        : Optional.of(new LastPrint(market.lastPrice(), market.lastQuantity()));
            }
        };
    }

    /**
     * Chooses every tab of the scene's tab panes in turn, each for a while, then each pane's first choice again. The
     * panes and their tabs are read on the FX thread; the probe's thread only paces the choices.
     */
    private static void tour(Scene scene) throws Exception {
        CompletableFuture<List<Runnable>> choices = new CompletableFuture<>();
        Platform.runLater(() -> {
            List<Runnable> each = new ArrayList<>();
            for (Node found : scene.getRoot().lookupAll(".tab-pane")) {
                TabPane pane = (TabPane) found;
                Tab first = pane.getSelectionModel().getSelectedItem();
                pane.getTabs().forEach(tab -> each.add(() -> pane.getSelectionModel().select(tab)));
                each.add(() -> pane.getSelectionModel().select(first));
            }
            choices.complete(each);
        });
        List<Runnable> tour = choices.get(60, TimeUnit.SECONDS);
        for (Runnable choice : tour) {
            Platform.runLater(choice);
            Thread.sleep(TOUR_STAY_MILLIS);
        }
        System.out.println("toured the tabs: " + tour.size() + " choices");
    }

    /**
     * How many nodes the scene holds, how many clips they have and how many of them hide under a node that is not
     * visible: every pulse's bounds pass ({@code Parent.updateBounds}) walks each node and its clip, shown or not. By
     * the class of the largest hidden subtrees' roots, and of the nodes with a clip. FX thread.
     */
    private static String census(Node root) {
        int[] all = {0, 0};
        int[] hidden = {0};
        Map<String, Integer> hiddenRoots = new TreeMap<>();
        Map<String, Integer> clipped = new TreeMap<>();
        Map<String, Integer> cached = new TreeMap<>();
        walk(root, false, all, hidden, hiddenRoots, clipped, cached);
        return String.format("nodes in the scene: %,d and %,d clips %s; of the nodes under a node not visible: %,d %s;"
                + " cached as images (a cached node that changes is painted twice): %s", all[0], all[1], clipped,
                hidden[0], hiddenRoots, cached);
    }

    private static int walk(Node node, boolean underHidden, int[] all, int[] hidden, Map<String, Integer> roots,
                            Map<String, Integer> clipped, Map<String, Integer> cached) {
        all[0]++;
        if (node.getClip() != null) {
            all[1]++;
            clipped.merge(className(node), 1, Integer::sum);
        }
        boolean hides = underHidden || !node.isVisible();
        if (node.isCache() && !hides) {
            cached.merge(className(node), 1, Integer::sum);
        }
        if (hides) {
            hidden[0]++;
        }
        int count = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += walk(child, hides, all, hidden, roots, clipped, cached);
            }
        }
        if (hides && !underHidden && count > 20) {
            roots.merge(node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                    + (node.getStyleClass().isEmpty() ? "" : "." + node.getStyleClass().get(0)), count,
                    Integer::sum);
        }
        return count;
    }

    private static String className(Node node) {
        return node.getClass().getSimpleName().isEmpty() ? node.getClass().getSuperclass().getSimpleName()
                : node.getClass().getSimpleName();
    }

    /** Runs {@code check} in the pulse after the first that comes two redraw periods from now. FX thread. */
    private static void afterPacedRedraws(Runnable check) {
        long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2 * PacedRedraw.EVERY_MILLIS);
        new AnimationTimer() {
            private boolean redrawn;

            @Override
            public void handle(long now) {
                if (redrawn) {
                    stop();
                    check.run();
                } else {
                    redrawn = now >= due;
                }
            }
        }.start();
    }

    /**
     * The render thread's CPU time per frame, over {@link #REPAINTS} pulses that each paint the whole screen as it
     * stands (the scene's fill changes each pulse, which the opaque root hides but which repaints the window whole):
     * what painting costs, apart from how many pulses a loaded machine gave the run.
     */
    private static double fullRepaintCpu(Scene scene) throws Exception {
        ThreadCpu cpu = ThreadCpu.start();
        CompletableFuture<long[]> spent = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (frames++ < REPAINTS) {
                    scene.setFill(frames % 2 == 0 ? Color.BLACK : Color.WHITE);
                } else {
                    stop();
                    long[] used = new long[6];
                    cpu.stop(used);
                    spent.complete(used);
                }
            }
        }.start());
        return spent.get(10, TimeUnit.MINUTES)[1] / 1e6 / REPAINTS;
    }

    /** The scene as it is drawn {@code millis} after now, while the events flow, written as a PNG. */
    private static void pictureAfter(Scene scene, Path file, long millis) {
        Thread taker = new Thread(() -> {
            try {
                Thread.sleep(millis);
                CompletableFuture<WritableImage> image = new CompletableFuture<>();
                Platform.runLater(() -> image.complete(scene.snapshot(null)));
                WritableImage drawn = image.get();
                BufferedImage png = new BufferedImage((int) drawn.getWidth(), (int) drawn.getHeight(),
                        BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < png.getHeight(); y++) {
                    for (int x = 0; x < png.getWidth(); x++) {
                        png.setRGB(x, y, drawn.getPixelReader().getArgb(x, y));
                    }
                }
                ImageIO.write(png, "png", file.toFile());
            } catch (Exception failed) {
                System.out.println("no picture: " + failed);
            }
        }, "probe-picture");
        taker.setDaemon(true);
        taker.start();
    }

    /**
     * Hands over what one pulse of a 60 Hz screen gets at the rate, then waits until the FX thread has folded it:
     * every pulse folds the same batch however few pulses the machine's load allows, so the runs of two builds
     * compare per pulse (their CPU above all) even when their wall clocks do not.
     */
    private static void feedByPulse(List<ExchangeEvent> recorded, Coalescer<ExchangeEvent, ?> coalescer, int eventsPerSecond,
                                    Semaphore folded) throws InterruptedException {
        int perPulse = Math.max(1, eventsPerSecond / 60);
        for (int from = 0; from < recorded.size(); from += perPulse) {
            int to = Math.min(recorded.size(), from + perPulse);
            for (int i = from; i < to; i++) {
                coalescer.accept(recorded.get(i));
            }
            folded.acquire();
        }
    }

    private static void feed(List<ExchangeEvent> recorded, Coalescer<ExchangeEvent, ?> coalescer, int eventsPerSecond) {
        long perSlice = Math.max(1, eventsPerSecond / 1_000);
        long next = System.nanoTime();
        for (int from = 0; from < recorded.size(); from += perSlice) {
            int to = (int) Math.min(recorded.size(), from + perSlice);
            for (int i = from; i < to; i++) {
                coalescer.accept(recorded.get(i));
            }
            next += SLICE_NANOS;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    /** What the desk shows that the engine does not hold; empty when all agree. */
    private static String compare(Engine engine, TradingDesk desk, List<ContractSpec> traded) {
        List<String> differences = new ArrayList<>();
        for (ContractSpec contract : traded) {
            int id = contract.instrumentId();
            var depth = engine.depth(id, Integer.MAX_VALUE);
            for (Side side : Side.values()) {
                Map<Long, Long> engineLevels = new TreeMap<>();
                for (DepthLevel level : side == Side.BID ? depth.bids() : depth.asks()) {
                    engineLevels.put(level.price(), level.quantity());
                }
                if (!engineLevels.equals(new TreeMap<>(desk.market(id).levels(side)))) {
                    differences.add(contract.symbol() + " " + side + " levels");
                }
            }
            if (desk.market(id).lastPrice() != engine.lastTradePrice(id)) {
                differences.add(contract.symbol() + " last trade");
            }
            if (desk.liveOrders(id).size() != engine.workingOrders(TraderFixture.TRADER).stream()
                    .filter(order -> order.instrumentId() == id).count()) {
                differences.add(contract.symbol() + " own orders");
            }
        }
        return String.join(", ", differences);
    }

    /**
     * What the ladder's levels and the blotter's tables show that the desk does not hold, each tab selected in turn as
     * a trader would (a hidden tab's table is brought up to date when selected); empty when all agree.
     */
    private static String compareShown(Scene scene, TradingDesk desk, ContractSpec chosen) {
        Map<String, List<?>> held = Map.of(
                "blotter-working", desk.orders().stream().filter(order -> order.status().isLive()).toList(),
                "blotter-orders", desk.orders(),
                "blotter-fills", desk.fills(),
                "blotter-rejects", desk.rejects(),
                "blotter-positions", desk.positions(),
                "blotter-tape", desk.tape());
        List<String> differences = new ArrayList<>();
        InstrumentMarket market = desk.market(chosen.instrumentId());
        for (Side side : Side.values()) {
            String cell = side == Side.BID ? "ladder-bid" : "ladder-ask";
            for (Node level : scene.getRoot().lookupAll("." + cell)) {
                long price = Long.parseLong(level.getId().substring(cell.length() + 1));
                long lots = market.quantityAt(side, price);
                if (!((Label) level).getText().equals(lots == 0 ? "" : Long.toString(lots))) {
                    differences.add("ladder " + side + " at " + price + " shown");
                }
            }
        }
        TabPane blotter = (TabPane) scene.lookup(".blotter-tabs");
        for (Tab tab : blotter.getTabs()) {
            blotter.getSelectionModel().select(tab);
            if (!((TableView<?>) tab.getContent()).getItems().equals(held.get(tab.getId()))) {
                differences.add(tab.getId() + " shown");
            }
        }
        blotter.getSelectionModel().selectFirst();
        return String.join(", ", differences);
    }

    /**
     * Each pulse whole, as the trader waits for it: from the start of the pulse (the animations, the desk's fold
     * among them) to the end of its last phase, the painting of its frame on the render thread, from the pulse
     * phases JavaFX itself records to the flight recorder ({@code javafx.PulsePhase}, tagged with the pulse's
     * number on both threads). A pulse that paints nothing ends with its scene work.
     */
    private static final class WholePulses {

        private static final String PHASE = "javafx.PulsePhase";
        private static final String PAUSE = "jdk.GCPhasePause";
        private static final String COMPILATION = "jdk.Compilation";
        /** The optimising tier's level in {@code jdk.Compilation}. */
        private static final int C2 = 4;
        /** Pulse number to the epoch nanoseconds of its first phase's start and its last phase's end. */
        private final Map<Integer, long[]> spans = new ConcurrentHashMap<>();
        /** The collectors' pauses, as epoch nanoseconds of their start and end. */
        private final List<long[]> pauses = new CopyOnWriteArrayList<>();
        /** The optimising compiler's compilations, as epoch nanoseconds of their start and end. */
        private final List<long[]> compilations = new CopyOnWriteArrayList<>();
        /** The feed's start, in epoch nanoseconds. */
        private volatile long feedStart = Long.MAX_VALUE;

        static WholePulses listen() {
            WholePulses whole = new WholePulses();
            RecordingStream stream = new RecordingStream();
            stream.enable(PHASE);
            stream.onEvent(PHASE, whole::add);
            stream.enable(PAUSE);
            stream.onEvent(PAUSE, pause -> whole.pauses.add(new long[] {epochNanos(pause.getStartTime()),
                    epochNanos(pause.getEndTime())}));
            stream.enable(COMPILATION);
            stream.onEvent(COMPILATION, compilation -> {
                if (((Number) compilation.getValue("compileLevel")).intValue() == C2) {
                    whole.compilations.add(new long[] {epochNanos(compilation.getStartTime()),
                            epochNanos(compilation.getEndTime())});
                }
            });
            stream.startAsync();
            return whole;
        }

        private void add(RecordedEvent phase) {
            int pulse = phase.getInt("pulseId");
            if (pulse == 0) {
                return;
            }
            long start = epochNanos(phase.getStartTime());
            long end = epochNanos(phase.getEndTime());
            spans.merge(pulse, new long[] {start, end},
                    (known, more) -> new long[] {Math.min(known[0], more[0]), Math.max(known[1], more[1])});
        }

        void feedFrom(Instant start) {
            feedStart = epochNanos(start);
        }

        /** Waits until the recorder has handed over what it holds: the stream delivers it about once a second. */
        void delivered() throws InterruptedException {
            Thread.sleep(2_500);
        }

        /** The pulses that started in [from, to), of those {@link #delivered}. */
        Histogram startedBetween(Instant from, Instant to) {
            return between(from, to, span -> true);
        }

        /** As {@link #startedBetween}, without the pulses a collector's pause overlapped: how much of the tail is it. */
        Histogram unpausedBetween(Instant from, Instant to) {
            return between(from, to, span -> !overlaps(pauses, span));
        }

        /**
         * How many pulses that started in [from, to) took over {@code nanos}: in all, after {@code warm}, and those a
         * collector's pause or a C2 compilation overlapped (the two threads a pulse shares two cores with beside the
         * render thread and the fold); where the long pulses come from.
         */
        String longOnes(Instant from, Instant to, Instant warm, long nanos) {
            long first = epochNanos(from);
            long last = epochNanos(to);
            long warmed = epochNanos(warm);
            List<long[]> fed = spans.values().stream().filter(span -> span[0] >= first && span[0] < last).toList();
            List<long[]> slow = fed.stream().filter(span -> span[1] - span[0] > nanos).toList();
            // The share of all pulses a compilation overlapped is what an overlap of the long ones is read against:
            // a JIT busy half the feed overlaps half the pulses, long or not.
            // The feed's first seconds, where the tables got their first rows.
            long firstSeconds = first + TimeUnit.MILLISECONDS.toNanos(FIRST_ROWS_MILLIS);
            return String.format("%,d: %,d in the first %d s (of %,d pulses then), %,d after the first %d s; %,d"
                    + " overlapped a collector's pause, %,d a C2 compilation (of all %,d pulses, %,d did) (%,d C2"
                    + " compilations, %,.0f ms, in the first %d s, %,d, %,.0f ms, after)",
                    slow.size(), slow.stream().filter(span -> span[0] < firstSeconds).count(),
                    FIRST_ROWS_MILLIS / 1_000, fed.stream().filter(span -> span[0] < firstSeconds).count(),
                    slow.stream().filter(span -> span[0] >= warmed).count(),
                    FED_WARM_UP_MILLIS / 1_000, slow.stream().filter(span -> overlaps(pauses, span)).count(),
                    slow.stream().filter(span -> overlaps(compilations, span)).count(), fed.size(),
                    fed.stream().filter(span -> overlaps(compilations, span)).count(),
                    compilations.stream().filter(c -> c[0] >= first && c[0] < warmed).count(),
                    compilations.stream().filter(c -> c[0] >= first && c[0] < warmed)
                            .mapToLong(c -> c[1] - c[0]).sum() / 1e6, FED_WARM_UP_MILLIS / 1_000,
                    compilations.stream().filter(c -> c[0] >= warmed && c[0] < last).count(),
                    compilations.stream().filter(c -> c[0] >= warmed && c[0] < last)
                            .mapToLong(c -> c[1] - c[0]).sum() / 1e6);
        }

        /** The C2 compilations begun from the feed's start (the idle window's end) to {@code to}. */
        long c2Begun(Instant to) {
            long last = epochNanos(to);
            return compilations.stream().filter(c -> c[0] >= feedStart && c[0] < last).count();
        }

        private static boolean overlaps(List<long[]> spans, long[] span) {
            return spans.stream().anyMatch(other -> other[0] < span[1] && other[1] > span[0]);
        }

        private Histogram between(Instant from, Instant to, Predicate<long[]> counted) {
            Histogram pulses = new Histogram(HIGHEST_NANOS, 3);
            long first = epochNanos(from);
            long last = epochNanos(to);
            spans.values().stream().filter(span -> span[0] >= first && span[0] < last).filter(counted)
                    .forEach(span -> pulses.recordValue(Math.min(HIGHEST_NANOS, span[1] - span[0])));
            return pulses;
        }

        private static long epochNanos(Instant instant) {
            return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
        }
    }

    /**
     * The CPU time the FX thread and the render thread spend from {@link #start} to {@link #stop}: what the desk costs
     * the machine per pulse, whatever share of it the probe gets (the whole pulse's wall time follows the load).
     */
    private record ThreadCpu(long fxThread, long renderThread, long fxStart, long renderStart, long fxAllocatedStart,
                             long worker, long workerStart, long workerAllocatedStart, long feeder,
                             long feederAllocatedStart) {

        /** The FX and render threads alone (the feeder and no worker): on any thread but the FX thread. */
        static ThreadCpu start() throws Exception {
            return start(Thread.currentThread().getId());
        }

        /** With the desk's folding worker {@code worker} too; the calling thread is the feeder. */
        static ThreadCpu start(long worker) throws Exception {
            CompletableFuture<Long> fx = new CompletableFuture<>();
            Platform.runLater(() -> fx.complete(Thread.currentThread().getId()));
            long fxId = fx.get(60, TimeUnit.SECONDS);
            long renderId = renderThreadId();
            long feeder = Thread.currentThread().getId();
            return new ThreadCpu(fxId, renderId, CPU.getThreadCpuTime(fxId), CPU.getThreadCpuTime(renderId),
                    allocated(fxId), worker, CPU.getThreadCpuTime(worker), allocated(worker), feeder,
                    allocated(feeder));
        }

        /**
         * Puts the FX thread's and the render thread's CPU nanoseconds since {@link #start} into {@code spent}, and the
         * bytes the FX thread allocated: what the young collections it waits for must clear, whatever the load; then
         * the folding worker's CPU and bytes, and the feeder's bytes (the events it hands over, when decoded afresh).
         */
        void stop(long[] spent) {
            spent[0] = CPU.getThreadCpuTime(fxThread) - fxStart;
            spent[1] = CPU.getThreadCpuTime(renderThread) - renderStart;
            spent[2] = allocated(fxThread) - fxAllocatedStart;
            spent[3] = CPU.getThreadCpuTime(worker) - workerStart;
            spent[4] = allocated(worker) - workerAllocatedStart;
            spent[5] = allocated(feeder) - feederAllocatedStart;
        }

        private static long allocated(long thread) {
            return ((com.sun.management.ThreadMXBean) CPU).getThreadAllocatedBytes(thread);
        }
    }

    /**
     * The FX thread's part of each fed pulse, from the first of its animations (the batch shown, the paced redraws,
     * the watch's beat) to the end of its layout, in wall time and in the thread's CPU time, in the feed's first
     * seconds and after. A long pulse whose FX thread ran for most of its wall time ran its own code (slower code not
     * yet compiled by C2, or more work); one whose thread ran for a small part of it waited for a core (the JIT's
     * compiler threads, the collector, the render thread, the machine's load). The same split at the feed's first
     * pulses, as many as a quiet 60 Hz screen shows in those seconds: in lockstep they fold the same events however
     * slowly a loaded machine runs them, so runs compare by them. FX thread, but for the feed's bounds.
     */
    private static final class FxSpans {

        private static final long LONG_NANOS = TimeUnit.MILLISECONDS.toNanos(16);
        private static final int FIRST_PULSES = (int) (FED_WARM_UP_MILLIS * 60 / 1_000);
        /** The feed's first pulses listed one by one: where the tables make their first rows. */
        private static final int LISTED = 10;
        /**
         * By the feed's first seconds [0] and after [1], its first pulses [2] and after [3]: pulses, their wall and CPU
         * nanoseconds, the same of the long ones.
         */
        private final long[][] sums = new long[4][6];
        /** The first {@link #LISTED} fed pulses: CPU animations to layout, of it CSS and layout, their wall time. */
        private final long[][] listed = new long[LISTED][3];
        /** When the feed's first pulses ended, and the JIT's compiler threads' CPU by then and at the feed's start. */
        private Instant firstPulsesEnd;
        private long jitAtFirstPulsesEnd;
        private long jitAtStart;
        private volatile long fedFrom = Long.MAX_VALUE;
        private volatile long fedTo = Long.MAX_VALUE;
        private long startWall;
        private long startCpu;

        void feedFrom(long nanoTime) {
            jitAtStart = JitCpu.nanos();
            fedFrom = nanoTime;
        }

        void feedTo(long nanoTime) {
            fedTo = nanoTime;
        }

        void pulseStarted() {
            startWall = System.nanoTime();
            startCpu = CPU.getCurrentThreadCpuTime();
        }

        void laidOut(long cpu, long layoutCpu, long layoutWall) {
            if (startWall < fedFrom || startWall >= fedTo) {
                return;
            }
            long wall = System.nanoTime() - startWall;
            boolean firstPulses = sums[2][0] < FIRST_PULSES;
            if (sums[2][0] < LISTED) {
                listed[(int) sums[2][0]] = new long[] {cpu - startCpu, layoutCpu, layoutWall};
            }
            add(sums[startWall < warmFrom ? 0 : 1], wall, cpu - startCpu);
            add(sums[firstPulses ? 2 : 3], wall, cpu - startCpu);
            if (firstPulses && sums[2][0] == FIRST_PULSES) {
                firstPulsesEnd = Instant.now();
                jitAtFirstPulsesEnd = JitCpu.nanos();
            }
        }

        private static void add(long[] part, long wall, long cpu) {
            part[0]++;
            part[1] += wall;
            part[2] += cpu;
            if (wall > LONG_NANOS) {
                part[3]++;
                part[4] += wall;
                part[5] += cpu;
            }
        }

        /** Read after {@link #feedTo}; the C2 compilations from the recording. */
        String summary(WholePulses whole) {
            return String.format("FX thread, a fed pulse's animations to its layout: in the feed's first %d s %s;"
                    + " after %s%nthe same by the feed's first %,d pulses: %s; after %s; the JIT's compiler threads'"
                    + " CPU in those pulses %,.0f ms, C2 compilations begun in them %,d%nthe feed's first %d pulses,"
                    + " FX thread CPU animations to layout / of it CSS and layout / CSS and layout's wall time, ms: %s",
                    FED_WARM_UP_MILLIS / 1_000, part(sums[0]), part(sums[1]), FIRST_PULSES, part(sums[2]),
                    part(sums[3]), firstPulsesEnd == null ? 0 : (jitAtFirstPulsesEnd - jitAtStart) / 1e6,
                    firstPulsesEnd == null ? 0 : whole.c2Begun(firstPulsesEnd), LISTED,
                    String.join(", ", Arrays.stream(listed).map(pulse -> String.format("%.1f/%.1f/%.1f",
                            pulse[0] / 1e6, pulse[1] / 1e6, pulse[2] / 1e6)).toList()));
        }

        private static String part(long[] sum) {
            return String.format("%,d pulses, %.2f ms wall and %.2f ms CPU a pulse, %,d over 16 ms wall (%.1f ms wall"
                    + " and %.1f ms CPU each, CPU %.0f %% of wall)", sum[0], sum[1] / 1e6 / Math.max(1, sum[0]),
                    sum[2] / 1e6 / Math.max(1, sum[0]), sum[3], sum[4] / 1e6 / Math.max(1, sum[3]),
                    sum[5] / 1e6 / Math.max(1, sum[3]), 100.0 * sum[5] / Math.max(1, sum[4]));
        }
    }

    /**
     * The render thread's CPU time from each fed pulse's start to the next, read on the FX thread: the frame the last
     * pulse handed over, painted. (The next pulse waits for that frame only before it copies its own changes over, so
     * a frame may run past the next start and a span hold parts of two; the sum is exact.) Its tail is the frames that
     * repaint the most, whatever the machine's load. The same split at the feed's first pulses, as {@link FxSpans}
     * splits the FX thread's: the painting code's warm-up (the JIT's tiers, the glyph cache, the tables' first rows)
     * against its steady cost. FX thread, but for the feed's bounds.
     */
    private static final class RenderFrames {

        final Histogram cpu = new Histogram(HIGHEST_NANOS, 3);
        /** The render thread's CPU of the feed's first {@link FxSpans#LISTED} spans: the first rows' first painting. */
        final long[] first = new long[FxSpans.LISTED];
        private int spans;
        final Histogram firstPulses = new Histogram(HIGHEST_NANOS, 3);
        final Histogram afterFirstPulses = new Histogram(HIGHEST_NANOS, 3);
        private volatile long fedFrom = Long.MAX_VALUE;
        private volatile long fedTo = Long.MAX_VALUE;
        private long renderThread = -1;
        private long last = -1;

        void feedFrom(long nanoTime) {
            fedFrom = nanoTime;
        }

        void feedTo(long nanoTime) {
            fedTo = nanoTime;
        }

        void pulseStarted(long nanoTime) {
            if (renderThread < 0) {
                renderThread = renderThreadId();
            }
            long now = CPU.getThreadCpuTime(renderThread);
            if (last >= 0 && nanoTime >= fedFrom && nanoTime < fedTo) {
                long frame = Math.min(HIGHEST_NANOS, now - last);
                cpu.recordValue(frame);
                (cpu.getTotalCount() <= FxSpans.FIRST_PULSES ? firstPulses : afterFirstPulses).recordValue(frame);
                if (spans < first.length) {
                    first[spans++] = frame;
                }
            }
            last = now;
        }
    }

    /** JavaFX's render thread, which paints the frames the FX thread's pulses hand over. */
    private static long renderThreadId() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("QuantumRenderer")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no QuantumRenderer thread")).getId();
    }

    /**
     * The CPU time the JIT's compiler threads have used so far, read from Linux's {@code /proc/self/task} (the JVM
     * hides them from {@link ThreadMXBean}): the core they take from the FX and render threads while they compile
     * the busy paths. 0 where there is no {@code /proc}.
     */
    private static final class JitCpu {

        private static final long TICK_NANOS = 10_000_000L;

        private JitCpu() {
        }

        static long nanos() {
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                return tasks.mapToLong(JitCpu::compilerTicks).sum() * TICK_NANOS;
            } catch (IOException | UncheckedIOException missing) {
                return 0;
            }
        }

        private static long compilerTicks(Path task) {
            try {
                if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                    return 0;
                }
                String stat = Files.readString(task.resolve("stat"));
                // After the name's closing parenthesis: state is field 3, utime and stime fields 14 and 15.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException gone) {
                return 0;
            }
        }
    }

    /**
     * How many collections each of the JVM's collectors has made so far and their time in milliseconds, by the
     * collector's name: a long pause stalls the FX thread whatever the desk does, and a pulse it falls in is in the
     * tail.
     */
    private static Map<String, long[]> collections() {
        Map<String, long[]> made = new TreeMap<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            made.put(collector.getName(), new long[] {Math.max(0, collector.getCollectionCount()),
                    Math.max(0, collector.getCollectionTime())});
        }
        return made;
    }

    private static void print(String what, Histogram nanos) {
        System.out.printf("%s: %,d samples; p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n", what,
                nanos.getTotalCount(), nanos.getValueAtPercentile(50) / 1e6, nanos.getValueAtPercentile(99) / 1e6,
                nanos.getValueAtPercentile(99.9) / 1e6, nanos.getMaxValue() / 1e6);
    }
}
