package com.suanli.desk.exchange;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.HostSubscriber;
import com.suanli.data.host.JournalRecovery;
import com.suanli.data.trading.EventRecorder;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Where a {@link DeskExchange}'s engine runs: inside the desk's own host ({@link HostSource}) or in the
 * replicated exchange, mirrored here ({@link ClusterSource}). Commands in, events out, questions to the engine.
 */
interface ExchangeSource extends AutoCloseable {

    /** Completes once the command is durable and applied, accepted or refused. */
    CompletableFuture<Acknowledged> submit(Command command);

    <T> CompletableFuture<T> ask(Function<Engine, T> question);

    /** Hands the events from now on to {@code subscriber} behind a queue of {@code capacity}; closing it stops. */
    AutoCloseable subscribe(String name, int capacity, HostSubscriber subscriber);

    /** The read model's seed: a connected desk takes the positions from the engine too. */
    MarketSeed seed(Engine engine);

    /** What recovery found at the start; empty when the journal is elsewhere (the cluster's). */
    Optional<JournalRecovery.Recovered> recovered();

    /** The recorder writing the events into the desk's trading tables; empty when nothing records them here. */
    Optional<EventRecorder> recorder();

    /** How a connected desk stands with the cluster's members; empty for the desk's own host, always there. */
    default Optional<ClusterExchangeClient.Connection> connection() {
        return Optional.empty();
    }

    @Override
    void close();
}
