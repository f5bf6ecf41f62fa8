package com.suanli.sessions.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.market.SessionListing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The exchange as the desk's host would be, for live sessions in tests: the whole default catalogue with the
 * desk's standard clearing, every command applied in turn, time never going back (a second of exchange time a
 * turn from Monday 1 March 2027, 09:30 Shanghai), its events handed back to the session as a listener would.
 */
final class LiveExchange implements LiveSession.Exchange {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final long MONDAY_OPEN = Instant.parse("2027-03-01T01:30:00Z").toEpochMilli();
    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final long FIRST_AGENT = 100_001;
    /** A step every 5 ms of wall time: the calm month's 300 s steps at 60,000 times real time. */
    static final double FAST = 60_000;

    final Catalogue catalogue = CatalogueJson.readDefault();
    private final List<ExchangeEvent> events = new ArrayList<>();
    final Engine engine = new Engine(catalogue, EngineConfig.defaults(), events::add, PreTradeCheck.ALLOW_ALL,
            OrderBookFactory.FAST, ClearingSetup.standard().over(catalogue));
    private long now = MONDAY_OPEN;
    private LiveSession listener;
    private int delivered;
    /** An index day the exchange is told it fixed already, as a desk restarted on its database would have. */
    private LocalDate fixedBefore;

    LiveExchange() {
        for (ContractSpec spec : catalogue.contracts()) {
            if (spec.isTradable(MONDAY)) {
                engine.submit(new SessionCommand(now, spec.instrumentId(), SessionAction.OPEN_CONTINUOUS));
            }
        }
    }

    /** The exchange says it fixed every index up to {@code day}: a session starting on it counts on from there. */
    synchronized LiveExchange fixedUpTo(LocalDate day) {
        fixedBefore = day;
        return this;
    }

    @Override
    public synchronized void inTurn(LongConsumer turn) {
        now += 1_000;
        turn.accept(now);
        if (listener != null) {
            listener.onEvents(List.copyOf(events.subList(delivered, events.size())));
            delivered = events.size();
        }
    }

    @Override
    public synchronized void submit(Command command) {
        engine.submit(command);
    }

    @Override
    public synchronized boolean hasFirm(long firmId) {
        return engine.hasFirm(firmId);
    }

    @Override
    public synchronized boolean hasAccount(long account) {
        return engine.hasAccount(account);
    }

    @Override
    public synchronized SessionState session(int instrumentId) {
        return engine.session(instrumentId);
    }

    @Override
    public synchronized Optional<LocalDate> lastIndexDay(String productCode, Hub hub) {
        return Stream.concat(Stream.ofNullable(fixedBefore), of(IndexPublished.class).stream()
                .filter(i -> i.productCode().equals(productCode) && i.hub() == hub).map(IndexPublished::day))
                .max(Comparator.naturalOrder());
    }

    synchronized <T extends ExchangeEvent> List<T> of(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The exchange's time now, epoch ms. */
    synchronized long now() {
        return now;
    }

    /** The calm month from Monday, at {@link #FAST}. */
    LiveSession session() {
        LiveSession session = session(SessionConfigJson.readDefault());
        session.setSpeed(FAST);
        return session;
    }

    LiveSession session(SessionConfig config) {
        SessionConfig live = config.startingOn(MONDAY);
        LiveSession session = new LiveSession(live, 1, SessionListing.within(catalogue, live, MONDAY), FIRST_AGENT,
                this, SHANGHAI, MonitoringFeed.NONE);
        synchronized (this) {
            listener = session;
            delivered = events.size();
        }
        return session;
    }

    static Thread running(LiveSession session) {
        Thread thread = new Thread(() -> {
            try {
                session.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "live-session-test");
        thread.start();
        return thread;
    }

    static void awaitSteps(LiveSession session, long steps) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (session.steps() < steps && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(session.steps()).as("steps taken").isGreaterThanOrEqualTo(steps);
    }
}
