package com.suanli.data.host;

import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.journal.Snapshot;
import com.suanli.exchange.listing.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How an exchange engine is built, fresh or from a snapshot: the catalogue, the engine's configuration
 * and the clearing setup (null: no clearing). The host's recovery and the replicated exchange
 * (docs/CLUSTER.md) build their engines here, so a snapshot taken by one restores in the other.
 */
public record ExchangeSetup(Catalogue catalogue, EngineConfig config,
                            Function<ClearingEvents, ClearingHouse> clearing) {

    public ExchangeSetup {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(config, "config");
    }

    /** The desk's exchange: the default configuration, cleared by {@link ClearingSetup#standard()} over the catalogue. */
    public static ExchangeSetup desk(Catalogue catalogue) {
        return new ExchangeSetup(catalogue, EngineConfig.defaults(), ClearingSetup.standard().over(catalogue));
    }

    /** A new engine publishing to {@code sink}; the clearing setup's events go there too. */
    public Engine fresh(EventSink sink) {
        return new Engine(catalogue, config, sink, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST, clearing);
    }

    /** The engine a snapshot's bytes hold ({@link Snapshot#write}); restoring publishes nothing. */
    public Engine restore(byte[] snapshot, EventSink sink) {
        try {
            return restore(Snapshot.read(new ByteArrayInputStream(snapshot)), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("snapshot: " + e.getMessage(), e);
        }
    }

    /** The engine of a snapshot's sections ({@link Snapshot#read}); sections it does not know are left to their owners. */
    public Engine restore(Map<String, byte[]> sections, EventSink sink) {
        try {
            return Snapshot.restoreEngine(sections, catalogue, config, sink, PreTradeCheck.ALLOW_ALL,
                    OrderBookFactory.FAST, clearing);
        } catch (IOException e) {
            throw new UncheckedIOException("snapshot: " + e.getMessage(), e);
        }
    }
}
