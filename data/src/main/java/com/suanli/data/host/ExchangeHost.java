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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The exchange host (docs/HOST.md). One sequencer thread owns the engine. Producers on any thread
 * {@link #submit} commands into one bounded queue; the journaller thread takes whatever is waiting (up
 * to a batch), encodes it, appends it to the journal as one row in one H2 transaction (group commit)
 * and, once the batch is durable, hands it to the sequencer, which applies the commands to the engine
 * in order and completes each command's future with its journal sequence. The two overlap: the next
 * batch commits while this one is applied. Nothing is applied or acknowledged that is not durable, so
 * an event a subscriber saw always belongs to a journalled command.
 *
 * <p>A batch that cannot be journalled fails its commands and stops the host: whether its transaction
 * reached the file is then unknown, and only a restart (recovery) can say.
 */
public final class ExchangeHost implements AutoCloseable {

    private sealed interface Entry permits Submission, Query, Stop {
    }

    private record Submission(Command command, CompletableFuture<Acknowledged> acknowledgement) implements Entry {
    }

    private record Query(Function<Engine, ?> question, CompletableFuture<Object> answer) implements Entry {
    }

    private record Stop() implements Entry {
    }

    /** A journalled batch on its way to the sequencer; its commands are numbered from {@code firstSequence}. */
    private record Batch(List<Entry> entries, long firstSequence) {
    }

    private final DeskStore store;
    private final HostOptions options;
    private final BlockingQueue<Entry> queue;
    private final EventFanOut fanOut = new EventFanOut();
    private final CommandJournal.Appender appender;
    private final ExecutorService snapshotWriter;
    private final AtomicLong snapshotFailures = new AtomicLong();
    private final Thread journaller;
    private final Thread sequencer;
    /** Durable batches waiting to be applied: a few, so the next commit overlaps this apply. */
    private final BlockingQueue<Batch> durable = new ArrayBlockingQueue<>(4);
    private final Engine engine;
    private final JournalRecovery.Recovered recovered;
    private final Catalogue catalogue;
    private final EngineConfig config;
    private final Function<ClearingEvents, ClearingHouse> clearing;
    /** The event sequence the recovered engine stood at before the first command of this run. */
    private final long recoveredEvents;
    private volatile Throwable failure;
    private volatile boolean stopping;

    // Journaller-thread state.
    private ByteBuffer encoded;
    private long journalled;
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
        this.queue = new ArrayBlockingQueue<>(options.queueCapacity());
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
     * Queues a command; waits only while the queue is full. The future completes with the command's
     * journal sequence once its batch is durable and it was applied, or fails if it could not be
     * journalled or the host is stopped.
     */
    public CompletableFuture<Acknowledged> submit(Command command) {
        Objects.requireNonNull(command, "command");
        CompletableFuture<Acknowledged> ack = new CompletableFuture<>();
        enqueue(new Submission(command, ack), ack);
        return ack;
    }

    /** Asks the engine a question on the sequencer, after every command queued before it is applied. */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> ask(Function<Engine, T> question) {
        Objects.requireNonNull(question, "question");
        CompletableFuture<Object> answer = new CompletableFuture<>();
        enqueue(new Query(question, answer), answer);
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

    /** Snapshots that could not be stored (recovery then starts from an older one and replays more). */
    public long snapshotFailures() {
        return snapshotFailures.get();
    }

    private void enqueue(Entry entry, CompletableFuture<?> outcome) {
        if (stopping || failure != null) {
            outcome.completeExceptionally(refusal());
            return;
        }
        try {
            queue.put(entry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome.completeExceptionally(e);
        }
    }

    private IllegalStateException refusal() {
        return failure != null ? new IllegalStateException("host stopped: the journal failed: " + failure.getMessage(),
                failure) : new IllegalStateException("host stopped");
    }

    /** The journaller: takes a batch, makes it durable, hands it to the sequencer. */
    private void journal() {
        List<Entry> batch = List.of();
        try {
            boolean running = true;
            while (running) {
                Entry head = queue.take();
                // Sized to what waits, not to the largest batch: a list of 8,192 slots for every commit of a
                // few hundred commands made 76 MB of garbage in a 1,000,000-command run at 100,000 commands/s.
                batch = new ArrayList<>(Math.min(options.maxBatch(), 1 + queue.size()));
                batch.add(head);
                queue.drainTo(batch, options.maxBatch() - 1);
                long first = journalled + 1;
                long last = encode(batch);
                if (last >= first) {
                    appender.append(first, last, encoded.array(), encoded.position());
                }
                journalled = last;
                running = batch.stream().noneMatch(Stop.class::isInstance);
                durable.put(new Batch(batch, first));
                batch = List.of();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            failure = e;
            failAll(batch, e);
            putQuietly(new Batch(List.of(new Stop()), journalled + 1));
        }
        failAll(drainRemaining(), refusal());
    }

    /** The sequencer: applies each durable batch in order, acknowledges it, answers questions, snapshots. */
    private void sequence() {
        try {
            boolean running = true;
            while (running) {
                running = apply(durable.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean apply(Batch batch) {
        boolean running = true;
        long sequence = batch.firstSequence();
        for (Entry entry : batch.entries()) {
            if (entry instanceof Submission s) {
                fanOut.beginCommand();
                engine.submit(s.command());
                s.acknowledgement().complete(new Acknowledged(sequence++, engine.lastSequence(), fanOut.rejection()));
            } else if (entry instanceof Query q) {
                answer(q);
            } else {
                running = false;
            }
        }
        lastSequence = sequence - 1;
        if (options.snapshotEvery() > 0 && lastSequence - lastSnapshot >= options.snapshotEvery()) {
            snapshot();
        }
        return running;
    }

    private void putQuietly(Batch batch) {
        try {
            durable.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Encodes the batch's commands back to back; returns the journal sequence of the last one. */
    private long encode(List<Entry> batch) {
        encoded.clear();
        long sequence = journalled;
        for (Entry entry : batch) {
            if (entry instanceof Submission s) {
                int length = CommandEncoder.length(s.command());
                if (encoded.remaining() < length) {
                    ByteBuffer larger = ByteBuffer.allocate(Math.max(2 * encoded.capacity(), encoded.position() + length))
                            .order(ByteOrder.LITTLE_ENDIAN);
                    encoded.flip();
                    encoded = larger.put(encoded);
                }
                CommandEncoder.encode(s.command(), encoded);
                sequence++;
            }
        }
        return sequence;
    }

    private void answer(Query q) {
        try {
            q.answer().complete(q.question().apply(engine));
        } catch (RuntimeException e) {
            q.answer().completeExceptionally(e);
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

    private List<Entry> drainRemaining() {
        List<Entry> rest = new ArrayList<>();
        queue.drainTo(rest);
        return rest;
    }

    private static void failAll(List<Entry> entries, Throwable reason) {
        for (Entry entry : entries) {
            if (entry instanceof Submission s) {
                s.acknowledgement().completeExceptionally(reason);
            } else if (entry instanceof Query q) {
                q.answer().completeExceptionally(reason);
            }
        }
    }

    /**
     * Stops taking commands, lets the sequencer finish what was queued before, waits for the last
     * snapshot to be stored and releases the journal's connection.
     */
    @Override
    public void close() {
        if (!stopping) {
            stopping = true;
            try {
                if (journaller.isAlive()) {
                    queue.put(new Stop());
                }
                journaller.join();
                sequencer.join();
                snapshotWriter.shutdown();
                snapshotWriter.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                appender.close();
                fanOut.close();
            }
        }
    }
}
