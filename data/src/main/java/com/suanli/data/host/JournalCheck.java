package com.suanli.data.host;

import com.suanli.data.store.DeskStore;
import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.util.function.Function;

/**
 * What {@code desk journal check} reports of a database: the recovered state (snapshot plus journal)
 * beside a fresh replay of the whole journal, which must agree.
 * @param lastSequence the journal sequence of the last journalled command
 * @param duplicatedSequences journal sequences held by more than one row (0 in a sound journal)
 * @param snapshotSequence the sequence the snapshot recovery started from covers (0: none)
 * @param recoveredHash the engine's state hash recovered from the snapshot and the journal after it
 * @param replayedHash the state hash of the kept journal replayed from its start (a fresh engine, or the oldest
 *     kept snapshot once the journal was pruned), ignoring the newest snapshot
 */
public record JournalCheck(long lastSequence, long duplicatedSequences, long snapshotSequence, long recoveredHash,
                           long replayedHash) {

    public static JournalCheck of(DeskStore store, Catalogue catalogue, EngineConfig config) {
        return of(store, catalogue, config, null);
    }

    /** The same for a journal made by an engine that clears with {@code clearing} (null: none). */
    public static JournalCheck of(DeskStore store, Catalogue catalogue, EngineConfig config,
                                  Function<ClearingEvents, ClearingHouse> clearing) {
        // One state of the database for all three: a host running beside the check appends and prunes.
        return store.consistentRead(c -> {
            long duplicated = CommandJournal.duplicatedSequences(c);
            JournalRecovery.Recovered recovered = JournalRecovery.recover(c, catalogue, config, clearing,
                    EventSink.NONE);
            JournalRecovery.Recovered replayed = JournalRecovery.replayFromStart(c, catalogue, config, clearing);
            return new JournalCheck(replayed.lastSequence(), duplicated, recovered.snapshotSequence(),
                    recovered.engine().stateHash(), replayed.engine().stateHash());
        });
    }

    /** Snapshot plus journal and the full replay agree. */
    public boolean consistent() {
        return duplicatedSequences == 0 && recoveredHash == replayedHash;
    }
}
