package com.suanli.sessions.run;

import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.BusinessDays;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.agent.CommandPort;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.ProductSetup;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.market.SessionListing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A session trading in real time on an exchange that is already running (the desk's): its agents
 * join the market as it is, on the wall clock. The market stays open as long as the session runs,
 * whatever the hour; each step moves the fundamental by the configured {@code stepSeconds}, and steps
 * come every {@code stepSeconds / speed} wall seconds, so a speed of 60 lives an hour of the calm
 * month's market in a minute while every command carries the exchange's own time. Monitoring reports follow the
 * configured schedule in steps; the fair values follow the fundamental at every step
 * ({@link SessionRun#refreshFairValuesEveryStep}). The session clock has days: after a
 * configured trading day's steps the day closes as a headless day does ({@link TradingDay}: indices
 * fixed, futures settled with their variation margin and margin calls) and the next business day
 * opens at once (expiries, deliveries, bands), the night passing for the fundamental in one step.
 *
 * The market makers quote on joining, so the market has prices at once; then the AI labs buy their first covers
 * (priced after the quotes are sent), and renew them at the day turns.
 *
 * <p>{@link #run()} takes the calling thread until {@link #stop()}; events reach it from any thread
 * through {@link #onEvents} and are applied on the session's thread at the next step, so the agents
 * never see the market change under them.
 */
public final class LiveSession {

    /** The exchange a live session trades on. */
    public interface Exchange extends CommandPort {

        /**
         * Runs {@code turn} with a time no earlier than that of any command queued so far; the commands
         * {@code turn} submits are queued with nothing of another producer's between them.
         */
        void inTurn(LongConsumer turn);

        boolean hasFirm(long firmId);

        boolean hasAccount(long account);

        /** The instrument's trading session now. */
        SessionState session(int instrumentId);

        /**
         * The last day the exchange fixed the index of {@code productCode} at {@code hub}, if it ever did: a
         * session restarted on the same exchange counts its days on from there (a day is fixed once).
         */
        default Optional<LocalDate> lastIndexDay(String productCode, Hub hub) {
            return Optional.empty();
        }
    }

    private final SessionConfig config;
    private final SessionRun run;
    private final Exchange exchange;
    private final ZoneId zone;
    private final ConcurrentLinkedQueue<ExchangeEvent> inbox = new ConcurrentLinkedQueue<>();
    private final Object changes = new Object();
    private double speed;
    private boolean paused;
    private boolean stopped;
    private long steps;
    private List<ContractSpec> trading = List.of();
    /** The session clock's day and its steps taken; read by {@link #day()} from any thread. */
    private volatile LocalDate day;
    private int stepOfDay;
    private final AtomicLong daysClosed = new AtomicLong();

    /**
     * @param listing what the session trades on the exchange ({@link SessionListing#within})
     * @param firstAccount the first agent's account, above the exchange's other accounts
     * @param zone the exchange's time zone, which decides the session clock's first day
     * @param feed where the providers' reports and the outages go (the desk's database and screens)
     */
    public LiveSession(SessionConfig config, long seed, SessionListing listing, long firstAccount, Exchange exchange,
                       ZoneId zone, MonitoringFeed feed) {
        this.config = Objects.requireNonNull(config, "config");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.run = new SessionRun(config, seed, Objects.requireNonNull(feed, "feed"), listing, firstAccount);
        run.refreshFairValuesEveryStep();
        this.speed = config.clock().speed();
    }

    public SessionConfig config() {
        return config;
    }

    public SessionRun session() {
        return run;
    }

    /** Events of the exchange, in order, from any thread. */
    public void onEvents(List<ExchangeEvent> events) {
        inbox.addAll(events);
    }

    /** Simulated seconds per wall second, from the next step on. */
    public void setSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed: must be a positive number, was " + speed);
        }
        synchronized (changes) {
            this.speed = speed;
            changes.notifyAll();
        }
    }

    public double speed() {
        synchronized (changes) {
            return speed;
        }
    }

    /** No step until {@link #resume()}: the agents' orders rest, the fundamental stands still. */
    public void pause() {
        synchronized (changes) {
            paused = true;
            changes.notifyAll();
        }
    }

    public void resume() {
        synchronized (changes) {
            paused = false;
            changes.notifyAll();
        }
    }

    public boolean paused() {
        synchronized (changes) {
            return paused;
        }
    }

    /** Ends {@link #run()} after the step it is in; the agents' resting orders stay in the market. */
    public void stop() {
        synchronized (changes) {
            stopped = true;
            changes.notifyAll();
        }
    }

    /** Steps taken so far. */
    public long steps() {
        synchronized (changes) {
            return steps;
        }
    }

    /**
     * Learns the listed contracts' sessions, centres their bands on their fair values, opens what the
     * agents need and is absent, then steps until stopped: the first step at once, the next ones at the speed's pace.
     */
    public void run() throws InterruptedException {
        run.connect(exchange);
        exchange.inTurn(now -> {
            day = firstDay(now);
            trading = run.joinMarket(now, day, exchange::session);
            run.openAccounts(now, exchange::hasFirm, exchange::hasAccount);
            run.quoteOnJoining(now, day);
            run.insureOnJoining(now, day);
        });
        long last = Long.MIN_VALUE;
        while (awaitStep(last)) {
            last = System.nanoTime();
            exchange.inTurn(this::step);
        }
    }

    private void step(long now) {
        for (ExchangeEvent event; (event = inbox.poll()) != null; ) {
            run.onEvent(event);
        }
        synchronized (changes) {
            steps++;
        }
        run.step(now, day, ++stepOfDay, trading);
        if (stepOfDay == config.clock().stepsPerDay()) {
            LocalDate next = nextBusinessDay(day);
            // The listing rolls: the next months join where the front ones have stopped trading.
            run.joined(run.listing().rollTo(next), exchange::session);
            trading = run.turnDay(day, next, now, trading);
            day = next;
            stepOfDay = 0;
            daysClosed.incrementAndGet();
        }
    }

    /** The session clock's trading day (null before {@link #run()} has joined the market). */
    public LocalDate day() {
        return day;
    }

    /** What the session did so far; call once {@link #run()} has returned (its state is the session thread's). */
    public SessionSummary summary() {
        return run.summary((int) Math.min(Integer.MAX_VALUE, daysClosed.get()));
    }

    /** Days the session clock has closed so far. */
    public long daysClosed() {
        return daysClosed.get();
    }

    /**
     * The exchange's trading day, or the first business day after it; never a day the exchange has fixed an
     * index of the session's already.
     */
    private LocalDate firstDay(long now) {
        LocalDate first = Instant.ofEpochMilli(now).atZone(zone).toLocalDate();
        if (!BusinessDays.isBusinessDay(first)) {
            first = nextBusinessDay(first);
        }
        for (ProductSetup product : config.products()) {
            for (HubSetup hub : product.hubs()) {
                Optional<LocalDate> fixed = exchange.lastIndexDay(product.code(), hub.hub());
                if (fixed.isPresent() && !first.isAfter(fixed.get())) {
                    first = nextBusinessDay(fixed.get());
                }
            }
        }
        return first;
    }

    private static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!BusinessDays.isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * Waits until a step's time at the current speed has passed since the step at {@code last}
     * ({@code Long.MIN_VALUE}: none yet, so at once), longer while paused; false once stopped.
     */
    private boolean awaitStep(long last) throws InterruptedException {
        synchronized (changes) {
            while (!stopped) {
                long wait = last == Long.MIN_VALUE ? 0
                        : last + (long) (config.clock().stepSeconds() * 1e9 / speed) - System.nanoTime();
                if (!paused && wait <= 0) {
                    return true;
                }
                if (paused) {
                    changes.wait();
                } else {
                    changes.wait(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            return false;
        }
    }

}
