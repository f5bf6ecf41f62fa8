package com.suanli.data.host;

import com.suanli.data.store.DeskStore;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.journal.CommandEncoder;
import com.suanli.exchange.engine.journal.Snapshot;
import com.suanli.exchange.listing.Catalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The exchange host (docs/HOST.md). One sequencer thread owns the engine. Producers on any thread
 * {@link #submit} commands into one bounded queue, a ring of reused slots; the journaller thread takes
 * whatever is waiting (up to a batch), encodes it, appends it to the journal as one row in one H2
 * transaction (group commit) and, once the batch is durable, hands it to the sequencer, which applies
 * the commands to the engine in order and acknowledges each with its journal sequence (its future, or
 * its listener). The two overlap: the next
 * batch commits while this one is applied. Nothing is applied or acknowledged that is not durable, so
 * an event a subscriber saw always belongs to a journalled command.
 *
 * <p>A batch that cannot be journalled fails its commands and stops the host: whether its transaction
 * reached the file is then unknown, and only a restart (recovery) can say.
 */
public final class ExchangeHost implements AutoCloseable {

    private final DeskStore store;
    private final HostOptions options;
    private final SubmissionRing ring;
    private final EventFanOut fanOut = new EventFanOut();
    private final CommandJournal.Appender appender;
    private final ExecutorService snapshotWriter;
    private final AtomicLong snapshotFailures = new AtomicLong();
    private final AtomicLong listenerFaults = new AtomicLong();
    private final Thread journaller;
    private final Thread sequencer;
    private final Engine engine;
    private final JournalRecovery.Recovered recovered;
    private final Catalogue catalogue;
    private final EngineConfig config;
    private final Function<ClearingEvents, ClearingHouse> clearing;
    /** The event sequence the recovered engine stood at before the first command of this run. */
    private final long recoveredEvents;
    private volatile Throwable failure;
    private final AtomicBoolean stopping = new AtomicBoolean();

    // Journaller-thread state.
    private ByteBuffer encoded;
    private long journalled;
    /** Commands in the batch {@link #encode} encoded last. */
    private int commands;
    // Sequencer-thread state.
    private long lastSequence;
    private long lastSnapshot;

    private ExchangeHost(DeskStore store, Catalogue catalogue, EngineConfig config,
                         Function<ClearingEvents, ClearingHouse> clearing, HostOptions options) {
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.catalogue = catalogue;
        this.config = config;
        this.clearing = clearing;
        fanOut.mute(true);
        this.recovered = JournalRecovery.recover(store, catalogue, config, clearing, fanOut);
        fanOut.mute(false);
        this.engine = recovered.engine();
        this.recoveredEvents = engine.lastSequence();
        this.lastSequence = recovered.lastSequence();
        this.journalled = lastSequence;
        this.lastSnapshot = recovered.snapshotSequence();
        this.ring = new SubmissionRing(options.queueCapacity());
        this.encoded = ByteBuffer.allocate(options.maxBatch() * 128).order(ByteOrder.LITTLE_ENDIAN);
        this.appender = new CommandJournal.Appender(store, options.durability());
        this.snapshotWriter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "host-snapshot-writer");
            t.setDaemon(true);
            return t;
        });
        this.journaller = new Thread(this::journal, "host-journaller");
        this.sequencer = new Thread(this::sequence, "host-sequencer");
    }

    /** Recovers the exchange from the database (snapshot, then journal) and starts the sequencer. */
    public static ExchangeHost start(DeskStore store, Catalogue catalogue, EngineConfig config, HostOptions options) {
        return start(store, catalogue, config, null, options);
    }

    /**
     * The same with a clearing house inside the engine, built by {@code clearing} at every start (the
     * same setup each time: a snapshot's clearing section is restored over it); null for none.
     */
    public static ExchangeHost start(DeskStore store, Catalogue catalogue, EngineConfig config,
                                     Function<ClearingEvents, ClearingHouse> clearing, HostOptions options) {
        ExchangeHost host = new ExchangeHost(store, catalogue, config, clearing, options);
        host.sequencer.start();
        host.journaller.start();
        return host;
    }

    /** What recovery found at start: the last journal sequence and the snapshot it started from. */
    public JournalRecovery.Recovered recovered() {
        return recovered;
    }

    /**
     * Makes again, from the journal, the events after event {@code afterEvent} up to the state this host
     * recovered, and hands them to {@code sink} on the caller's thread, with the catalogue, configuration
     * and clearing setup the host runs: how a recorder that was stopped behind the journal catches up
     * ({@link JournalRecovery#replayEvents}). Call it before submitting commands.
     * @return the last event sequence made, the recovered engine's
     */
    public long replayEvents(long afterEvent, EventSink sink) {
        Objects.requireNonNull(sink, "sink");
        if (afterEvent >= recoveredEvents) {
            return recoveredEvents;
        }
        return JournalRecovery.replayEvents(store, catalogue, config, clearing, afterEvent, recovered.lastSequence(),
                sink);
    }

    /**
     * Makes again, from the journal, the events after {@code afterEvent} and before {@code beforeEvent}
     * while the host runs: how a subscriber that was handed a gap ({@link HostSubscriber#onGap}) fills it
     * on its own thread. Every event a subscriber was handed came from a durable command, so the journal
     * holds what made the gap.
     * @return the events handed to {@code sink}
     * @throws IllegalStateException when the kept journal no longer reaches back to {@code afterEvent}
     */
    public long replayEvents(long afterEvent, long beforeEvent, EventSink sink) {
        Objects.requireNonNull(sink, "sink");
        long[] handed = {0};
        JournalRecovery.replayEvents(store, catalogue, config, clearing, afterEvent, Long.MAX_VALUE, event -> {
            if (event.sequence() < beforeEvent) {
                sink.onEvent(event);
                handed[0]++;
            }
        });
        return handed[0];
    }

    /**
     * Queues a command; waits only while the queue is full, except on the sequencer (a listener, or a
     * future's continuation, answering with a command), which never waits: there the command waits in the
     * sequencer's backlog, in order, and is refused only beyond it (docs/HOST.md). The future completes with the command's
     * journal sequence once its batch is durable and it was applied, or fails if it could not be
     * journalled or the host is stopped.
     */
    public CompletableFuture<Acknowledged> submit(Command command) {
        AcknowledgementFuture ack = new AcknowledgementFuture();
        submit(command, ack);
        return ack;
    }

    /**
     * Queues a command whose outcome {@code listener} is told of on the sequencer, as the future of
     * {@link #submit(Command)} would be completed, but with no object made for the command: for a producer
     * at a high rate (docs/HOST.md). Waits only while the queue is full, and never on the sequencer.
     */
    public void submit(Command command, AcknowledgementListener listener) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(listener, "listener");
        try {
            // No shortcut on a known failure or stop: the closed ring refuses only after it told every
            // command it took before, so a producer learns of its commands' outcomes in order.
            if (!ring.putCommand(command, listener)) {
                listener.onFailed(command, refusal());
            }
        } catch (IllegalStateException queueFull) {
            listener.onFailed(command, queueFull);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.onFailed(command, e);
        }
    }

    /** Asks the engine a question on the sequencer, after every command queued before it is applied. */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> ask(Function<Engine, T> question) {
        Objects.requireNonNull(question, "question");
        CompletableFuture<Object> answer = new CompletableFuture<>();
        try {
            if (!ring.putQuestion(question, answer)) {
                answer.completeExceptionally(refusal());
            }
        } catch (IllegalStateException queueFull) {
            answer.completeExceptionally(queueFull);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.completeExceptionally(e);
        }
        return (CompletableFuture<T>) (CompletableFuture<?>) answer;
    }

    /**
     * Adds a subscriber with its own queue of {@code capacity} events and its own thread. A subscriber
     * that falls behind loses events (told through {@link HostSubscriber#onGap}); the sequencer never waits.
     * @return closing it removes the subscriber
     */
    public AutoCloseable subscribe(String name, int capacity, HostSubscriber subscriber) {
        EventFeed feed = fanOut.add(name, capacity, Objects.requireNonNull(subscriber, "subscriber"));
        return () -> fanOut.remove(feed);
    }

    /** Acknowledgement listeners that threw (the sequencer went on; their commands are applied). */
    public long listenerFaults() {
        return listenerFaults.get();
    }

    /** Snapshots that could not be stored (recovery then starts from an older one and replays more). */
    public long snapshotFailures() {
        return snapshotFailures.get();
    }

    private IllegalStateException refusal() {
        return failure != null ? new IllegalStateException("host stopped: the journal failed: " + failure.getMessage(),
                failure) : new IllegalStateException("host stopped");
    }

    /**
     * The journaller: takes what waits (up to a batch), makes it durable, marks it so for the sequencer.
     * Once it stops or fails, the ring takes nothing more and hands what is left in it to the sequencer,
     * refused: a failed batch with the journal's reason, the rest with the host's stop.
     */
    private void journal() {
        long from = 0;
        long to = 0;
        try {
            boolean running = true;
            while (running) {
                to = ring.awaitPublished(from, options.maxBatch());
                long end = encode(from, to);
                long first = journalled + 1;
                long last = first + commands - 1;
                if (commands > 0) {
                    appender.append(first, last, encoded.array(), encoded.position());
                    journalled = last;
                }
                running = !ring.slot(end - 1).stop;
                ring.markDurable(end);
                from = end;
                to = end;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            failure = e;
            for (long position = from; position < to; position++) {
                ring.slot(position).refused = e;
            }
        }
        ring.close(refusal());
    }

    /** Encodes the commands of the slots from {@code from} back to back, up to {@code to} or the stop. @return the end */
    private long encode(long from, long to) {
        encoded.clear();
        commands = 0;
        for (long position = from; position < to; position++) {
            SubmissionRing.Slot slot = ring.slot(position);
            if (slot.stop) {
                return position + 1;
            }
            if (slot.command != null) {
                int length = CommandEncoder.length(slot.command);
                if (encoded.remaining() < length) {
                    ByteBuffer larger = ByteBuffer.allocate(Math.max(2 * encoded.capacity(), encoded.position() + length))
                            .order(ByteOrder.LITTLE_ENDIAN);
                    encoded.flip();
                    encoded = larger.put(encoded);
                }
                CommandEncoder.encode(slot.command, encoded);
                commands++;
            }
        }
        return to;
    }

    /**
     * The sequencer: applies the durable slots in order, acknowledges them, answers questions, snapshots;
     * tells the refused ones in the same order; once the ring is closed and every slot was told, ends the host.
     */
    private void sequence() {
        try {
            long from = 0;
            for (long to = ring.awaitDurable(from); to > from; to = ring.awaitDurable(from)) {
                apply(from, to);
                ring.release(from, to);
                from = to;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        end();
    }

    /**
     * On the sequencer, its last work, so that a close asked from a listener or a subscriber needs no thread to
     * wait for: waits for the journaller (already past its last batch) and the last snapshot, releases the
     * journal's connection, and lets each subscriber finish its queue.
     */
    private void end() {
        try {
            journaller.join();
            snapshotWriter.shutdown();
            snapshotWriter.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            appender.close();
            fanOut.close();
        }
    }

    /** Applies the slots from {@code from} to {@code to}, whole journal batches, and tells the refused ones. */
    private void apply(long from, long to) {
        long sequence = lastSequence + 1;
        for (long position = from; position < to; position++) {
            SubmissionRing.Slot slot = ring.slot(position);
            if (slot.refused != null) {
                refuse(slot);
            } else if (slot.command != null) {
                fanOut.beginCommand();
                engine.submit(slot.command);
                acknowledge(slot, sequence++);
            } else if (slot.question != null) {
                answer(slot);
            }
        }
        lastSequence = sequence - 1;
        if (options.snapshotEvery() > 0 && lastSequence - lastSnapshot >= options.snapshotEvery()) {
            snapshot();
        }
    }

    /** A listener's fault is its own: the command stays applied and the sequencer goes on. */
    private void acknowledge(SubmissionRing.Slot slot, long sequence) {
        try {
            slot.listener.onAcknowledged(slot.command, sequence, engine.lastSequence(), fanOut.rejection());
        } catch (RuntimeException e) {
            listenerFaults.incrementAndGet();
        }
    }

    /** The same for a listener told of its command's refusal: the sequencer goes on to the next. */
    private void refuse(SubmissionRing.Slot slot) {
        try {
            slot.fail();
        } catch (RuntimeException e) {
            listenerFaults.incrementAndGet();
        }
    }

    private void answer(SubmissionRing.Slot slot) {
        try {
            slot.answer.complete(slot.question.apply(engine));
        } catch (RuntimeException e) {
            slot.answer.completeExceptionally(e);
        }
    }

    /**
     * Writes the snapshot's bytes here, at a point between batches, and leaves storing them to a
     * background thread: the sequencer pays for the copy in memory, not for H2.
     */
    private void snapshot() {
        ByteArrayOutputStream out;
        try {
            List<Snapshot.Section> sections = Snapshot.sections(engine);
            out = new ByteArrayOutputStream(Snapshot.size(sections));
            Snapshot.write(out, sections);
        } catch (IOException e) {
            snapshotFailures.incrementAndGet();
            return;
        }
        long covered = lastSequence;
        long events = engine.lastSequence();
        byte[] bytes = out.toByteArray();
        lastSnapshot = covered;
        snapshotWriter.execute(() -> {
            try {
                CommandJournal.storeSnapshot(store, covered, events, bytes);
            } catch (RuntimeException e) {
                snapshotFailures.incrementAndGet();
            }
        });
    }

    /**
     * Stops taking commands: the sequencer finishes what was queued before, waits for the last snapshot to
     * be stored, releases the journal's connection and lets the subscribers finish; close waits for that.
     * Called on one of the host's own threads (a listener on the sequencer, a subscriber on its feed's),
     * which the end waits for, it asks for the stop and returns: the host ends once that call returned.
     */
    @Override
    public void close() {
        try {
            if (stopping.compareAndSet(false, true)) {
                ring.putStop();
            }
            if (Thread.currentThread() != sequencer && !fanOut.delivering()) {
                sequencer.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
