package com.suanli.desk.ui;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.desk.access.DeskSession;
import com.suanli.desk.exchange.DailyMarks;
import com.suanli.desk.exchange.DeskListener;
import com.suanli.desk.exchange.DeskMarket;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.RunningExchange;
import com.suanli.desk.task.BackgroundTask;
import com.suanli.desk.task.TaskExecutor;
import com.suanli.desk.ui.marketwatch.MarketWatchViewModel;
import com.suanli.desk.ui.marketwatch.QuoteSource;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.shell.ShellViewModel;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.Coalescer;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.FoldedBatch;
import com.suanli.desk.ui.trading.OrderGateway;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.marketdata.BestBidOffer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Starts the exchange on the task worker and shows how it went: the status bar says it is starting, then
 * that it runs (and the market watch lists the instruments) or why it failed. The window never waits.
 * Once it runs, the trader's views get its events in batches on the FX thread, and, once a user is
 * {@link #signedIn signed in}, {@link #gateway()} takes orders to it as that user.
 */
public final class EngineLauncher {

    /** How often a connected desk looks at its standing with the cluster. */
    private static final long CONNECTION_LOOK_MS = 250;

    private final ExchangeStartup startup;
    private final TaskExecutor tasks;
    private final ShellViewModel shell;
    private final MarketWatchViewModel marketWatch;
    private final TradingDesk trading;
    private final Executor uiThread;
    private final Executor pulses;
    private RunningExchange exchange;
    private OrderGateway engineGateway;
    private Consumer<RunningExchange> onRunning = started -> { };
    /** What is read off the FX thread as soon as the exchange runs, each answering what to do then on it. */
    private final List<Function<RunningExchange, Runnable>> readers = new ArrayList<>();
    /** The workstation's subscription to the exchange's events, once it runs. */
    private AutoCloseable subscription;
    /** Folds the exchange's events into the desk's markets off the FX thread, once the exchange runs. */
    private ExecutorService folding;
    /** Set when the window closes: batches still on their way to the FX thread are dropped, not applied. */
    private volatile boolean closed;
    /** A connected desk's look at its standing with the cluster, for the status bar; null on the desk's own. */
    private ScheduledExecutorService watching;

    /**
     * @param trading the trader's view of the exchange, fed the engine's events once it runs
     * @param uiThread where the exchange's news reaches the window; the application passes {@code Platform::runLater}
     * @param pulses where the folded events are shown by {@code trading}, one batch at a time (folded on the desk's
     *               own worker thread first); the application passes a {@link com.suanli.desk.ui.trading.NextPulse}:
     *               at most one batch per FX pulse
     */
    public EngineLauncher(ExchangeStartup startup, TaskExecutor tasks, ShellViewModel shell,
                          MarketWatchViewModel marketWatch, TradingDesk trading, Executor uiThread, Executor pulses) {
        this.startup = Objects.requireNonNull(startup, "startup");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.marketWatch = Objects.requireNonNull(marketWatch, "marketWatch");
        this.trading = Objects.requireNonNull(trading, "trading");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.pulses = Objects.requireNonNull(pulses, "pulses");
    }

    /**
     * Takes the trader's commands to the engine as the signed-in user once it runs; before that, each is
     * answered as not sent.
     */
    public OrderGateway gateway() {
        return command -> engineGateway != null ? engineGateway.submit(command)
                : CompletableFuture.completedFuture(CommandOutcome.notSent(
                        Texts.get(exchange == null ? "engine.not-running" : "engine.nobody-signed-in")));
    }

    /**
     * Adds what to do once the exchange runs, on the FX thread after the trader's desk is fed and before the market
     * watch lists the catalogue, in the order added: the workstation starts the simulation.
     */
    public void onRunning(Consumer<RunningExchange> then) {
        onRunning = onRunning.andThen(Objects.requireNonNull(then, "then"));
    }

    /**
     * Adds what to read as soon as the exchange runs, on the worker that started it, before the FX thread hears of
     * it: the answer (what to do on the FX thread) runs there after the {@link #onRunning followers}, before the
     * market watch lists the catalogue, so it waits neither for a worker nor behind the listing and the first layout
     * of the watch's rows. {@code read} answers its own failures: one it throws fails the start.
     */
    public void onStarted(Function<RunningExchange, Runnable> read) {
        readers.add(Objects.requireNonNull(read, "read"));
    }

    /** From now on the trader's commands go to the exchange as {@code session}'s user (FX thread). */
    public void signedIn(DeskSession session) {
        engineGateway = new HostGateway(session, trading::contract);
    }

    /** Call on the FX thread; returns at once. */
    public void launch() {
        shell.engineStarting();
        List<Function<RunningExchange, Runnable>> reads = List.copyOf(readers);
        tasks.execute(BackgroundTask.wrap(() -> {
                    RunningExchange started = startup.start();
                    return new Started(started, reads.stream().map(read -> read.apply(started)).toList());
                })
                .onSuccess(this::running)
                .onFailure(failure -> shell.engineFailed(reasonFor(failure))));
    }

    /** The started exchange, once it runs (FX thread). */
    public Optional<RunningExchange> exchange() {
        return Optional.ofNullable(exchange);
    }

    /**
     * The window is closing (FX thread): no more events reach the desk's views, whose workers stop next. The
     * exchange itself runs on (a test or a later window may open on it).
     */
    public void close() {
        closed = true;
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("the workstation's subscription did not close", e);
            }
        }
        if (folding != null) {
            // After the subscription: no event comes to be folded any more.
            folding.shutdown();
        }
        if (watching != null) {
            watching.shutdownNow();
        }
    }

    /**
     * Shows a connected desk's standing with the cluster now and at each change, looked at every
     * {@value #CONNECTION_LOOK_MS} ms: members that stop show within a look of the client's noticing.
     */
    private void watchConnection(RunningExchange started) {
        int instruments = started.catalogue().size();
        int tradingToday = started.tradingAtStart();
        ClusterExchangeClient.Connection first = started.exchange().connection().orElseThrow();
        shell.engineConnection(first, instruments, tradingToday);
        AtomicReference<ClusterExchangeClient.Connection> shown = new AtomicReference<>(first);
        watching = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread look = new Thread(task, "desk-connection");
            look.setDaemon(true);
            return look;
        });
        watching.scheduleWithFixedDelay(() -> {
            ClusterExchangeClient.Connection now = started.exchange().connection().orElseThrow();
            if (shown.getAndSet(now) != now && !closed) {
                uiThread.execute(() -> shell.engineConnection(now, instruments, tradingToday));
            }
        }, CONNECTION_LOOK_MS, CONNECTION_LOOK_MS, TimeUnit.MILLISECONDS);
    }

    /** The exchange as started, with the answers of what was read then, for the FX thread. */
    private record Started(RunningExchange exchange, List<Runnable> answers) {
    }

    private void running(Started start) {
        RunningExchange started = start.exchange();
        exchange = started;
        trading.list(started.catalogue());
        Coalescer<FoldedBatch, List<FoldedBatch>> handOff = Coalescer.folds(pulses, folded -> {
            if (!closed) {
                trading.show(folded);
            }
        });
        folding = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, "desk-fold");
            worker.setDaemon(true);
            return worker;
        });
        Coalescer<ExchangeEvent, List<ExchangeEvent>> coalescer = Coalescer.events(folding, batch -> {
            if (!closed) {
                handOff.accept(trading.fold(batch));
            }
        });
        subscription = started.exchange().subscribe("workstation", new DeskListener() {
            @Override
            public void onEvents(List<ExchangeEvent> batch) {
                batch.forEach(coalescer);
            }

            @Override
            public void onGap(long missed) {
                uiThread.execute(() -> shell.showMessage(Texts.format("engine.missed-events", missed)));
            }
        });
        if (started.exchange().connection().isPresent()) {
            watchConnection(started);
        } else {
            shell.engineRunning(started.catalogue().size(), started.tradingAtStart());
        }
        onRunning.accept(started);
        // Before the listing: the sign-in, read with the start, is not queued behind the listing and the first layout
        // of the market watch's rows.
        start.answers().forEach(Runnable::run);
        marketWatch.list(started.catalogue());
        marketWatch.quoteFrom(quotes(started.exchange().market(), started.exchange().marks()));
        trading.followBeyondBooks(marketWatch::follow);
    }

    /** The market watch's live columns read the exchange's read models. */
    private static QuoteSource quotes(DeskMarket market, DailyMarks marks) {
        return new QuoteSource() {
            @Override
            public Optional<BestBidOffer> topOfBook(int instrumentId) {
                return market.topOfBook(instrumentId);
            }

            @Override
            public Optional<LastPrint> lastTrade(int instrumentId) {
                return market.lastTrade(instrumentId).map(last -> new LastPrint(last.price(), last.quantity()));
            }

            @Override
            public Optional<BigDecimal> change(int instrumentId) {
                return market.lastTrade(instrumentId).flatMap(marks::change);
            }

            @Override
            public long dayVolume(int instrumentId) {
                return market.dayVolume(instrumentId);
            }

            @Override
            public long openInterest(int instrumentId) {
                return market.openInterest(instrumentId);
            }

            @Override
            public Optional<BigDecimal> settlement(int instrumentId) {
                return marks.settlement(instrumentId);
            }

            @Override
            public Optional<BigDecimal> index(int instrumentId) {
                return marks.index(instrumentId);
            }
        };
    }

    /**
     * What the trader reads: a refusal the bundles word (a database in use elsewhere, a wrong key, ...) in the
     * desk's language, else the failure's own message, which names what was wrong; never a stack trace.
     */
    static String reasonFor(Throwable failure) {
        Optional<String> worded = RefusalWords.known(failure);
        if (worded.isPresent()) {
            return worded.get();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage().strip();
            }
        }
        return Texts.format("engine.unexpected", failure.getClass().getSimpleName());
    }
}
