package com.suanli.data.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host called back from its own threads, as the desk's order gateway does: a listener told on the sequencer
 * answers with more commands (an auto-quoter re-quoting on a fill, a cancel-all after a reject) or closes the host
 * on a fatal refusal; a subscriber does the same from its feed's thread. Each test is bounded: a host that waits
 * for itself fails the test instead of hanging the build.
 */
class HostCalledFromItsOwnThreadsTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    /** A ring of three slots and batches of two: a listener that submits a few commands finds it full. */
    private static final HostOptions TINY_RING = new HostOptions(Durability.WRITTEN, 3, 2, 0);
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** One line a command in the order told: its place among the submissions of whoever submitted it. */
    private record Tell(int index, boolean acknowledged, long sequence, String reason) {
    }

    private static AcknowledgementListener telling(int index, List<Tell> tells) {
        return new AcknowledgementListener() {
            @Override
            public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected r) {
                tells.add(new Tell(index, true, sequence, null));
            }

            @Override
            public void onFailed(Command command, Throwable reason) {
                tells.add(new Tell(index, false, 0, reason.getMessage()));
            }
        };
    }

    @Test
    void a_listener_that_answers_acknowledgements_with_more_commands_than_the_ring_holds_has_them_all_journalled_in_order() {
        List<Command> quotes = commands(61, 300);
        List<Command> requotes = commands(62, 5 * 30);
        List<Tell> tells = Collections.synchronizedList(new ArrayList<>());
        List<Tell> requoted = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<ExchangeHost> host = new AtomicReference<>();
        List<CompletableFuture<Long>> answers = Collections.synchronizedList(new ArrayList<>());
        List<Long> lastEventBeforeAnswer = Collections.synchronizedList(new ArrayList<>());
        AcknowledgementListener requoter = new AcknowledgementListener() {
            @Override
            public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected r) {
                // Five commands and a question from one call on the sequencer, into a ring of eight the producer keeps
                // full: the ring cannot make room before this call returns, so they wait in the sequencer's backlog
                // (of eight, and the next such call comes only after the backlog went into the ring).
                for (int i = 0; i < 5; i++) {
                    int index = next.getAndIncrement();
                    host.get().submit(requotes.get(index), telling(index, requoted));
                }
                lastEventBeforeAnswer.add(lastEventSequence);
                answers.add(host.get().ask(Engine::lastSequence));
            }

            @Override
            public void onFailed(Command command, Throwable reason) {
            }
        };
        long[] hashes = assertTimeoutPreemptively(BOUND, () -> {
            try (DeskStore store = TestStores.fresh(dir)) {
                host.set(ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(),
                        new HostOptions(Durability.WRITTEN, 8, 2, 0)));
                try (ExchangeHost running = host.get()) {
                    for (int i = 0; i < quotes.size(); i++) {
                        // Every tenth quote is answered with five re-quotes.
                        running.submit(quotes.get(i), i % 10 == 0 ? requoter : telling(i, tells));
                    }
                    answers.forEach(CompletableFuture::join);
                    long live = running.ask(Engine::stateHash).join();
                    long replayed = JournalRecovery.replayFromStart(store, CATALOGUE, EngineConfig.defaults())
                            .engine().stateHash();
                    return new long[] {live, replayed};
                }
            }
        }, "a listener submitting into a full ring waits for room only its own sequencer makes");
        assertThat(hashes[1]).as("the journal replays to the live state").isEqualTo(hashes[0]);
        assertThat(requoted).extracting(Tell::index).as("the re-quotes are told in the order the listener submitted them")
                .containsExactlyElementsOf(IntStream.range(0, requotes.size()).boxed().toList());
        assertThat(requoted).allMatch(Tell::acknowledged);
        assertThat(requoted).extracting(Tell::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(tells).hasSize(270).allMatch(Tell::acknowledged);
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).join()).as("question %d is answered after the commands queued before it", i)
                    .isGreaterThanOrEqualTo(lastEventBeforeAnswer.get(i));
        }
    }

    @Test
    void a_listener_that_submits_more_than_the_ring_and_its_backlog_hold_in_one_call_is_refused_beyond_them_with_the_reason() {
        List<Command> commands = commands(63, 11);
        List<Tell> tells = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<ExchangeHost> host = new AtomicReference<>();
        CompletableFuture<Void> flooded = new CompletableFuture<>();
        AcknowledgementListener flooding = new AcknowledgementListener() {
            @Override
            public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected r) {
                for (int i = 1; i < commands.size(); i++) {
                    host.get().submit(commands.get(i), telling(i, tells));
                }
                flooded.complete(null);
            }

            @Override
            public void onFailed(Command command, Throwable reason) {
            }
        };
        assertTimeoutPreemptively(BOUND, () -> {
            try (DeskStore store = TestStores.fresh(dir)) {
                host.set(ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING));
                try (ExchangeHost running = host.get()) {
                    running.submit(commands.get(0), flooding);
                    // Nothing else is queued meanwhile: the ring holds the first command and what its listener put in.
                    flooded.join();
                    running.ask(Engine::lastSequence).join();
                }
            }
        }, "a listener submitting into a full ring waits for room only its own sequencer makes");
        // The first command holds one slot of three: two more go in, three wait in the backlog, five are refused.
        assertThat(tells).hasSize(10);
        assertThat(tells).filteredOn(Tell::acknowledged).extracting(Tell::index).containsExactly(1, 2, 3, 4, 5);
        assertThat(tells).filteredOn(Tell::acknowledged).extracting(Tell::sequence).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(tells).filteredOn(t -> !t.acknowledged()).extracting(Tell::index).containsExactly(6, 7, 8, 9, 10);
        assertThat(tells).filteredOn(t -> !t.acknowledged()).extracting(Tell::reason)
                .allSatisfy(reason -> assertThat(reason).contains("queue full").contains("sequencer").contains("3"));
    }

    @Test
    void a_listener_that_closes_the_host_stops_it_after_what_was_queued_before_and_keeps_what_was_acknowledged() {
        List<Command> commands = commands(64, 400);
        List<Tell> tells = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<ExchangeHost> host = new AtomicReference<>();
        AtomicInteger closes = new AtomicInteger();
        AcknowledgementListener fatal = new AcknowledgementListener() {
            @Override
            public void onAcknowledged(Command command, long sequence, long lastEventSequence, CommandRejected r) {
                tells.add(new Tell(100, true, sequence, null));
                closes.incrementAndGet();
                host.get().close();
            }

            @Override
            public void onFailed(Command command, Throwable reason) {
                tells.add(new Tell(100, false, 0, reason.getMessage()));
            }
        };
        long recovered = assertTimeoutPreemptively(BOUND, () -> {
            try (DeskStore store = TestStores.fresh(dir)) {
                host.set(ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING));
                try (ExchangeHost running = host.get()) {
                    for (int i = 0; i < commands.size(); i++) {
                        // The producer keeps the ring full, so the listener's stop finds no room in it.
                        running.submit(commands.get(i), i == 100 ? fatal : telling(i, tells));
                    }
                }
                // Closed from the sequencer and then here: every command was told, the journal's connection is closed.
                try (ExchangeHost reopened = ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING)) {
                    return reopened.recovered().lastSequence();
                }
            }
        }, "close() on the sequencer joins the sequencer");
        assertThat(closes).hasValue(1);
        assertThat(tells).extracting(Tell::index).as("every command told once, in the order submitted")
                .containsExactlyElementsOf(IntStream.range(0, commands.size()).boxed().toList());
        List<Tell> acknowledged = tells.stream().filter(Tell::acknowledged).toList();
        assertThat(acknowledged).extracting(Tell::sequence).as("acknowledged from the first command on, with no hole")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, acknowledged.size()).mapToObj(i -> (long) i).toList());
        assertThat(acknowledged.size()).as("every command before the closing one").isGreaterThanOrEqualTo(101);
        assertThat(tells.subList(0, acknowledged.size())).as("the acknowledged ones come first").allMatch(Tell::acknowledged);
        assertThat(tells.subList(acknowledged.size(), tells.size())).extracting(Tell::reason)
                .allSatisfy(reason -> assertThat(reason).isEqualTo("host stopped"));
        assertThat(recovered).as("what was acknowledged is in the journal, and nothing else").isEqualTo(acknowledged.size());
    }

    @Test
    void a_subscriber_that_closes_the_host_from_its_thread_stops_it_without_waiting_for_itself() {
        List<Command> commands = commands(65, 300);
        AtomicReference<ExchangeHost> host = new AtomicReference<>();
        CompletableFuture<Long> closedIn = new CompletableFuture<>();
        HostSubscriber closing = new HostSubscriber() {
            private int seen;

            @Override
            public void onEvent(ExchangeEvent event) {
                if (++seen == 50) {
                    long started = System.nanoTime();
                    host.get().close();
                    closedIn.complete(System.nanoTime() - started);
                }
            }
        };
        List<CompletableFuture<Acknowledged>> acks = new ArrayList<>();
        assertTimeoutPreemptively(BOUND, () -> {
            try (DeskStore store = TestStores.fresh(dir)) {
                host.set(ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING));
                try (ExchangeHost running = host.get()) {
                    running.subscribe("closing", 1_024, closing);
                    commands.forEach(c -> acks.add(running.submit(c)));
                    closedIn.join();
                }
            }
        }, "close() on a subscriber's thread waits for the subscriber");
        assertThat(Duration.ofNanos(closedIn.join())).as("the feed waits 30 s for a subscriber that takes nothing")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(acks).allMatch(CompletableFuture::isDone);
        long acknowledged = acks.stream().filter(a -> !a.isCompletedExceptionally()).count();
        assertThat(acks.subList(0, (int) acknowledged)).allMatch(a -> !a.isCompletedExceptionally());
    }

    @Test
    void a_subscriber_that_submits_into_a_full_ring_from_its_thread_is_acknowledged_and_the_host_closes() {
        List<Command> commands = commands(66, 300);
        List<Command> answers = commands(67, 60);
        List<Tell> tells = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<ExchangeHost> host = new AtomicReference<>();
        HostSubscriber answering = new HostSubscriber() {
            private int seen;

            @Override
            public void onEvent(ExchangeEvent event) {
                if (seen < answers.size()) {
                    host.get().submit(answers.get(seen), telling(seen, tells));
                    seen++;
                }
            }
        };
        assertTimeoutPreemptively(BOUND, () -> {
            try (DeskStore store = TestStores.fresh(dir)) {
                host.set(ExchangeHost.start(store, CATALOGUE, EngineConfig.defaults(), TINY_RING));
                try (ExchangeHost running = host.get()) {
                    running.subscribe("answering", 4_096, answering);
                    commands.forEach(c -> running.submit(c));
                    while (tells.size() < answers.size()) {
                        Thread.onSpinWait();
                    }
                }
            }
        }, "a subscriber submitting into a full ring");
        assertThat(tells).extracting(Tell::index).containsExactlyElementsOf(IntStream.range(0, 60).boxed().toList());
        assertThat(tells).allMatch(Tell::acknowledged);
    }

    private static List<Command> commands(long seed, int count) {
        return AcknowledgementListenerTest.commands(seed, count);
    }
}
