package com.suanli.data.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The host's listener API and its ring of slots: what a high-rate producer gets instead of a future a command. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AcknowledgementListenerTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final long START = 1_796_000_000_000L;
    /** A ring of three slots and batches of two: every slot is written again hundreds of times. */
    private static final HostOptions TINY_RING = new HostOptions(Durability.WRITTEN, 3, 2, 0);

    @TempDir
    Path dir;

    /** What a listener was told, in the order it was told. */
    private static final class Told implements AcknowledgementListener {
        final List<Command> commands = Collections.synchronizedList(new ArrayList<>());
        final List<long[]> acknowledgements = Collections.synchronizedList(new ArrayList<>());
        final List<CommandRejected> rejections = Collections.synchronizedList(new ArrayList<>());
        final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected rejection) {
            commands.add(command);
            acknowledgements.add(new long[] {sequence, lastEventSequence});
            rejections.add(rejection);
        }

        @Override
        public void onFailed(Command command, Throwable reason) {
            failures.add(reason);
        }
    }

    @Test
    void a_listener_is_told_each_command_in_order_with_its_sequence_its_last_event_and_its_refusal() {
        List<Command> commands = commands(21, 3_000);
        Engine direct = new Engine(CATALOGUE, EngineConfig.defaults(), EventSink.NONE);
        long[] lastEvents = new long[commands.size()];
        boolean[] refused = new boolean[commands.size()];
        List<Boolean> refusing = new ArrayList<>(List.of(false));
        Engine watched = new Engine(CATALOGUE, EngineConfig.defaults(), event -> {
            if (event instanceof CommandRejected) {
                refusing.set(0, true);
            }
        });
        for (int i = 0; i < commands.size(); i++) {
            refusing.set(0, false);
            watched.submit(commands.get(i));
            direct.submit(commands.get(i));
            lastEvents[i] = direct.lastSequence();
            refused[i] = refusing.get(0);
        }
        Told told = new Told();
        try (DeskStore store = TestStores.fresh(dir);
             ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), HostOptions.defaults())) {
            commands.forEach(c -> host.submit(c, told));
            assertThat(host.ask(Engine::stateHash).join()).isEqualTo(direct.stateHash());
        }
        assertThat(told.failures).isEmpty();
        assertThat(told.commands).containsExactlyElementsOf(commands);
        for (int i = 0; i < commands.size(); i++) {
            assertThat(told.acknowledgements.get(i)).containsExactly(i + 1L, lastEvents[i]);
            assertThat(told.rejections.get(i) != null).as("command %d refused", i + 1).isEqualTo(refused[i]);
        }
        assertThat(refused).contains(true, false);
    }

    @Test
    void a_ring_of_three_slots_under_four_producers_acknowledges_each_command_once_and_each_producers_in_its_order()
            throws Exception {
        int producers = 4;
        int each = 1_000;
        List<Told> listeners = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long hash;
        try (DeskStore store = TestStores.fresh(dir);
             ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING)) {
            for (int p = 0; p < producers; p++) {
                List<Command> commands = commands(200 + p, each);
                Told told = new Told();
                listeners.add(told);
                Thread t = new Thread(() -> commands.forEach(c -> host.submit(c, told)));
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            hash = host.ask(Engine::stateHash).join();
            assertThat(JournalRecovery.replayFromStart(store, CATALOGUE, EngineConfig.defaults()).engine().stateHash())
                    .isEqualTo(hash);
        }
        List<Long> sequences = new ArrayList<>();
        for (Told told : listeners) {
            assertThat(told.failures).isEmpty();
            assertThat(told.acknowledgements).hasSize(each);
            long previous = 0;
            for (long[] ack : told.acknowledgements) {
                assertThat(ack[0]).isGreaterThan(previous);
                previous = ack[0];
                sequences.add(ack[0]);
            }
        }
        assertThat(sequences).hasSize(producers * each).doesNotHaveDuplicates()
                .allSatisfy(s -> assertThat(s).isBetween(1L, (long) producers * each));
    }

    @Test
    void a_listener_that_throws_is_counted_and_the_commands_behind_it_are_acknowledged() {
        List<Command> commands = commands(31, 500);
        AcknowledgementListener throwing = new AcknowledgementListener() {
            @Override
            public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected r) {
                throw new IllegalStateException("a listener's own fault");
            }

            @Override
            public void onFailed(Command command, Throwable reason) {
            }
        };
        try (DeskStore store = TestStores.fresh(dir);
             ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING)) {
            commands.subList(0, 100).forEach(c -> host.submit(c, throwing));
            List<CompletableFuture<Acknowledged>> after = commands.subList(100, 500).stream().map(host::submit).toList();
            assertThat(after.get(399).join().sequence()).isEqualTo(500);
            assertThat(host.listenerFaults()).isEqualTo(100);
        }
    }

    @Test
    void a_journal_that_fails_fails_its_batch_and_every_command_after_it_and_applies_none() {
        Told told = new Told();
        try (DeskStore store = TestStores.fresh(dir);
             ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING)) {
            List<Command> commands = commands(41, 200);
            commands.subList(0, 100).forEach(c -> host.submit(c, told));
            host.ask(Engine::lastSequence).join();
            dropTheJournal(store);
            commands.subList(100, 200).forEach(c -> host.submit(c, told));
            CompletableFuture<Acknowledged> late = host.submit(commands.get(0));
            assertThat(late).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                    .withMessageContaining("host stopped");
            // Refused after the failure, the late command is told after every command taken before it: no wait.
            assertThat(told.acknowledgements).hasSize(100);
            assertThat(told.failures).hasSize(100).first().extracting(Throwable::getMessage).asString()
                    .containsIgnoringCase("command_journal");
        }
    }

    /** Who was told what, one line a command in the order told: the command's place in the submissions. */
    private record Tell(int index, boolean acknowledged, String thread) {
    }

    @Test
    void every_command_taken_before_the_journal_failed_is_told_before_any_command_refused_after_it() {
        // Eight slots a batch in a ring of 64: when the batch fails, up to 56 commands wait behind it in the ring,
        // and the producer, blocked on the full ring, is refused as soon as the ring closes.
        HostOptions options = new HostOptions(Durability.WRITTEN, 64, 8, 0);
        List<Command> commands = commands(43, 2_500);
        List<Tell> tells = Collections.synchronizedList(new ArrayList<>());
        try (DeskStore store = TestStores.fresh(dir);
             ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), options)) {
            for (int i = 0; i < commands.size(); i++) {
                if (i == 500) {
                    host.ask(Engine::lastSequence).join();
                    dropTheJournal(store);
                }
                host.submit(commands.get(i), telling(i, tells));
            }
        }
        // Closed: every command was told.
        assertThat(tells).extracting(Tell::index).as("told in the order submitted")
                .containsExactlyElementsOf(IntStream.range(0, commands.size()).boxed().toList());
        assertThat(tells.subList(0, 500)).allMatch(Tell::acknowledged);
        List<Tell> refused = tells.subList(500, commands.size());
        assertThat(refused).noneMatch(Tell::acknowledged);
        String producer = Thread.currentThread().getName();
        assertThat(refused).extracting(Tell::thread).as("the failed batch told on the sequencer, the later ones at submit")
                .startsWith("host-sequencer").contains(producer);
    }

    @Test
    void a_listener_that_submits_when_told_of_a_refusal_is_refused_at_once_not_left_waiting_for_the_sequencer() {
        List<Command> commands = commands(47, 2);
        AtomicReference<ExchangeHost> host = new AtomicReference<>();
        CompletableFuture<Throwable> resubmitted = new CompletableFuture<>();
        AcknowledgementListener retrying = new AcknowledgementListener() {
            @Override
            public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected r) {
            }

            @Override
            public void onFailed(Command command, Throwable reason) {
                // On the sequencer, which would wait for itself were it held back until the ring is told.
                host.get().submit(commands.get(1)).whenComplete((ack, failure) -> resubmitted.complete(failure));
            }
        };
        try (DeskStore store = TestStores.fresh(dir)) {
            host.set(ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING));
            dropTheJournal(store);
            host.get().submit(commands.get(0), retrying);
            host.get().close();
        }
        assertThat(resubmitted).isCompleted();
        assertThat(resubmitted.join()).hasMessageContaining("host stopped");
    }

    /** Makes every later journal batch fail: the host's table is gone. */
    private static void dropTheJournal(DeskStore store) {
        try (Connection c = store.dedicatedConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE command_journal");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A listener that adds a line to {@code tells} for the command submitted {@code index}-th. */
    private static AcknowledgementListener telling(int index, List<Tell> tells) {
        return new AcknowledgementListener() {
            @Override
            public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected r) {
                tells.add(new Tell(index, true, Thread.currentThread().getName()));
            }

            @Override
            public void onFailed(Command command, Throwable reason) {
                tells.add(new Tell(index, false, Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void a_command_submitted_after_the_host_closed_is_failed_to_its_listener_at_once() {
        Told told = new Told();
        try (DeskStore store = TestStores.fresh(dir)) {
            ExchangeHost host = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING);
            host.close();
            host.submit(commands(51, 1).get(0), told);
            assertThat(host.ask(Engine::stateHash)).isCompletedExceptionally();
        }
        assertThat(told.acknowledgements).isEmpty();
        assertThat(told.failures).singleElement().extracting(Throwable::getMessage).isEqualTo("host stopped");
    }

    /** {@code count} commands of the seeded load from {@code seed}, stamped from a fixed start. */
    static List<Command> commands(long seed, int count) {
        SeededLoad load = new SeededLoad(seed, CATALOGUE, START);
        List<Command> commands = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            commands.add(load.next());
        }
        return commands;
    }
}
