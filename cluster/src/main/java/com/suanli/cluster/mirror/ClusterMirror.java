package com.suanli.cluster.mirror;

import com.suanli.cluster.client.FeedHandler;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.cluster.service.ReplicatedExchange;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.EventFeed;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.HostSubscriber;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The replicated exchange mirrored in a client: a {@link ReplicatedExchange} built as the members build it
 * ({@link ExchangeSetup#desk}), fed the members' feed (their COMMANDS messages with the log timestamps they
 * applied them at, or their whole state), on a thread of its own. Being the same deterministic state machine
 * given the same input, it makes the same events with the same sequences and reaches the same state hash;
 * its subscribers get those events, its questions see its engine, and the client's own commands are
 * acknowledged from it with their very events.
 *
 * <p>A subscriber is told of every hole in the events it is handed ({@link HostSubscriber#onGap}): events
 * dropped by its full queue, and those a whole state jumped over (the leader sent the state because its
 * history no longer reached the messages this mirror lacked).
 */
public final class ClusterMirror implements FeedHandler, AutoCloseable {

    /** Feed messages and questions waiting for the mirror's thread; the client's thread waits when it is full. */
    static final int QUEUE = 1 << 16;
    /** Acknowledgements of the client's own commands remembered for a late asker: its window, many times over. */
    private static final int REMEMBERED = 1 << 14;

    private final ReplicatedExchange exchange;
    private final EventFanOut events;
    private final long clientId;
    private final BlockingQueue<Runnable> tasks = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private final Object acknowledgements = new Object();
    private final Remembered[] remembered = new Remembered[REMEMBERED];
    private final Map<Long, CompletableFuture<Acknowledged>> waiting = new HashMap<>();
    private final AtomicLong statesLoaded = new AtomicLong();
    private volatile long lastEventSequence;
    private volatile long messagesApplied;
    private volatile RuntimeException failure;
    private volatile boolean running = true;
    /** Under {@code acknowledgements}: the client's last command known here. */
    private long ownLastApplied;

    /**
     * @param setup the members' setup: the same catalogue and configuration, or the mirror is not a mirror
     * @param clientId the client whose commands this mirror acknowledges ({@link #acknowledgement})
     */
    public ClusterMirror(ExchangeSetup setup, long clientId) {
        this.events = new EventFanOut();
        this.exchange = new ReplicatedExchange(setup, events);
        this.clientId = clientId;
        exchange.onApplied(this::applied);
        published();
        this.thread = new Thread(this::run, "cluster-mirror-" + clientId);
        thread.setDaemon(true);
        thread.start();
    }

    // ---- the feed, on the client's thread ----

    @Override
    public void onState(byte[] state, long next) {
        enqueue(() -> load(state, next));
    }

    @Override
    public void onFeed(long sequence, long timestamp, DirectBuffer buffer, int offset, int length) {
        byte[] message = new byte[length];
        buffer.getBytes(offset, message);
        enqueue(() -> apply(sequence, timestamp, message));
    }

    private void enqueue(Runnable task) {
        if (failure != null) {
            return; // the mirror stopped following: nothing is applied any more (failure() says why)
        }
        try {
            tasks.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cluster mirror: interrupted while the mirror's queue was full", e);
        }
    }

    // ---- on the mirror's thread ----

    private void run() {
        try {
            while (running) {
                Runnable task = tasks.poll(100, TimeUnit.MILLISECONDS);
                if (task != null) {
                    task.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            failWaiting(e);
        }
    }

    private void apply(long sequence, long timestamp, byte[] message) {
        if (sequence != exchange.messagesApplied() + 1) {
            throw new IllegalStateException("cluster mirror: feed message " + sequence + " after "
                    + exchange.messagesApplied());
        }
        exchange.applyFed(new UnsafeBuffer(message), 0, message.length, timestamp);
        published();
    }

    private void load(byte[] state, long next) {
        exchange.restore(state);
        if (exchange.messagesApplied() != next - 1) {
            throw new IllegalStateException("cluster mirror: a state after feed message " + exchange.messagesApplied()
                    + " sent as the state before message " + next);
        }
        statesLoaded.incrementAndGet();
        published();
        long lastApplied = exchange.lastApplied(clientId);
        synchronized (acknowledgements) {
            ownLastApplied = Math.max(ownLastApplied, lastApplied);
            waiting.entrySet().removeIf(entry -> {
                if (entry.getKey() <= lastApplied) {
                    entry.getValue().completeExceptionally(new IllegalStateException("cluster mirror: command "
                            + entry.getKey() + " is inside a state the leader sent, its events are not known here"));
                    return true;
                }
                return false;
            });
        }
    }

    private void published() {
        messagesApplied = exchange.messagesApplied();
        lastEventSequence = exchange.engine().lastSequence();
    }

    private void applied(long client, long commandNumber, Outcome outcome, CommandRejected rejection) {
        if (client != clientId) {
            return;
        }
        Acknowledged acknowledged = new Acknowledged(commandNumber, outcome.lastEventSequence(), rejection);
        CompletableFuture<Acknowledged> asker;
        synchronized (acknowledgements) {
            remembered[(int) (outcome.clientSequence() & (REMEMBERED - 1))] = new Remembered(outcome.clientSequence(),
                    acknowledged);
            ownLastApplied = outcome.clientSequence();
            asker = waiting.remove(outcome.clientSequence());
        }
        if (asker != null) {
            asker.complete(acknowledged);
        }
    }

    private void failWaiting(RuntimeException e) {
        synchronized (acknowledgements) {
            waiting.values().forEach(future -> future.completeExceptionally(e));
            waiting.clear();
        }
    }

    // ---- for the client's users ----

    /**
     * The acknowledgement of the client's command {@code sequence} once this mirror applied it: its command
     * number, its last event and the engine's refusal event, if any; its events are in the subscribers' queues
     * by then. Fails when the command is older than the last {@value #REMEMBERED} or inside a whole state.
     */
    public CompletableFuture<Acknowledged> acknowledgement(long sequence) {
        synchronized (acknowledgements) {
            Remembered known = remembered[(int) (sequence & (REMEMBERED - 1))];
            if (known != null && known.sequence() == sequence) {
                return CompletableFuture.completedFuture(known.acknowledged());
            }
            if (sequence <= ownLastApplied || failure != null) {
                return CompletableFuture.failedFuture(failure != null ? failure : new IllegalStateException(
                        "cluster mirror: command " + sequence + " is no longer remembered here"));
            }
            return waiting.computeIfAbsent(sequence, s -> new CompletableFuture<>());
        }
    }

    /**
     * Hands every event the mirror makes from now on to {@code subscriber}, on a thread of its own behind a queue
     * of {@code capacity} events; a hole (a full queue, a whole state) is told as a gap. Closing it stops.
     */
    public CompletableFuture<AutoCloseable> subscribe(String name, int capacity, HostSubscriber subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        return ask(engine -> {
            EventFeed feed = events.add(name, capacity, new Holes(subscriber, engine.lastSequence()));
            return () -> events.remove(feed);
        });
    }

    /** Runs {@code question} on the mirror's thread, between two feed messages. */
    public <T> CompletableFuture<T> ask(Function<Engine, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        if (failure != null) {
            answer.completeExceptionally(failure);
            return answer;
        }
        enqueue(() -> {
            try {
                answer.complete(question.apply(exchange.engine()));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /** The mirror's state, as a member reports its own: equal to the members' at the same feed message. */
    public CompletableFuture<StateReport> report() {
        return ask(engine -> exchange.report());
    }

    /** The feed's sequence of the last message applied here. */
    public long messagesApplied() {
        return messagesApplied;
    }

    /** The engine's last event sequence here. */
    public long lastEventSequence() {
        return lastEventSequence;
    }

    /** Whole states loaded instead of messages (each a hole in the events, told to the subscribers). */
    public long statesLoaded() {
        return statesLoaded.get();
    }

    /** Why the mirror stopped following, or null while it follows. */
    public RuntimeException failure() {
        return failure;
    }

    /** Stops the mirror's thread, then its subscribers' once they had what was queued. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.close();
        failWaiting(new IllegalStateException("cluster mirror: closed"));
    }

    private record Remembered(long sequence, Acknowledged acknowledged) {
    }

    /** Tells the subscriber of every jump in the event sequence as a gap of that many events. */
    private static final class Holes implements HostSubscriber {
        private final HostSubscriber target;
        private long last;

        Holes(HostSubscriber target, long last) {
            this.target = target;
            this.last = last;
        }

        @Override
        public void onEvent(ExchangeEvent event) {
            if (event.sequence() > last + 1) {
                target.onGap(event.sequence() - last - 1);
            }
            last = event.sequence();
            target.onEvent(event);
        }

        @Override
        public void onGap(long missed) {
            // The jump at the next event counts the dropped events too: told once, there.
        }

        @Override
        public void onCaughtUp() {
            target.onCaughtUp();
        }
    }
}
