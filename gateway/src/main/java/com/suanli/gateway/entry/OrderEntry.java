package com.suanli.gateway.entry;

import com.suanli.data.host.Acknowledged;
import com.suanli.exchange.listing.Catalogue;
import java.util.concurrent.CompletableFuture;

/**
 * What the gateway needs of an exchange, and nothing more: commands in, events out, the catalogue, and the
 * books to start market data from. Its adapters run over the in-process host ({@link HostOrderEntry}) and
 * over the replicated exchange ({@link ClusterOrderEntry}). No question reaches into the engine: everything the gateway
 * knows of orders it learns from the events.
 */
public interface OrderEntry {

    /** What the exchange lists. */
    Catalogue catalogue();

    /**
     * Stamps the command with the exchange's time (never earlier than a command stamped before it, so no
     * command is refused as late) and queues it. The future completes once the command is durable and
     * applied, accepted or refused; it fails when the exchange could not take it.
     */
    CompletableFuture<Acknowledged> submit(StampedCommand command);

    /** Hands every event to {@code listener}, in order, on a thread of the entry's own. Closing it stops. */
    AutoCloseable subscribe(String name, EntryListener listener);

    /**
     * Every book's full depth and last trade, and the working orders, as of one event sequence: where a market
     * data feed starts, and where a restarted gateway takes its orders back from.
     */
    CompletableFuture<BookSeed> books();
}
