package com.suanli.gateway.entry;

import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.ExchangeHost;
import com.suanli.data.host.HostSubscriber;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.listing.Catalogue;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The order entry of an exchange in this process: the host's queue, its subscribers, and the seed taken on
 * its sequencer. Commands are stamped with {@code clock} and queued under one lock, so their stamps never go
 * backwards in the queue (the engine refuses a command stamped before the one applied before it).
 */
public final class HostOrderEntry implements OrderEntry {

    /** A subscriber's queue: far more events than a burst of the measured rates makes in a second. */
    public static final int LISTENER_QUEUE = 1 << 20;

    private final Catalogue catalogue;
    private final Submitter submitter;
    private final Subscriptions subscriptions;
    private final Function<Function<Engine, BookSeed>, CompletableFuture<BookSeed>> asker;
    private final Clock clock;
    private long lastStamp;

    /**
     * The parts of a host this entry uses, so that a facade over a host (the desk's) adapts as the host does.
     * @param submitter queues a stamped command
     * @param subscriptions adds a subscriber with its own thread and queue
     * @param asker runs a question on the sequencer
     */
    public HostOrderEntry(Catalogue catalogue, Submitter submitter, Subscriptions subscriptions,
                          Function<Function<Engine, BookSeed>, CompletableFuture<BookSeed>> asker, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.asker = Objects.requireNonNull(asker, "asker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Over a host the caller started (and closes). */
    public static HostOrderEntry over(ExchangeHost host, Catalogue catalogue, Clock clock) {
        return new HostOrderEntry(catalogue, (command, timestamp) -> host.submit(command.at(timestamp)),
                (name, subscriber) -> host.subscribe(name, LISTENER_QUEUE, subscriber), host::ask, clock);
    }

    @Override
    public Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public synchronized CompletableFuture<Acknowledged> submit(StampedCommand command) {
        lastStamp = Math.max(lastStamp, clock.millis());
        return submitter.submit(command, lastStamp);
    }

    @Override
    public AutoCloseable subscribe(String name, EntryListener listener) {
        return subscriptions.subscribe(name, listener);
    }

    @Override
    public CompletableFuture<BookSeed> books() {
        return asker.apply(BookSeed::of);
    }

    /** Queues a command stamped at {@code timestamp}. */
    @FunctionalInterface
    public interface Submitter {
        CompletableFuture<Acknowledged> submit(StampedCommand command, long timestamp);
    }

    /** Adds a host subscriber. */
    @FunctionalInterface
    public interface Subscriptions {
        AutoCloseable subscribe(String name, HostSubscriber subscriber);
    }
}
