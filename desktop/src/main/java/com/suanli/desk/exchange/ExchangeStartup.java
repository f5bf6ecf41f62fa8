package com.suanli.desk.exchange;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.mirror.MirroredExchange;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.HostOptions;
import com.suanli.data.store.DeskStore;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Starts the desk's exchange: loads the catalogue, recovers the exchange from the desk's database
 * ({@link DeskExchange}) and opens for continuous trading every instrument that trades on the clock's
 * day and is not open already (a restart the same day finds them open: nothing is sent twice). The others
 * stay as they are: closed (not yet listed, a weekend, past their last trading day) or expired, as the
 * engine's calendar says. The workstation's account ({@link LocalTrader}) is opened and funded if absent. A
 * connected desk ({@link #connected}) does the same on the replicated exchange: the first desk to connect on a
 * trading day opens its sessions and the desk's account. Call {@link #start()} off the FX thread;
 * {@link #close()} closes what it started.
 */
public final class ExchangeStartup implements AutoCloseable {

    /** Opens the exchange on the database, over the catalogue: the desk's own or a connection to the cluster. */
    @FunctionalInterface
    private interface Opening {
        DeskExchange open(DeskStore database, Catalogue listing);
    }

    private final Supplier<Catalogue> catalogue;
    private final Supplier<DeskStore> database;
    private final Clock clock;
    private final Opening opening;
    private final boolean connected;
    private DeskExchange started;
    private boolean closed;
    /** The start {@link #startEarly() begun early}, until {@link #start()} takes it. */
    private CompletableFuture<RunningExchange> early;

    /**
     * @param catalogue where the listing comes from; it may throw, and {@link #start()} then fails with it
     * @param database the desk's database, asked for after the catalogue; it stays the caller's to close
     * @param clock the time the sessions open at, in exchange time (its zone decides the trading day)
     */
    public ExchangeStartup(Supplier<Catalogue> catalogue, Supplier<DeskStore> database, Clock clock) {
        this(catalogue, database, clock, HostOptions.defaults());
    }

    public ExchangeStartup(Supplier<Catalogue> catalogue, Supplier<DeskStore> database, Clock clock,
                           HostOptions options) {
        this(catalogue, database, clock, hosted(options), false);
    }

    private ExchangeStartup(Supplier<Catalogue> catalogue, Supplier<DeskStore> database, Clock clock, Opening opening,
                            boolean connected) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.opening = opening;
        this.connected = connected;
    }

    private static Opening hosted(HostOptions options) {
        Objects.requireNonNull(options, "options");
        return (store, listing) -> DeskExchange.open(store, listing, options);
    }

    /**
     * A workstation of the replicated exchange ({@code desk --connect}, docs/CLUSTER.md): {@link #start()}
     * connects to the members as {@code client} says, waiting up to {@code wait} for a leader and for the mirror
     * to catch up, over the members' catalogue (the default one); {@code database} gives the users.
     */
    public static ExchangeStartup connected(Supplier<DeskStore> database, Clock clock, ClientConfig client,
                                            Duration wait) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(wait, "wait");
        return new ExchangeStartup(CatalogueJson::readDefault, database, clock, (store, listing) ->
                DeskExchange.connected(MirroredExchange.connect(client, listing, wait), listing, store), true);
    }

    /**
     * Whether the desk is a workstation of the replicated exchange ({@link #connected}), known before it starts: its
     * market is the one every connected desk shares, so nothing on this desk may drive it as a simulation does.
     */
    public boolean connected() {
        return connected;
    }

    /** The workstation's: the catalogue its database holds, on that database. */
    public static ExchangeStartup of(DatabaseCatalogue catalogue, Clock clock) {
        return new ExchangeStartup(catalogue, catalogue::database, clock);
    }

    /**
     * Begins the start at once on a thread of its own, so that the database opens and the exchange recovers while
     * the FX toolkit starts and the window is built (the two take about as long; on two cores they overlap); the
     * next {@link #start()} takes its outcome instead of starting again. Does nothing once begun or started.
     */
    public synchronized void startEarly() {
        if (early != null || started != null || closed) {
            return;
        }
        early = new CompletableFuture<>();
        CompletableFuture<RunningExchange> outcome = early;
        Thread starting = new Thread(() -> {
            try {
                outcome.complete(open());
            } catch (RuntimeException | Error failed) {
                outcome.completeExceptionally(failed);
            }
        }, "desk-exchange-start");
        starting.setDaemon(true);
        starting.start();
    }

    /**
     * Starts the exchange, or, when {@link #startEarly()} began it, waits for that start and answers it.
     *
     * @throws com.suanli.data.json.JsonReadException when the catalogue is refused
     * @throws com.suanli.data.store.StoreException when the database cannot be opened or recovered
     * @throws IllegalStateException when an instrument that trades today does not open (the engine's
     *     reason is in the message), or the startup was closed
     */
    public RunningExchange start() {
        CompletableFuture<RunningExchange> begun;
        synchronized (this) {
            begun = early;
            early = null;
        }
        if (begun == null) {
            return open();
        }
        try {
            return begun.join();
        } catch (CompletionException failed) {
            // The early start's own failure, as a start on this thread would have thrown it.
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private synchronized RunningExchange open() {
        if (closed) {
            throw new IllegalStateException("the desk is closing: the exchange does not start");
        }
        Catalogue listing = Objects.requireNonNull(catalogue.get(), "catalogue");
        if (listing.isEmpty()) {
            throw new IllegalStateException("catalogue lists no instrument: nothing to trade");
        }
        DeskExchange exchange = opening.open(database.get(), listing);
        try {
            int trading = openToday(exchange, listing);
            LocalTrader.open(exchange, clock.millis());
            started = exchange;
            return new RunningExchange(listing, exchange, trading);
        } catch (RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    /** Opens what trades today and is not open; returns how many instruments trade today. */
    private int openToday(DeskExchange exchange, Catalogue listing) {
        long now = clock.millis();
        LocalDate today = LocalDate.now(clock);
        List<ContractSpec> tradable = listing.contracts().stream().filter(c -> c.isTradable(today)).toList();
        List<ContractSpec> closed = exchange.ask(engine -> tradable.stream()
                .filter(c -> engine.session(c.instrumentId()) != SessionState.CONTINUOUS).toList()).join();
        List<CompletableFuture<Acknowledged>> opening = new ArrayList<>();
        for (ContractSpec contract : closed) {
            opening.add(exchange.submit(new SessionCommand(now, contract.instrumentId(), SessionAction.OPEN_CONTINUOUS)));
        }
        List<Acknowledged> acknowledged = opening.stream().map(CompletableFuture::join).toList();
        // One question for all, not one each: every question waits for the engine's thread.
        List<SessionState> sessions = exchange.ask(engine -> closed.stream()
                .map(contract -> engine.session(contract.instrumentId())).toList()).join();
        for (int i = 0; i < closed.size(); i++) {
            Acknowledged ack = acknowledged.get(i);
            ContractSpec contract = closed.get(i);
            SessionState session = sessions.get(i);
            // Refused is fine when the session is open all the same: another connected desk opened it first.
            if (session != SessionState.CONTINUOUS) {
                throw new IllegalStateException(contract.symbol() + " trades on " + today
                        + " but did not open for continuous trading: session is " + session
                        + ack.reason().map(reason -> " (" + reason + ")").orElse(""));
            }
        }
        return tradable.size();
    }

    /** Closes the exchange it started (journal, recorder, last snapshot); the database stays open. */
    @Override
    public synchronized void close() {
        closed = true;
        if (started != null) {
            started.close();
            started = null;
        }
    }
}
