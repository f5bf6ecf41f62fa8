package com.suanli.desk.simulation;

import com.suanli.data.market.MarketDataRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.DeskListener;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.basics.Underlying;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.record.ConfigText;
import com.suanli.sessions.market.SessionListing;
import com.suanli.sessions.run.LiveSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A simulated session trading live on the desk's exchange (docs/DESK-EXCHANGE.md, "The live market"):
 * its agents submit through the {@link DeskExchange} and hear its events through a listener, on a thread
 * of its own, on the desk's wall clock. Their accounts are numbered from {@link #FIRST_AGENT_ACCOUNT} and
 * opened only when absent, so a restart on the same database trades on where the last run left off.
 * Every method may be called from any thread; {@code onChange} hears each new status on the session's
 * thread or the caller's.
 */
public final class DeskSimulation implements AutoCloseable {

    /** Above the desk's own account (1001) and any member an operator numbers by hand. */
    public static final long FIRST_AGENT_ACCOUNT = 100_001;
    /**
     * The agents' commands carry the wall clock less this: a trader's command stamped just before a step
     * took its turn is then never earlier than the step's and is not refused as late.
     */
    static final long STEP_LAG_MILLIS = 100;

    private final LiveSession session;
    /** The session's recording in the database; null when it is not recorded. */
    private final DeskRecording recording;
    private final AutoCloseable subscription;
    private final Thread thread;
    private final Consumer<SimulationStatus> onChange;
    private final AtomicLong refused;
    private final AtomicLong missed = new AtomicLong();
    private volatile SimulationStatus status;

    private DeskSimulation(LiveSession session, DeskExchange exchange, AtomicLong refused, DeskRecording recording,
                           Consumer<SimulationStatus> onChange) {
        this.session = session;
        this.recording = recording;
        this.refused = refused;
        this.onChange = onChange;
        this.subscription = exchange.subscribe("simulation", new DeskListener() {
            @Override
            public void onEvents(List<ExchangeEvent> batch) {
                session.onEvents(batch);
            }

            @Override
            public void onGap(long count) {
                missed.addAndGet(count);
            }
        });
        this.thread = new Thread(this::run, "desk-simulation");
        thread.setDaemon(true);
    }

    /**
     * Starts {@code config} on the exchange, today by {@code clock}: its products at its hubs, spot and its
     * first months trading today, of the exchange's own catalogue. Its compute monitoring is kept in
     * {@code store} and told to {@code monitoring}; its session clock's days follow the index days the
     * store holds.
     * @throws NothingTradesToday when none of them trades today (a weekend, a holiday)
     */
    public static DeskSimulation start(DeskExchange exchange, DeskStore store, SessionConfig config, long seed,
                                       Clock clock, MonitoringListener monitoring, Consumer<SimulationStatus> onChange) {
        return launch(exchange, store, config, null, seed, clock, monitoring, onChange);
    }

    /**
     * The same, the session recorded in {@code store} as it runs ({@link DeskRecording}): once stopped it is in
     * the Sessions workspace's library, to replay and export like a headless session recorded with
     * {@code desk simulate --record}.
     */
    public static DeskSimulation recorded(DeskExchange exchange, DeskStore store, ConfigText config, long seed,
                                          Clock clock, MonitoringListener monitoring,
                                          Consumer<SimulationStatus> onChange) {
        return launch(exchange, store, config.config(), config, seed, clock, monitoring, onChange);
    }

    private static DeskSimulation launch(DeskExchange exchange, DeskStore store, SessionConfig config, ConfigText recordAs,
                                         long seed, Clock clock, MonitoringListener monitoring,
                                         Consumer<SimulationStatus> onChange) {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(onChange, "onChange");
        LocalDate today = LocalDate.now(clock);
        SessionConfig live = config.startingOn(today);
        SessionListing listing = SessionListing.within(exchange.catalogue(), live, today);
        if (listing.isEmpty()) {
            throw new NothingTradesToday(config.name(), today);
        }
        AtomicLong refusedCount = new AtomicLong();
        LiveSession session = new LiveSession(live, seed, listing, FIRST_AGENT_ACCOUNT,
                port(exchange, store, clock, refusedCount), clock.getZone(), new MonitoringRecorder(store, monitoring));
        StoredOutages.read(store, clock.getZone()).ifPresent(stored -> stored.recallInto(session.session().insurance()));
        DeskRecording recording = recordAs == null ? null
                : DeskRecording.begin(exchange, store, recordAs, seed, clock, session);
        DeskSimulation simulation = new DeskSimulation(session, exchange, refusedCount, recording, onChange);
        simulation.publish(new SimulationStatus(config.name(), SimulationStatus.State.RUNNING, session.speed(), ""));
        simulation.thread.start();
        return simulation;
    }

    private static LiveSession.Exchange port(DeskExchange exchange, DeskStore store, Clock clock, AtomicLong refused) {
        return new LiveSession.Exchange() {
            @Override
            public void submit(Command command) {
                exchange.submit(command).thenAccept(ack -> {
                    if (!ack.accepted()) {
                        refused.incrementAndGet();
                    }
                });
            }

            @Override
            public void inTurn(LongConsumer turn) {
                exchange.inTurn(clock.millis() - STEP_LAG_MILLIS, turn);
            }

            @Override
            public boolean hasFirm(long firmId) {
                return exchange.ask(engine -> engine.hasFirm(firmId)).join();
            }

            @Override
            public boolean hasAccount(long account) {
                return exchange.ask(engine -> engine.hasAccount(account)).join();
            }

            @Override
            public SessionState session(int instrumentId) {
                return exchange.ask(engine -> engine.session(instrumentId)).join();
            }

            /** From the index fixings the desk's recorder keeps. */
            @Override
            public Optional<LocalDate> lastIndexDay(String productCode, Hub hub) {
                return store.transaction(c -> Optional.ofNullable(new MarketDataRepository(c)
                        .fixings(Underlying.of(productCode, hub.code())).byDate().lastEntry()).map(Map.Entry::getKey));
            }
        };
    }

    private void run() {
        try {
            session.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (recording != null) {
                recording.abandon();
            }
            publish(with(SimulationStatus.State.FAILED, reason(e)));
            return;
        }
        try {
            if (recording != null) {
                recording.complete();
            }
            publish(with(SimulationStatus.State.STOPPED, ""));
        } catch (RuntimeException e) {
            publish(with(SimulationStatus.State.FAILED, reason(e)));
        }
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** The session's recording id in the database, when it is recorded. */
    public OptionalLong recordingId() {
        return recording == null ? OptionalLong.empty() : OptionalLong.of(recording.id());
    }

    public SimulationStatus status() {
        return status;
    }

    /** The live session, for its configuration, listing and agents. */
    public LiveSession session() {
        return session;
    }

    /** Steps taken so far. */
    public long steps() {
        return session.steps();
    }

    /** The agents' commands the exchange refused (an order beyond an agent's margin, a quote outside the band). */
    public long refusedCommands() {
        return refused.get();
    }

    /** Events the session's listener missed because it fell behind. */
    public long missedEvents() {
        return missed.get();
    }

    public void pause() {
        session.pause();
        publish(with(SimulationStatus.State.PAUSED, ""));
    }

    public void resume() {
        session.resume();
        publish(with(SimulationStatus.State.RUNNING, ""));
    }

    /** @throws IllegalArgumentException when {@code speed} is not a positive number */
    public void setSpeed(double speed) {
        session.setSpeed(speed);
        publish(new SimulationStatus(status.name(), status.state(), speed, status.detail()));
    }

    /** Stops after the step under way and waits for it; the agents' resting orders stay in the market. */
    public void stop() {
        session.stop();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("the simulation's listener did not close: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private SimulationStatus with(SimulationStatus.State state, String detail) {
        return new SimulationStatus(status.name(), state, session.speed(), detail);
    }

    private synchronized void publish(SimulationStatus next) {
        // A stop or a failure is final: a late pause or resume does not hide it.
        if (status != null && (status.state() == SimulationStatus.State.STOPPED
                || status.state() == SimulationStatus.State.FAILED)) {
            return;
        }
        status = next;
        onChange.accept(next);
    }
}
