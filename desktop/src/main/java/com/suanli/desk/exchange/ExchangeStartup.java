package com.suanli.desk.exchange;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Starts the desk's exchange: loads the catalogue, builds the engine over it and opens for continuous
 * trading every instrument that trades on the clock's day; the others stay closed (not yet listed, a
 * weekend, past their last trading day) or expired, as the engine's calendar says. Whatever thread calls
 * {@link #start()} owns the engine.
 */
public final class ExchangeStartup {

    private final Supplier<Catalogue> catalogue;
    private final Clock clock;
    private final EventSink sink;
    private final EngineEvents events = new EngineEvents();

    /**
     * @param catalogue where the listing comes from; it may throw, and {@link #start()} then fails with it
     * @param clock the time the sessions open at, in exchange time (its zone decides the trading day)
     * @param sink receives the engine's events on the engine's thread; it must be quick
     */
    public ExchangeStartup(Supplier<Catalogue> catalogue, Clock clock, EventSink sink) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The default catalogue resource, with no one listening to the events yet. */
    public static ExchangeStartup ofDefaultCatalogue(Clock clock) {
        return new ExchangeStartup(CatalogueJson::readDefault, clock, EventSink.NONE);
    }

    /** The started engine's events, for listeners that join after {@link #start()} (engine thread). */
    public EngineEvents events() {
        return events;
    }

    /**
     * @throws com.suanli.data.json.JsonReadException when the catalogue is refused
     * @throws IllegalStateException when an instrument that trades today does not open (the engine
     *     refused the session change)
     */
    public RunningExchange start() {
        Catalogue listing = Objects.requireNonNull(catalogue.get(), "catalogue");
        if (listing.isEmpty()) {
            throw new IllegalStateException("catalogue lists no instrument: nothing to trade");
        }
        Engine engine = new Engine(listing, EngineConfig.defaults(), EventSink.both(sink, events));
        long now = clock.millis();
        LocalDate today = LocalDate.now(clock);
        int trading = 0;
        for (ContractSpec contract : listing.contracts()) {
            if (!contract.isTradable(today)) {
                continue;
            }
            engine.submit(new SessionCommand(now, contract.instrumentId(), SessionAction.OPEN_CONTINUOUS));
            SessionState session = engine.session(contract.instrumentId());
            if (session != SessionState.CONTINUOUS) {
                throw new IllegalStateException(contract.symbol() + " trades on " + today
                        + " but did not open for continuous trading: session is " + session);
            }
            trading++;
        }
        return new RunningExchange(listing, engine, trading);
    }
}
