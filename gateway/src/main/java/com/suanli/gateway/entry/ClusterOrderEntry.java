package com.suanli.gateway.entry;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.mirror.ClusterMirror;
import com.suanli.cluster.mirror.MirroredExchange;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.exchange.listing.Catalogue;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The order entry of the replicated exchange (docs/CLUSTER.md): commands go to the cluster through a
 * {@link ClusterExchangeClient}, acknowledged once a majority of members has them; events, books and each
 * command's acknowledgement come from a {@link ClusterMirror} ({@link MirroredExchange}) following the members'
 * feed of events, so they are the members' very events, in their order, across failovers, and no engine runs here
 * for them; the books' and working orders' seed comes from a whole state the leader sends, loaded into an engine
 * once. The catalogue must be the members' (they run {@link ExchangeSetup#desk} over the default one).
 */
public final class ClusterOrderEntry implements OrderEntry, AutoCloseable {

    private final Catalogue catalogue;
    private final MirroredExchange exchange;
    private final Clock clock;
    private long lastStamp;

    private ClusterOrderEntry(Catalogue catalogue, MirroredExchange exchange, Clock clock) {
        this.catalogue = catalogue;
        this.exchange = exchange;
        this.clock = clock;
    }

    /**
     * Connects to the cluster, follows its feed from the beginning (or from the state the leader sends) and
     * returns once the mirror has caught up with the cluster as it stood when asked, within {@code timeout}.
     * @throws IllegalStateException when no leader answered or the mirror did not catch up in time
     */
    public static ClusterOrderEntry connect(ClientConfig config, Catalogue catalogue, Duration timeout) {
        return new ClusterOrderEntry(catalogue, MirroredExchange.connect(config, catalogue, timeout,
                ClusterMirror.Source.EVENTS), Clock.systemUTC());
    }

    /** Waits until the mirror has applied everything the cluster had applied when this was asked. */
    public StateReport awaitCaughtUp(Duration timeout) {
        return exchange.awaitCaughtUp(timeout);
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Sends the command stamped with this machine's clock (the members apply it at the log's time anyway);
     * the acknowledgement is the mirror's once it applied the command: its events are then with the listeners.
     */
    @Override
    public CompletableFuture<Acknowledged> submit(StampedCommand command) {
        long stamp;
        synchronized (this) {
            lastStamp = Math.max(lastStamp, clock.millis());
            stamp = lastStamp;
        }
        return exchange.submit(command.at(stamp));
    }

    @Override
    public AutoCloseable subscribe(String name, EntryListener listener) {
        return exchange.subscribe(name, HostOrderEntry.LISTENER_QUEUE, listener);
    }

    @Override
    public CompletableFuture<BookSeed> books() {
        return exchange.seed(BookSeed::of);
    }

    /** The mirror, for its state and counts. */
    public ClusterMirror mirror() {
        return exchange.mirror();
    }

    /**
     * From now on tells {@code notices} of each new leader the gateway follows ("the cluster's leader is now member 2,
     * term 3"): an operator watching the gateway sees a failover.
     */
    public void tellNewLeaders(Consumer<String> notices) {
        Objects.requireNonNull(notices, "notices");
        exchange.client().onNewLeader((term, member) -> notices.accept("the cluster's leader is now member " + member
                + ", term " + term));
    }

    /** The cluster's client, for its counts (leader changes, resends, feed requests). */
    public ClusterExchangeClient client() {
        return exchange.client();
    }

    /** Closes the client (failing what is unacknowledged), then the mirror and its subscribers. */
    @Override
    public void close() {
        exchange.close();
    }
}
