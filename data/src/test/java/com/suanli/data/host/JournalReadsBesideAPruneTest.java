package com.suanli.data.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
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
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's readers against the host's prune and appends committing while they read. Each reader first
 * reads where to start (a snapshot, the journal's first sequence), builds its engine there, then reads the
 * journal; the engine's build calls the clearing setup, so a setup that commits a prune (or an append) from
 * its own connection puts that commit exactly between the reader's statements, where the host's snapshot
 * writer committed it by chance in CI ("journal: command 4227 follows 2228").
 *
 * <p>The database: 2,500 commands, one a journal row, snapshots after 1,000 and 2,000 (the journal kept from
 * 1,001). The prune stores snapshots after 2,200 and 2,400: the journal up to 2,200 goes.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JournalReadsBesideAPruneTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final EngineConfig CONFIG = EngineConfig.defaults();
    private static final long START = 1_796_000_000_000L;
    private static final int COMMANDS = 2_500;
    private static final Function<ClearingEvents, ClearingHouse> SEEDED = SeededClearing.of(CATALOGUE);

    @TempDir
    Path dir;

    private List<Command> commands;
    /** The state after each command: an engine run directly, no host, no journal. */
    private Engine direct;
    private StoredState at2200;
    private StoredState at2400;

    /** A snapshot's bytes and the last event it holds. */
    private record StoredState(long sequence, long events, byte[] bytes) {
    }

    /** The clearing setup, with one commit of another connection made at the n-th engine it builds. */
    private static final class CommitWhileBuilding implements Function<ClearingEvents, ClearingHouse> {
        private final int at;
        private final Runnable commit;
        private int built;

        CommitWhileBuilding(int at, Runnable commit) {
            this.at = at;
            this.commit = commit;
        }

        @Override
        public ClearingHouse apply(ClearingEvents events) {
            if (++built == at) {
                commit.run();
            }
            return SEEDED.apply(events);
        }
    }

    @BeforeEach
    void journalWithTwoSnapshots() {
        SeededLoad load = new SeededLoad(61, CATALOGUE, START, true);
        commands = new ArrayList<>();
        for (int i = 0; i < COMMANDS + 1; i++) {
            commands.add(load.next());
        }
        direct = new ExchangeSetup(CATALOGUE, CONFIG, SEEDED).fresh(EventSink.NONE);
        for (int i = 0; i < COMMANDS; i++) {
            direct.submit(commands.get(i));
            if (i + 1 == 2_200) {
                at2200 = state(direct, 2_200);
            } else if (i + 1 == 2_400) {
                at2400 = state(direct, 2_400);
            }
        }
        HostOptions options = HostOptions.defaults().withDurability(Durability.WRITTEN).withSnapshotEvery(1_000);
        try (DeskStore store = TestStores.fresh(dir);
             ExchangeHost host = ExchangeHost.start(store, CATALOGUE, CONFIG, SEEDED, options)) {
            for (int i = 0; i < COMMANDS; i++) {
                // One command at a time: one journal row each, so the prune drops exactly the rows it covers.
                host.submit(commands.get(i)).join();
            }
        }
        try (DeskStore store = TestStores.fresh(dir)) {
            long[] kept = store.transaction(c -> new long[] {CommandJournal.oldestSnapshot(c).orElseThrow().sequence(),
                    CommandJournal.latestSnapshot(c).orElseThrow().sequence(), CommandJournal.firstSequence(c)});
            assertThat(kept).containsExactly(1_000, 2_000, 1_001);
        }
    }

    @Test
    void the_replay_from_the_start_reads_the_journal_as_it_stood_when_it_chose_the_oldest_snapshot() {
        try (DeskStore store = TestStores.fresh(dir)) {
            JournalRecovery.Recovered replayed = JournalRecovery.replayFromStart(store, CATALOGUE, CONFIG,
                    new CommitWhileBuilding(1, () -> prune(store)));
            assertThat(replayed.snapshotSequence()).isEqualTo(1_000);
            assertThat(replayed.lastSequence()).isEqualTo(COMMANDS);
            assertThat(replayed.engine().stateHash()).isEqualTo(direct.stateHash());
            assertPruned(store);
        }
    }

    @Test
    void recovery_reads_the_journal_as_it_stood_when_it_chose_the_newest_snapshot() {
        try (DeskStore store = TestStores.fresh(dir)) {
            JournalRecovery.Recovered recovered = JournalRecovery.recover(store, CATALOGUE, CONFIG,
                    new CommitWhileBuilding(1, () -> prune(store)), EventSink.NONE);
            assertThat(recovered.snapshotSequence()).isEqualTo(2_000);
            assertThat(recovered.lastSequence()).isEqualTo(COMMANDS);
            assertThat(recovered.engine().stateHash()).isEqualTo(direct.stateHash());
            assertPruned(store);
        }
    }

    @Test
    void events_made_again_come_from_the_journal_as_it_stood_when_the_snapshot_was_chosen() {
        Engine upTo2000 = new ExchangeSetup(CATALOGUE, CONFIG, SEEDED).fresh(EventSink.NONE);
        commands.subList(0, 2_000).forEach(upTo2000::submit);
        long afterEvent = upTo2000.lastSequence();
        AtomicLong handed = new AtomicLong();
        try (DeskStore store = TestStores.fresh(dir)) {
            long last = JournalRecovery.replayEvents(store, CATALOGUE, CONFIG,
                    new CommitWhileBuilding(1, () -> prune(store)), afterEvent, COMMANDS, event -> handed.incrementAndGet());
            assertThat(last).isEqualTo(direct.lastSequence());
            assertThat(handed.get()).isEqualTo(direct.lastSequence() - afterEvent);
            assertPruned(store);
        }
    }

    @Test
    void the_check_compares_recovery_and_replay_of_one_state_of_the_journal_while_the_host_appends() {
        try (DeskStore store = TestStores.fresh(dir)) {
            // The second engine built is the full replay's, after recovery read the journal through 2,500.
            JournalCheck check = JournalCheck.of(store, CATALOGUE, CONFIG,
                    new CommitWhileBuilding(2, () -> append(store, COMMANDS + 1, commands.get(COMMANDS))));
            assertThat(check.lastSequence()).isEqualTo(COMMANDS);
            assertThat(check.recoveredHash()).isEqualTo(direct.stateHash());
            assertThat(check.consistent()).isTrue();
            assertThat(store.transaction(CommandJournal::lastSequence)).as("the append committed").isEqualTo(COMMANDS + 1);
        }
    }

    /** What the host's snapshot writer does twice: the journal through 2,200 goes. */
    private void prune(DeskStore store) {
        for (StoredState state : List.of(at2200, at2400)) {
            CommandJournal.storeSnapshot(store, state.sequence(), state.events(), state.bytes());
        }
    }

    private static void assertPruned(DeskStore store) {
        long[] kept = store.transaction(c -> new long[] {CommandJournal.oldestSnapshot(c).orElseThrow().sequence(),
                CommandJournal.firstSequence(c)});
        assertThat(kept).as("the prune committed").containsExactly(2_200, 2_201);
    }

    /** What the host's journaller does: one command journalled as its own row. */
    private static void append(DeskStore store, long sequence, Command command) {
        ByteBuffer encoded = ByteBuffer.allocate(CommandEncoder.length(command)).order(ByteOrder.LITTLE_ENDIAN);
        CommandEncoder.encode(command, encoded);
        try (CommandJournal.Appender appender = new CommandJournal.Appender(store, Durability.WRITTEN)) {
            appender.append(sequence, sequence, encoded.array(), encoded.position());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredState state(Engine engine, long sequence) {
        try {
            List<Snapshot.Section> sections = Snapshot.sections(engine);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Snapshot.size(sections));
            Snapshot.write(out, sections);
            return new StoredState(sequence, engine.lastSequence(), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
