package com.suanli.data.host;

import com.suanli.data.store.DeskStore;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rebuilds the engine from the database: the newest snapshot, then the journal after it; or, for the
 * check, the whole journal from the first command, ignoring snapshots.
 *
 * <p>Each reads where to start (a snapshot, the journal's first sequence) and then the journal, in
 * separate statements, while a running host may store a snapshot that prunes the journal in between:
 * each reads in one {@link DeskStore#consistentRead}, so the journal it reads is the one that stood
 * beside the snapshot it chose.
 */
public final class JournalRecovery {

    /**
     * @param engine the recovered engine
     * @param lastSequence the journal sequence of the last command applied (0 for an empty journal)
     * @param snapshotSequence the journal sequence the snapshot it started from covers (0: none)
     */
    public record Recovered(Engine engine, long lastSequence, long snapshotSequence) {
    }

    private JournalRecovery() {
    }

    /** The newest snapshot restored, then every command journalled after it applied. */
    public static Recovered recover(DeskStore store, Catalogue catalogue, EngineConfig config, EventSink sink) {
        return recover(store, catalogue, config, null, sink);
    }

    /**
     * The same for an engine that clears with {@code clearing}, the setup it was built with at
     * every start (null: no clearing); a snapshot's clearing section is restored over it.
     */
    public static Recovered recover(DeskStore store, Catalogue catalogue, EngineConfig config,
                                    Function<ClearingEvents, ClearingHouse> clearing, EventSink sink) {
        return store.consistentRead(c -> recover(c, catalogue, config, clearing, sink));
    }

    /** The same on a connection whose transaction reads one state of the database. */
    static Recovered recover(Connection c, Catalogue catalogue, EngineConfig config,
                             Function<ClearingEvents, ClearingHouse> clearing, EventSink sink) throws SQLException {
        Optional<CommandJournal.StoredSnapshot> snapshot = CommandJournal.latestSnapshot(c);
        Engine engine = snapshot.isPresent() ? restore(snapshot.get().bytes(), catalogue, config, clearing, sink)
                : fresh(catalogue, config, clearing, sink);
        long from = snapshot.map(CommandJournal.StoredSnapshot::sequence).orElse(0L);
        return new Recovered(engine, apply(c, engine, from, Long.MAX_VALUE), from);
    }

    /**
     * The kept journal replayed from its start, ignoring the newest snapshot: a fresh engine fed every
     * command from the first when the journal is whole, else the oldest kept snapshot (the one the
     * pruned journal starts after) fed every command after it. The check's second opinion.
     */
    public static Recovered replayFromStart(DeskStore store, Catalogue catalogue, EngineConfig config) {
        return replayFromStart(store, catalogue, config, null);
    }

    /** The same for an engine that clears with {@code clearing} (null: no clearing). */
    public static Recovered replayFromStart(DeskStore store, Catalogue catalogue, EngineConfig config,
                                            Function<ClearingEvents, ClearingHouse> clearing) {
        return store.consistentRead(c -> replayFromStart(c, catalogue, config, clearing));
    }

    /** The same on a connection whose transaction reads one state of the database. */
    static Recovered replayFromStart(Connection c, Catalogue catalogue, EngineConfig config,
                                     Function<ClearingEvents, ClearingHouse> clearing) throws SQLException {
        long first = CommandJournal.firstSequence(c);
        Optional<CommandJournal.StoredSnapshot> base = first <= 1 ? Optional.empty() : CommandJournal.oldestSnapshot(c);
        Engine engine = base.isPresent() ? restore(base.get().bytes(), catalogue, config, clearing, EventSink.NONE)
                : fresh(catalogue, config, clearing, EventSink.NONE);
        long from = base.map(CommandJournal.StoredSnapshot::sequence).orElse(0L);
        return new Recovered(engine, apply(c, engine, from, Long.MAX_VALUE), from);
    }

    private static Engine fresh(Catalogue catalogue, EngineConfig config,
                                Function<ClearingEvents, ClearingHouse> clearing, EventSink sink) {
        return new ExchangeSetup(catalogue, config, clearing).fresh(sink);
    }

    /**
     * The events the journal's commands made after event {@code afterEvent}, made again and handed to
     * {@code sink} in order, up to the command numbered {@code throughCommand}: what a recorder that
     * stopped at {@code afterEvent} missed. The replay starts from the newest kept snapshot taken at or
     * before that event, else from a fresh engine when the journal is whole; restores and the clearing
     * setup publish nothing (their events were never published live either).
     * @return the last event sequence made
     * @throws IllegalStateException when the kept journal no longer reaches back to that event
     */
    public static long replayEvents(DeskStore store, Catalogue catalogue, EngineConfig config,
                                    Function<ClearingEvents, ClearingHouse> clearing, long afterEvent,
                                    long throughCommand, EventSink sink) {
        boolean[] replaying = {false};
        EventSink after = event -> {
            if (replaying[0] && event.sequence() > afterEvent) {
                sink.onEvent(event);
            }
        };
        return store.consistentRead(c -> {
            Engine engine = null;
            long from = 0;
            for (Optional<CommandJournal.StoredSnapshot> kept : List.of(CommandJournal.latestSnapshot(c),
                    CommandJournal.oldestSnapshot(c))) {
                if (engine == null && kept.isPresent()) {
                    Engine restored = restore(kept.get().bytes(), catalogue, config, clearing, after);
                    if (restored.lastSequence() <= afterEvent) {
                        engine = restored;
                        from = kept.get().sequence();
                    }
                }
            }
            if (engine == null) {
                if (CommandJournal.firstSequence(c) > 1) {
                    throw new IllegalStateException("journal: starts at command " + CommandJournal.firstSequence(c)
                            + " and every kept snapshot is after event " + afterEvent + ": the events after it cannot"
                            + " be made again");
                }
                engine = fresh(catalogue, config, clearing, after);
            }
            replaying[0] = true;
            apply(c, engine, from, throughCommand);
            return engine.lastSequence();
        });
    }

    private static long apply(Connection c, Engine engine, long after, long through) throws SQLException {
        long[] last = {after};
        CommandJournal.replay(c, after, (sequence, command) -> {
            if (sequence > through) {
                return;
            }
            if (sequence != last[0] + 1) {
                throw new IllegalStateException("journal: command " + sequence + " follows " + last[0]
                        + ": the journal has a hole or a repeat");
            }
            engine.submit(command);
            last[0] = sequence;
        });
        return last[0];
    }

    private static Engine restore(byte[] bytes, Catalogue catalogue, EngineConfig config,
                                  Function<ClearingEvents, ClearingHouse> clearing, EventSink sink) {
        return new ExchangeSetup(catalogue, config, clearing).restore(bytes, sink);
    }
}
