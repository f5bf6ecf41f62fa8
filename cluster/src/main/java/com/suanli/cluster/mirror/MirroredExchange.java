package com.suanli.cluster.mirror;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.HostSubscriber;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.listing.Catalogue;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The replicated exchange as one client sees it (docs/CLUSTER.md, "The feed"): commands go to the members
 * through a {@link ClusterExchangeClient}, acknowledged once a majority has them; events, questions and each
 * command's acknowledgement come from a {@link ClusterMirror} following the members' feed, so they are the
 * members' very events, in their order, across failovers. The FIX gateway's order entry and the connected
 * workstation ({@code desk --connect}) both stand on it.
 */
public final class MirroredExchange implements AutoCloseable {

    private final ClusterMirror mirror;
    private final ClusterExchangeClient client;

    private MirroredExchange(ClusterMirror mirror, ClusterExchangeClient client) {
        this.mirror = mirror;
        this.client = client;
    }

    /**
     * Connects to the cluster, follows its feed from the beginning (or from the state the leader sends) and
     * returns once the mirror has caught up with the cluster as it stood when asked, within {@code timeout}.
     * @param catalogue the members' catalogue (they run {@link ExchangeSetup#desk} over it), or the mirror is not one
     * @throws IllegalStateException when no leader answered or the mirror did not catch up in time
     */
    public static MirroredExchange connect(ClientConfig config, Catalogue catalogue, Duration timeout) {
        return connect(config, catalogue, timeout, ClusterMirror.Source.COMMANDS);
    }

    /**
     * As {@link #connect(ClientConfig, Catalogue, Duration)}, with a mirror that follows {@code source}: the
     * members' commands (an engine here, every question answered) or their events (no engine run here; only
     * {@link #seed} questions).
     */
    public static MirroredExchange connect(ClientConfig config, Catalogue catalogue, Duration timeout,
                                           ClusterMirror.Source source) {
        Objects.requireNonNull(catalogue, "catalogue");
        ClusterMirror mirror = new ClusterMirror(ExchangeSetup.desk(catalogue), config.clientId(), source);
        ClusterExchangeClient client;
        try {
            client = ClusterExchangeClient.connect(config, timeout, mirror);
        } catch (RuntimeException e) {
            mirror.close();
            throw e;
        }
        mirror.askStatesThrough(client::askForState);
        MirroredExchange exchange = new MirroredExchange(mirror, client);
        try {
            exchange.awaitCaughtUp(timeout);
        } catch (RuntimeException e) {
            exchange.close();
            throw e;
        }
        return exchange;
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

    /**
     * Sends the command as stamped (the members apply it at the log's time); the acknowledgement is the mirror's
     * once it applied the command, so its events are with the subscribers by then.
     */
    public CompletableFuture<Acknowledged> submit(Command command) {
        return client.submit(command).thenCompose(this::acknowledgement);
    }

    private CompletableFuture<Acknowledged> acknowledgement(Outcome outcome) {
        // A command that did not decode never reached the engine: the mirror has no events of it.
        if (outcome.rejection() != null && outcome.rejection().startsWith("MALFORMED")) {
            return CompletableFuture.failedFuture(new IllegalStateException(outcome.rejection()));
        }
        return mirror.acknowledgement(outcome.clientSequence());
    }

    /** Hands the mirror's events from now on to {@code subscriber} behind a queue of {@code capacity}; closing it stops. */
    public AutoCloseable subscribe(String name, int capacity, HostSubscriber subscriber) {
        return mirror.subscribe(name, capacity, subscriber).join();
    }

    /** Asks the mirror's engine, after every feed message applied so far (a mirror of the commands). */
    public <T> CompletableFuture<T> ask(Function<Engine, T> question) {
        return mirror.ask(question);
    }

    /**
     * Asks the engine as the exchange stands at a feed message from now on, in the feed's order with the events
     * ({@link ClusterMirror#seed}): a mirror of the events asks the leader for its whole state for it.
     */
    public <T> CompletableFuture<T> seed(Function<Engine, T> question) {
        return mirror.seed(question);
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
