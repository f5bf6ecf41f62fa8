package com.suanli.desk.exchange;

import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.mirror.MirroredExchange;
import com.suanli.data.clearing.Position;
import com.suanli.data.clearing.PositionRepository;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.ExchangeHost;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.HostOptions;
import com.suanli.data.host.JournalRecovery;
import com.suanli.data.store.DeskStore;
import com.suanli.data.trading.EventRecorder;
import com.suanli.desk.access.DeskSignIn;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.listing.Catalogue;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The desk's exchange, as the workstation, the command line and the simulated sessions use it
 * (docs/DESK-EXCHANGE.md): the engine runs inside an {@link ExchangeHost} on the desk's database, so
 * every command is journalled before it is acknowledged and what was traded yesterday is recovered
 * today; a recorder writes the event stream into the trading tables. A connected desk ({@link #connected})
 * trades on the replicated exchange instead, through a mirror of its engine. Either way {@link #market()} answers the
 * read models; {@link #subscribe} hands events out in batches. Every method may be called from any
 * thread; none runs on the engine's.
 */
public final class DeskExchange implements AutoCloseable {

    /**
     * The recorder's queue: a desk never drops what it records in a burst this size (about 1 GB of
     * events would have to wait for it first; each queued event is a small record).
     */
    static final int RECORDER_QUEUE = 1 << 20;
    /** A listener's queue: a screen that falls this far behind reloads rather than catches up. */
    static final int LISTENER_QUEUE = 1 << 17;

    private final Catalogue catalogue;
    private final ExchangeSource source;
    private final DeskMarket market;
    private final DailyMarks marks;
    private final DeskSignIn users;
    /** Submissions queue in the order of their stamps' taking (see {@link #inTurn}). */
    private final Object turns = new Object();
    private long latestStamp;
    private final List<Consumer<Command>> taps = new CopyOnWriteArrayList<>();

    private DeskExchange(Catalogue catalogue, ExchangeSource source, DeskMarket market, DailyMarks marks,
                         DeskStore store) {
        this.catalogue = catalogue;
        this.source = source;
        this.market = market;
        this.marks = marks;
        this.users = new DeskSignIn(this, store, Clock.systemUTC());
    }

    /**
     * Recovers the exchange from the database (the newest snapshot, then the journal after it), starts
     * the recorder and the read models. Nothing is submitted: opening the day's sessions is the
     * caller's ({@link ExchangeStartup}).
     * @throws IllegalStateException or {@link com.suanli.data.store.StoreException} when recovery fails
     */
    public static DeskExchange open(DeskStore store, Catalogue catalogue, HostOptions options) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(catalogue, "catalogue");
        // The desk clears: the standard set-up over its catalogue, the same at every start, so recovery
        // restores the snapshot's clearing section over it.
        ExchangeSetup desk = ExchangeSetup.desk(catalogue);
        ExchangeHost host = ExchangeHost.start(store, catalogue, desk.config(), desk.clearing(), options);
        EventRecorder recorder;
        try {
            recorder = new EventRecorder(store, catalogue);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
        HostSource source = new HostSource(host, recorder);
        List<Position> recorded;
        try {
            recorder.catchUp(host);
            host.subscribe("recorder", RECORDER_QUEUE, recorder);
            recorded = store.transaction(c -> new PositionRepository(c).all());
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        return over(source, catalogue, store, recorded);
    }

    /**
     * A workstation of the replicated exchange (docs/CLUSTER.md, "Connected workstations"): commands go to its
     * members through {@code cluster}, events, read models and questions come from the mirror of their engine
     * that {@code cluster} keeps here. The desk's database gives only the users; nothing is journalled or
     * recorded in it.
     * @param catalogue the members' catalogue (they trade the default one)
     */
    public static DeskExchange connected(MirroredExchange cluster, Catalogue catalogue, DeskStore store) {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(store, "store");
        return over(new ClusterSource(cluster), catalogue, store, List.of());
    }

    /** The read models over the source's events, seeded from its engine; the source closes on failure. */
    private static DeskExchange over(ExchangeSource source, Catalogue catalogue, DeskStore store,
                                     List<Position> recordedPositions) {
        try {
            DeskMarket market = new DeskMarket(() -> source.ask(source::seed).join(), recordedPositions);
            source.subscribe("market", LISTENER_QUEUE, new EventBatcher(market));
            market.start();
            DailyMarks marks = new DailyMarks(catalogue);
            source.subscribe("marks", LISTENER_QUEUE, new EventBatcher(marks));
            marks.seed(store);
            DeskExchange exchange = new DeskExchange(catalogue, source, market, marks, store);
            // A turn's time is never before what the engine has applied.
            exchange.latestStamp = source.ask(Engine::time).join();
            return exchange;
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Queues a command for the engine. The future completes once the command is durable in the journal
     * and applied: with its journal sequence, and accepted or refused with the engine's reason. It fails
     * only when the command could not be journalled or the exchange is closed.
     */
    public CompletableFuture<Acknowledged> submit(Command command) {
        synchronized (turns) {
            latestStamp = Math.max(latestStamp, command.timestamp());
            CompletableFuture<Acknowledged> acknowledgement = source.submit(command);
            taps.forEach(tape -> tape.accept(command));
            return acknowledgement;
        }
    }

    /**
     * From now on hands {@code tape} every command submitted, in the order the engine applies them, on the
     * submitter's thread (keep it short); {@code atCut} is asked of the engine after every command submitted
     * before and before the first the tape gets: the state the tape starts from. A recorded live session.
     */
    public <T> CompletableFuture<T> tap(Consumer<Command> tape, Function<Engine, T> atCut) {
        synchronized (turns) {
            taps.add(Objects.requireNonNull(tape, "tape"));
            return source.ask(atCut);
        }
    }

    /** Hands {@code tape} nothing more; {@code atCut} is asked after the last command it got. */
    public <T> CompletableFuture<T> untap(Consumer<Command> tape, Function<Engine, T> atCut) {
        synchronized (turns) {
            taps.remove(tape);
            return source.ask(atCut);
        }
    }

    /**
     * Runs {@code turn} with a time no earlier than {@code wanted} nor than any command submitted so far,
     * and queues what it submits with no other producer's command between: a producer that stamps many
     * commands with one time (a simulated session's step) is never refused as late because another
     * producer's command got in first.
     */
    public void inTurn(long wanted, LongConsumer turn) {
        synchronized (turns) {
            turn.accept(Math.max(wanted, latestStamp));
        }
    }

    /**
     * Hands the events to {@code listener} in batches on a thread of its own; the engine never waits
     * for it (a listener that falls behind is told of the gap).
     * @param name names the listener's thread
     * @return closing it removes the listener
     */
    public AutoCloseable subscribe(String name, DeskListener listener) {
        return source.subscribe(name, LISTENER_QUEUE, new EventBatcher(Objects.requireNonNull(listener, "listener")));
    }

    /**
     * Signs the desk's users in, each to a port of its own that refuses what the user's role may not send
     * (docs/DESK-EXCHANGE.md, "Users and roles"). {@link #submit} itself is the desk's own (its start, the
     * command line, simulated sessions), unchecked.
     */
    public DeskSignIn users() {
        return users;
    }

    /** The read models: books, last trades, working orders, positions, cash and margin. */
    public DeskMarket market() {
        return market;
    }

    /** Each contract's last settlement price and its spot index, for the market watch. */
    public DailyMarks marks() {
        return marks;
    }

    /**
     * Asks the engine a question on its thread, after every command submitted before (on a connected desk: after
     * every feed message its mirror applied, which holds the desk's own acknowledged commands).
     */
    public <T> CompletableFuture<T> ask(Function<Engine, T> question) {
        return source.ask(question);
    }

    /**
     * What recovery found at the start: the last journal sequence and the snapshot it started from; empty on a
     * connected desk, whose journal is the cluster's.
     */
    public Optional<JournalRecovery.Recovered> recovered() {
        return source.recovered();
    }

    /** The recorder, for its counts (events recorded, missed, batches refused); empty on a connected desk. */
    public Optional<EventRecorder> recorder() {
        return source.recorder();
    }

    /**
     * How a connected desk stands with the cluster's members (a leader answers, it is looking for one, or none
     * answered and commands are refused); empty on the desk's own exchange.
     */
    public Optional<ClusterExchangeClient.Connection> connection() {
        return source.connection();
    }

    /**
     * Stops taking commands, applies and acknowledges what was queued, lets the recorder and the
     * listeners finish their queues, waits for a snapshot being stored, and closes the recorder's connection
     * (a connected desk: fails what the cluster has not acknowledged, then stops its mirror). The database stays
     * open: it is the caller's.
     */
    @Override
    public void close() {
        source.close();
    }
}
