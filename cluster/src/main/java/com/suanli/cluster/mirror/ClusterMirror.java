package com.suanli.cluster.mirror;

import com.suanli.cluster.client.FeedHandler;
import com.suanli.cluster.protocol.Messages;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.cluster.service.ReplicatedExchange;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.EventFeed;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.HostSubscriber;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.event.BinaryEventDecoder;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The replicated exchange mirrored in a client, fed the members' feed on a thread of its own, in one of two ways
 * ({@link Source}). Of the {@linkplain Source#COMMANDS commands}: a {@link ReplicatedExchange} built as the members
 * build it ({@link ExchangeSetup#desk}) applies their COMMANDS messages with the log timestamps they applied them at
 * (or loads their whole state); being the same deterministic state machine given the same input, it makes the same
 * events with the same sequences and reaches the same state hash; its questions see its engine. Of the
 * {@linkplain Source#EVENTS events}: the members' own events, each message's as its leader encoded them, are handed
 * on as they come, with no engine run here (its work and its compilations were a fourth engine's on the FIX
 * gateway: docs/BENCHMARKS.md, "FIX gateway"); an engine is loaded only from a whole state, for a seed of the
 * books ({@link #seed}). Either way the subscribers get the members' events, and the client's own commands are
 * acknowledged with their very events.
 *
 * <p>A subscriber is told of every hole in the events it is handed ({@link HostSubscriber#onGap}): events
 * dropped by its full queue, and those a whole state jumped over (the leader sent the state because its
 * history no longer reached the messages this mirror lacked).
 */
public final class ClusterMirror implements FeedHandler, AutoCloseable {

    /** What the mirror follows. */
    public enum Source {
        /** The COMMANDS messages, applied to an engine here: every question answered at every message. */
        COMMANDS,
        /** The events the members made, handed on; questions only of a whole state loaded ({@link #seed}). */
        EVENTS
    }

    /** Feed messages and questions waiting for the mirror's thread; the client's thread waits when it is full. */
    static final int QUEUE = 1 << 16;
    /** Acknowledgements of the client's own commands remembered for a late asker: its window, many times over. */
    private static final int REMEMBERED = 1 << 14;

    private final ReplicatedExchange exchange;
    private final EventFanOut events;
    private final long clientId;
    private final Source source;
    private final BinaryEventDecoder decoder = new BinaryEventDecoder();
    /** Mirror's thread: seeds waiting for the next whole state loaded. */
    private final List<Seed<?>> seeds = new ArrayList<>();
    /** Asks the leader for the whole state as it stands now (the client's {@code askForState}); set once connected. */
    private volatile Runnable stateAsker;
    /** Mirror's thread: the feed message the engine's state is at (of the events, only where a state left it). */
    private long engineAt;
    /** Client commands applied since the log began (the members' count, each one's number); the mirror's thread writes. */
    private volatile long commandsApplied;
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
        this(setup, clientId, Source.COMMANDS);
    }

    /**
     * @param setup the members' setup: the same catalogue and configuration, or the mirror is not a mirror
     * @param clientId the client whose commands this mirror acknowledges ({@link #acknowledgement})
     * @param source what the mirror follows: the members' commands, or their events
     */
    public ClusterMirror(ExchangeSetup setup, long clientId, Source source) {
        this.events = new EventFanOut();
        this.exchange = new ReplicatedExchange(setup, events);
        this.clientId = clientId;
        this.source = Objects.requireNonNull(source, "source");
        exchange.onApplied((client, number, outcome, rejection) -> {
            if (client == clientId) {
                acknowledge(outcome.clientSequence(), number, outcome.lastEventSequence(), rejection);
            }
        });
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
        int commands = Messages.feedCommandsLength(buffer, offset);
        if (source == Source.COMMANDS) {
            byte[] message = new byte[commands];
            buffer.getBytes(offset + Messages.FEED_HEADER, message);
            enqueue(() -> apply(sequence, timestamp, message));
        } else {
            long client = Messages.clientId(buffer, offset + Messages.FEED_HEADER);
            int at = Messages.feedEvents(buffer, offset);
            byte[] fed = new byte[offset + length - at];
            buffer.getBytes(at, fed);
            enqueue(() -> applyEvents(sequence, client, fed));
        }
    }

    @Override
    public boolean wantsEvents() {
        return source == Source.EVENTS;
    }

    /** How the mirror asks the leader for a whole state ({@link #seed}): the client's, once it is connected. */
    public void askStatesThrough(Runnable asker) {
        this.stateAsker = Objects.requireNonNull(asker, "asker");
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
            failSeeds(e);
        }
    }

    private void apply(long sequence, long timestamp, byte[] message) {
        if (sequence != exchange.messagesApplied() + 1) {
            throw new IllegalStateException("cluster mirror: feed message " + sequence + " after "
                    + exchange.messagesApplied());
        }
        exchange.applyFed(new UnsafeBuffer(message), 0, message.length, timestamp);
        engineAt = exchange.messagesApplied();
        published();
    }

    /**
     * Hands on a message's events, command by command, checking that they follow the last without a hole, and
     * acknowledges the client's own commands among them.
     */
    private void applyEvents(long sequence, long client, byte[] fed) {
        if (sequence != messagesApplied + 1) {
            throw new IllegalStateException("cluster mirror: feed message " + sequence + " after " + messagesApplied);
        }
        UnsafeBuffer part = new UnsafeBuffer(fed);
        int commands = part.getInt(0, ByteOrder.LITTLE_ENDIAN);
        if (commands == Messages.NO_EVENTS) {
            throw new IllegalStateException("cluster mirror: feed message " + sequence + " came without its events");
        }
        long last = lastEventSequence;
        int at = Integer.BYTES;
        for (int i = 0; i < commands; i++) {
            long clientSequence = part.getLong(at, ByteOrder.LITTLE_ENDIAN);
            int count = part.getInt(at + Long.BYTES, ByteOrder.LITTLE_ENDIAN);
            decoder.wrap(fed, at + Long.BYTES + Integer.BYTES, fed.length - at - Long.BYTES - Integer.BYTES);
            events.beginCommand();
            for (int e = 0; e < count; e++) {
                ExchangeEvent event = decoder.next();
                if (event.sequence() != last + 1) {
                    throw new IllegalStateException("cluster mirror: event " + event.sequence() + " after " + last
                            + " in feed message " + sequence);
                }
                last = event.sequence();
                events.onEvent(event);
            }
            events.endCommand();
            at = decoder.position();
            commandsApplied++;
            lastEventSequence = last;
            if (client == clientId) {
                acknowledge(clientSequence, commandsApplied, last, events.rejection());
            }
        }
        lastEventSequence = last;
        messagesApplied = sequence;
    }

    private void load(byte[] state, long next) {
        exchange.restore(state);
        if (exchange.messagesApplied() != next - 1) {
            throw new IllegalStateException("cluster mirror: a state after feed message " + exchange.messagesApplied()
                    + " sent as the state before message " + next);
        }
        statesLoaded.incrementAndGet();
        engineAt = exchange.messagesApplied();
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
        List<Seed<?>> answered = new ArrayList<>(seeds);
        seeds.clear();
        answered.forEach(seed -> seed.answer(exchange.engine()));
    }

    /** After a message or a whole state: what the engine holds is the members' at that message. */
    private void published() {
        messagesApplied = exchange.messagesApplied();
        lastEventSequence = exchange.engine().lastSequence();
        commandsApplied = exchange.commandsApplied();
    }

    private void acknowledge(long clientSequence, long commandNumber, long lastEvent, CommandRejected rejection) {
        Acknowledged acknowledged = new Acknowledged(commandNumber, lastEvent, rejection);
        CompletableFuture<Acknowledged> asker;
        synchronized (acknowledgements) {
            remembered[(int) (clientSequence & (REMEMBERED - 1))] = new Remembered(clientSequence, acknowledged);
            ownLastApplied = clientSequence;
            asker = waiting.remove(clientSequence);
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
        return onThread(() -> {
            EventFeed feed = events.add(name, capacity, new Holes(subscriber, lastEventSequence));
            return () -> events.remove(feed);
        });
    }

    /**
     * Runs {@code question} on the mirror's engine, on the mirror's thread, between two feed messages. A mirror of
     * the events has an engine only where a whole state left it: asked after a message since, it answers with a
     * failure ({@link #seed} asks for a state).
     */
    public <T> CompletableFuture<T> ask(Function<Engine, T> question) {
        return onThread(() -> {
            if (engineAt != messagesApplied) {
                throw new IllegalStateException("cluster mirror: a mirror of the events has no engine at feed message "
                        + messagesApplied + " (its last state was at " + engineAt + ")");
            }
            return question.apply(exchange.engine());
        });
    }

    /**
     * Runs {@code question} on the engine as the exchange stands at a feed message from now on: at once where the
     * engine is at the last message (a mirror of the commands, or of the events right after a whole state), else
     * once the whole state the leader is asked for is loaded, in the feed's order: the events handed on before it
     * are those before it, the events after it those after. How the gateway seeds its books and working orders.
     */
    public <T> CompletableFuture<T> seed(Function<Engine, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        if (failure != null) {
            answer.completeExceptionally(failure);
            return answer;
        }
        Seed<T> seed = new Seed<>(question, answer);
        enqueue(() -> {
            if (engineAt == messagesApplied) {
                seed.answer(exchange.engine());
                return;
            }
            Runnable asker = stateAsker;
            if (asker == null) {
                answer.completeExceptionally(new IllegalStateException(
                        "cluster mirror: no way to ask the leader for a state: not connected"));
                return;
            }
            if (seeds.isEmpty()) {
                asker.run();
            }
            seeds.add(seed);
        });
        return answer;
    }

    private void failSeeds(RuntimeException e) {
        seeds.forEach(seed -> seed.answer().completeExceptionally(e));
        seeds.clear();
    }

    private <T> CompletableFuture<T> onThread(Supplier<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        if (failure != null) {
            answer.completeExceptionally(failure);
            return answer;
        }
        enqueue(() -> {
            try {
                answer.complete(work.get());
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

    /** Client commands applied up to the last feed message here (the members' count at the same message). */
    public long commandsApplied() {
        return commandsApplied;
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
        IllegalStateException closed = new IllegalStateException("cluster mirror: closed");
        failWaiting(closed);
        failSeeds(closed);
    }

    private record Remembered(long sequence, Acknowledged acknowledged) {
    }

    /** A question waiting for a whole state, and its answer. */
    private record Seed<T>(Function<Engine, T> question, CompletableFuture<T> answer) {
        void answer(Engine engine) {
            try {
                answer.complete(question.apply(engine));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }
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
