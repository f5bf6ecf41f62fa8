package com.suanli.gateway.entry;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.mirror.ClusterMirror;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.exchange.listing.Catalogue;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The order entry of the replicated exchange (docs/CLUSTER.md): commands go to the cluster through a
 * {@link ClusterExchangeClient}, acknowledged once a majority of members has them; events, books and each
 * command's acknowledgement come from a {@link ClusterMirror}, the client's own copy of the deterministic
 * engine following the members' feed, so they are the members' very events, in their order, across
 * failovers. The catalogue must be the members' (they run {@link ExchangeSetup#desk} over the default one).
 */
public final class ClusterOrderEntry implements OrderEntry, AutoCloseable {

    private final Catalogue catalogue;
    private final ClusterMirror mirror;
    private final ClusterExchangeClient client;
    private final Clock clock;
    private long lastStamp;

    private ClusterOrderEntry(Catalogue catalogue, ClusterMirror mirror, ClusterExchangeClient client, Clock clock) {
        this.catalogue = catalogue;
        this.mirror = mirror;
        this.client = client;
        this.clock = clock;
    }

    /**
     * Connects to the cluster, follows its feed from the beginning (or from the state the leader sends) and
     * returns once the mirror has caught up with the cluster as it stood when asked, within {@code timeout}.
     * @throws IllegalStateException when no leader answered or the mirror did not catch up in time
     */
    public static ClusterOrderEntry connect(ClientConfig config, Catalogue catalogue, Duration timeout) {
        Objects.requireNonNull(catalogue, "catalogue");
        ClusterMirror mirror = new ClusterMirror(ExchangeSetup.desk(catalogue), config.clientId());
        ClusterExchangeClient client;
        try {
            client = ClusterExchangeClient.connect(config, timeout, mirror);
        } catch (RuntimeException e) {
            mirror.close();
            throw e;
        }
        ClusterOrderEntry entry = new ClusterOrderEntry(catalogue, mirror, client, Clock.systemUTC());
        try {
            entry.awaitCaughtUp(timeout);
        } catch (RuntimeException e) {
            entry.close();
            throw e;
        }
        return entry;
    }

    /** Waits until the mirror has applied everything the cluster had applied when this was asked. */
    public StateReport awaitCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            StateReport cluster = client.report().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            while (mirror.lastEventSequence() < cluster.lastEventSequence()) {
                if (mirror.failure() != null) {
                    throw new IllegalStateException("cluster: the mirror stopped: " + mirror.failure().getMessage(),
                            mirror.failure());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cluster: the mirror reached event " + mirror.lastEventSequence()
                            + " of " + cluster.lastEventSequence() + " within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(10);
            }
            return cluster;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cluster: no state report within " + timeout.toSeconds() + " s: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cluster: interrupted while the mirror caught up", e);
        }
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
        return client.submit(command.at(stamp)).thenCompose(this::acknowledgement);
    }

    private CompletableFuture<Acknowledged> acknowledgement(Outcome outcome) {
        // A command that did not decode never reached the engine: the mirror has no events of it.
        if (outcome.reason().filter(reason -> reason.startsWith("MALFORMED")).isPresent()) {
            return CompletableFuture.failedFuture(new IllegalStateException(outcome.rejection()));
        }
        return mirror.acknowledgement(outcome.clientSequence());
    }

    @Override
    public AutoCloseable subscribe(String name, EntryListener listener) {
        return mirror.subscribe(name, HostOrderEntry.LISTENER_QUEUE, EntryListener.asSubscriber(listener)).join();
    }

    @Override
    public CompletableFuture<BookSeed> books() {
        return mirror.ask(BookSeed::of);
    }

    /** The mirror, for its state and counts. */
    public ClusterMirror mirror() {
        return mirror;
    }

    /** The cluster's client, for its counts (leader changes, resends, feed requests). */
    public ClusterExchangeClient client() {
        return client;
    }

    /** Closes the client (failing what is unacknowledged), then the mirror and its subscribers. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            mirror.close();
        }
    }
}
