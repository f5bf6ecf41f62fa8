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
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Starts the desk's exchange: loads the catalogue, builds the engine over it and opens every instrument
 * for continuous trading at the clock's time. Whatever thread calls {@link #start()} owns the engine.
 */
public final class ExchangeStartup {

    private final Supplier<Catalogue> catalogue;
    private final Clock clock;
    private final EventSink sink;

    /**
     * @param catalogue where the listing comes from; it may throw, and {@link #start()} then fails with it
     * @param clock the time the sessions open at
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

    /**
     * @throws com.suanli.data.json.JsonReadException when the catalogue is refused
     * @throws IllegalStateException when an instrument does not open (the engine refused the session change)
     */
    public RunningExchange start() {
        Catalogue listing = Objects.requireNonNull(catalogue.get(), "catalogue");
        if (listing.isEmpty()) {
            throw new IllegalStateException("catalogue lists no instrument: nothing to trade");
        }
        Engine engine = new Engine(listing, EngineConfig.defaults(), sink);
        long now = clock.millis();
        for (ContractSpec contract : listing.contracts()) {
            engine.submit(new SessionCommand(now, contract.instrumentId(), SessionAction.OPEN_CONTINUOUS));
            SessionState session = engine.session(contract.instrumentId());
            if (session != SessionState.CONTINUOUS) {
                throw new IllegalStateException(contract.symbol() + " did not open for continuous trading: session is "
                        + session);
            }
        }
        return new RunningExchange(listing, engine);
    }
}
