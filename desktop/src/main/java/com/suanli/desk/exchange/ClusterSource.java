package com.suanli.desk.exchange;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.mirror.MirroredExchange;
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
 * The replicated exchange (docs/CLUSTER.md): commands go to the members, events and answers come from this
 * desk's mirror of their engine. The journal is the members' and nothing is recorded in the desk's database.
 */
final class ClusterSource implements ExchangeSource {

    private final MirroredExchange cluster;

    ClusterSource(MirroredExchange cluster) {
        this.cluster = cluster;
    }

    @Override
    public CompletableFuture<Acknowledged> submit(Command command) {
        return cluster.submit(command);
    }

    @Override
    public <T> CompletableFuture<T> ask(Function<Engine, T> question) {
        return cluster.ask(question);
    }

    @Override
    public AutoCloseable subscribe(String name, int capacity, HostSubscriber subscriber) {
        return cluster.subscribe(name, capacity, subscriber);
    }

    @Override
    public Optional<ClusterExchangeClient.Connection> connection() {
        return Optional.of(cluster.client().connection());
    }

    /** The desk recorded none of the cluster's trades: the positions come with the seed. */
    @Override
    public MarketSeed seed(Engine engine) {
        return MarketSeed.withPositions(engine);
    }

    @Override
    public Optional<JournalRecovery.Recovered> recovered() {
        return Optional.empty();
    }

    @Override
    public Optional<EventRecorder> recorder() {
        return Optional.empty();
    }

    @Override
    public void close() {
        cluster.close();
    }
}
