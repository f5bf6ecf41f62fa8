package com.suanli.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.cluster.mirror.ClusterMirror;
import com.suanli.cluster.protocol.Messages;
import com.suanli.cluster.protocol.Outcome;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.HostSubscriber;
import com.suanli.data.host.SeededLoad;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.Catalogue;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The feed and the mirror in process: a member's state machine applies seeded messages of two clients (with
 * resends) and keeps its feed history; a {@link ClusterMirror} fed that history makes the member's very
 * events, reaches its state and acknowledges its client's commands with the member's outcomes; a mirror that
 * loads the member's state midway ends alike and tells its subscriber the hole, event for event.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FeedMirrorTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final ExchangeSetup DESK = ExchangeSetup.desk(CATALOGUE);
    private static final long CLIENT = 7;
    private static final long OTHER = 8;
    private static final long LOG_START = 1_800_000_000_000L;
    private static final int COMMANDS = 4_000;

    /** A member fed seeded messages, what it published and answered, and its feed history. */
    private static final class Member {
        final EventFanOut events = new EventFanOut();
        final List<ExchangeEvent> published = Collections.synchronizedList(new ArrayList<>());
        final MemberHarness harness = new MemberHarness(DESK, events);
        final FeedHistory history = new FeedHistory(Long.MAX_VALUE);
        final List<Outcome> clientOutcomes = new ArrayList<>();

        Member() {
            events.add("test", 1 << 20, published::add);
            harness.exchange().recordEvents(true);
        }

        void apply(long clientId, long first, List<Command> commands, long timestamp) {
            UnsafeBuffer message = LogMessages.commands(clientId, first, commands);
            harness.exchange().apply(message, 0, message.capacity(), timestamp, harness.reply());
            history.record(harness.exchange().messagesApplied(), timestamp, message, 0, message.capacity(),
                    harness.exchange().recordedEvents(), harness.exchange().recordedEventsLength());
            if (clientId == CLIENT) {
                for (Outcome outcome : LogMessages.read(harness.reply().buffer()).outcomes()) {
                    if (outcome.clientSequence() > clientOutcomes.size()) {
                        clientOutcomes.add(outcome);
                    }
                }
            }
        }

        /** Seeded messages of both clients, each message from a little before what was applied (resends). */
        void run(long seed, int messages, SplittableRandom random, List<Command> a, List<Command> b, int[] next) {
            for (int m = 0; m < messages; m++) {
                boolean first = random.nextBoolean();
                List<Command> commands = first ? a : b;
                int at = first ? 0 : 1;
                if (next[at] >= commands.size()) {
                    continue;
                }
                int from = Math.max(0, next[at] - random.nextInt(2) * random.nextInt(50));
                int to = Math.min(commands.size(), next[at] + 1 + random.nextInt(100));
                apply(first ? CLIENT : OTHER, from + 1, commands.subList(from, to), LOG_START + seed + m);
                next[at] = to;
            }
        }

        /** Waits for the member's subscriber to have everything. */
        List<ExchangeEvent> events() {
            events.close();
            return new ArrayList<>(published);
        }
    }

    /** Hands the member's history from {@code from} to {@code to} (inclusive) to the mirror, as the follower would. */
    private static void feed(Member member, ClusterMirror mirror, long from, long to) {
        member.history.from(from, message -> {
            long sequence = Messages.feedSequence(message, 0);
            if (sequence <= to) {
                mirror.onFeed(sequence, Messages.feedTimestamp(message, 0), message, 0, message.capacity());
            }
            return true;
        });
    }

    private static List<Command> seeded(long seed, int count, long firstAccount) {
        SeededLoad load = firstAccount == 0 ? SeededLoad.openingItsMembers(seed, CATALOGUE, 0)
                : new SeededLoad(seed, CATALOGUE, 0, false, firstAccount);
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            commands.add(load.next());
        }
        return commands;
    }

    private static final class Collector implements HostSubscriber {
        final List<ExchangeEvent> events = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong missed = new AtomicLong();

        @Override
        public void onEvent(ExchangeEvent event) {
            events.add(event);
        }

        @Override
        public void onGap(long count) {
            missed.addAndGet(count);
        }
    }

    @Test
    void aMirrorFedTheMembersMessagesMakesTheirEventsReachesTheirStateAndAcknowledgesTheirOutcomes()
            throws Exception {
        Member member = new Member();
        int[] next = new int[2];
        member.run(1, 200, new SplittableRandom(1), seeded(1, COMMANDS, 0),
                seeded(2, COMMANDS / 2, ClearingSetup.FIRST_MEMBER_ACCOUNT), next);
        Collector seen = new Collector();
        try (ClusterMirror mirror = new ClusterMirror(DESK, CLIENT)) {
            AutoCloseable subscription = mirror.subscribe("test", 1 << 20, seen).get(10, TimeUnit.SECONDS);
            feed(member, mirror, 1, member.history.next() - 1);

            assertThat(mirror.report().get(60, TimeUnit.SECONDS)).isEqualTo(member.harness.exchange().report());
            assertThat(mirror.messagesApplied()).isEqualTo(member.harness.exchange().messagesApplied());
            for (Outcome outcome : member.clientOutcomes) {
                Acknowledged acknowledged = mirror.acknowledgement(outcome.clientSequence()).get(10, TimeUnit.SECONDS);
                assertThat(acknowledged.lastEventSequence()).isEqualTo(outcome.lastEventSequence());
                assertThat(acknowledged.reason()).isEqualTo(outcome.reason());
            }
            subscription.close();
        }
        assertSawEveryEvent(member, seen, next[0]);
    }

    @Test
    void aMirrorThatLoadsTheStateMidwayEndsAlikeAndToldItsSubscriberTheHoleEventForEvent() throws Exception {
        stateMidway(ClusterMirror.Source.COMMANDS);
    }

    @Test
    void aMirrorOfTheEventsThatLoadsTheStateMidwayToldItsSubscriberTheHoleEventForEvent() throws Exception {
        stateMidway(ClusterMirror.Source.EVENTS);
    }

    private void stateMidway(ClusterMirror.Source source) throws Exception {
        Member member = new Member();
        SplittableRandom random = new SplittableRandom(3);
        List<Command> commands = seeded(3, COMMANDS, 0);
        List<Command> other = seeded(4, COMMANDS / 2, ClearingSetup.FIRST_MEMBER_ACCOUNT);
        int[] next = new int[2];
        member.run(3, 30, random, commands, other, next);
        long before = member.history.next() - 1;
        long eventsBefore = member.harness.exchange().engine().lastSequence();
        member.run(4, 60, random, commands, other, next);
        byte[] state = member.harness.exchange().snapshot();
        long stateNext = member.history.next();
        long eventsAtState = member.harness.exchange().engine().lastSequence();
        long clientAtState = member.harness.exchange().lastApplied(CLIENT);
        assertThat(clientAtState).as("the client's commands inside the state").isPositive();
        member.run(5, 100, random, commands, other, next);

        Collector seen = new Collector();
        try (ClusterMirror mirror = new ClusterMirror(DESK, CLIENT, source)) {
            AutoCloseable subscription = mirror.subscribe("test", 1 << 20, seen).get(10, TimeUnit.SECONDS);
            feed(member, mirror, 1, before);
            mirror.onState(state, stateNext);
            feed(member, mirror, stateNext, member.history.next() - 1);

            caughtUp(mirror, member);
            if (source == ClusterMirror.Source.COMMANDS) {
                assertThat(mirror.report().get(60, TimeUnit.SECONDS)).isEqualTo(member.harness.exchange().report());
            }
            assertThat(mirror.statesLoaded()).isEqualTo(1);
            assertThatThrownBy(() -> mirror.acknowledgement(clientAtState).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
            long last = member.clientOutcomes.size();
            assertThat(mirror.acknowledgement(last).get(10, TimeUnit.SECONDS).lastEventSequence())
                    .isEqualTo(member.clientOutcomes.get((int) last - 1).lastEventSequence());
            subscription.close();
        }
        List<ExchangeEvent> published = member.events();
        assertThat(seen.missed).hasValue(eventsAtState - eventsBefore);
        List<ExchangeEvent> expected = new ArrayList<>(published.stream()
                .filter(e -> e.sequence() <= eventsBefore || e.sequence() > eventsAtState).toList());
        assertThat(seen.events).isEqualTo(expected);
    }

    @Test
    void theHistoryKeepsTheNewestMessagesWithinItsBudgetAndSaysHowFarBackItReaches() {
        FeedHistory history = new FeedHistory(3 * (Messages.FEED_HEADER + 100 + Integer.BYTES));
        history.startAfter(41);
        assertThat(history.reaches(42)).isTrue();
        assertThat(history.reaches(41)).isFalse();
        DirectBuffer payload = new UnsafeBuffer(new byte[100]);
        for (long sequence = 42; sequence < 47; sequence++) {
            DirectBuffer kept = history.record(sequence, 1_000 + sequence, payload, 0, 100, null, 0);
            assertThat(Messages.feedSequence(kept, 0)).isEqualTo(sequence);
            assertThat(Messages.feedTimestamp(kept, 0)).isEqualTo(1_000 + sequence);
        }
        assertThat(history.next()).isEqualTo(47);
        assertThat(history.reaches(43)).isFalse();
        assertThat(history.reaches(44)).isTrue();
        assertThat(history.reaches(47)).isTrue();
        assertThat(history.reaches(48)).isFalse();
        List<Long> handed = new ArrayList<>();
        history.from(45, message -> handed.add(Messages.feedSequence(message, 0)));
        assertThat(handed).containsExactly(45L, 46L);
        handed.clear();
        history.from(44, message -> handed.add(Messages.feedSequence(message, 0)) && handed.size() < 2);
        assertThat(handed).as("stops where the sink refuses").containsExactly(44L, 45L);
        assertThatThrownBy(() -> history.record(48, 0, payload, 0, 100, null, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("message 48 recorded after 46");
    }

    /**
     * Messages of many sizes through a small budget: the ring wraps, grows up to the budget and forgets the oldest,
     * and every message kept reads back whole, in order; one larger than the budget is still kept, alone.
     */
    @Test
    void theHistorysRingKeepsEveryMessageWholeAsItWrapsAndGrows() {
        int budget = 10_000;
        FeedHistory history = new FeedHistory(budget);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<byte[]> recorded = new ArrayList<>();
        for (long sequence = 1; sequence <= 2_000; sequence++) {
            byte[] body = new byte[1 + random.nextInt(1_500)];
            random.nextBytes(body);
            recorded.add(body);
            history.record(sequence, sequence, new UnsafeBuffer(body), 0, body.length, null, 0);
            long kept = 0;
            long oldest = history.next();
            while (oldest > 1 && kept + Messages.FEED_HEADER + Integer.BYTES + recorded.get((int) oldest - 2).length
                    <= budget) {
                oldest--;
                kept += Messages.FEED_HEADER + Integer.BYTES + recorded.get((int) oldest - 1).length;
            }
            assertThat(history.reaches(oldest)).as("keeps at least the budget's worth less one message").isTrue();
            List<Long> handed = new ArrayList<>();
            history.from(oldest, message -> {
                long at = Messages.feedSequence(message, 0);
                byte[] expected = recorded.get((int) at - 1);
                assertThat(message.capacity()).isEqualTo(Messages.FEED_HEADER + expected.length + Integer.BYTES);
                byte[] read = new byte[expected.length];
                message.getBytes(Messages.FEED_HEADER, read);
                assertThat(read).isEqualTo(expected);
                return handed.add(at);
            });
            assertThat(handed).hasSize((int) (sequence - oldest + 1));
        }
        byte[] large = new byte[3 * budget];
        DirectBuffer kept = history.record(2_001, 0, new UnsafeBuffer(large), 0, large.length, null, 0);
        assertThat(kept.capacity()).isEqualTo(Messages.FEED_HEADER + large.length + Integer.BYTES);
        assertThat(history.reaches(2_000)).isFalse();
        assertThat(history.reaches(2_001)).isTrue();
    }

    /** Waits until the mirror has applied every message the member has, and checks its counts are the member's. */
    private static void caughtUp(ClusterMirror mirror, Member member) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (mirror.messagesApplied() < member.harness.exchange().messagesApplied() && mirror.failure() == null
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(mirror.failure()).isNull();
        assertThat(mirror.messagesApplied()).isEqualTo(member.harness.exchange().messagesApplied());
        assertThat(mirror.lastEventSequence()).isEqualTo(member.harness.exchange().engine().lastSequence());
        assertThat(mirror.commandsApplied()).isEqualTo(member.harness.exchange().commandsApplied());
    }

    /** A copy of the member's FEED message {@code sequence} as its history keeps it. */
    private static UnsafeBuffer kept(Member member, long sequence) {
        List<UnsafeBuffer> found = new ArrayList<>();
        member.history.from(sequence, message -> {
            byte[] copy = new byte[message.capacity()];
            message.getBytes(0, copy);
            found.add(new UnsafeBuffer(copy));
            return false;
        });
        return found.get(0);
    }

    @Test
    void aMirrorOfTheEventsHandsOnTheMembersVeryEventsAndAcknowledgesTheirOutcomesWithNoEngineRun() throws Exception {
        Member member = new Member();
        int[] next = new int[2];
        member.run(1, 200, new SplittableRandom(1), seeded(1, COMMANDS, 0),
                seeded(2, COMMANDS / 2, ClearingSetup.FIRST_MEMBER_ACCOUNT), next);
        Collector seen = new Collector();
        try (ClusterMirror mirror = new ClusterMirror(DESK, CLIENT, ClusterMirror.Source.EVENTS)) {
            assertThat(mirror.wantsEvents()).isTrue();
            AutoCloseable subscription = mirror.subscribe("test", 1 << 20, seen).get(10, TimeUnit.SECONDS);
            feed(member, mirror, 1, member.history.next() - 1);

            caughtUp(mirror, member);
            for (Outcome outcome : member.clientOutcomes) {
                Acknowledged acknowledged = mirror.acknowledgement(outcome.clientSequence()).get(10, TimeUnit.SECONDS);
                assertThat(acknowledged.lastEventSequence()).isEqualTo(outcome.lastEventSequence());
                assertThat(acknowledged.reason()).isEqualTo(outcome.reason());
            }
            assertThatThrownBy(() -> mirror.ask(engine -> engine.lastSequence()).get(10, TimeUnit.SECONDS))
                    .as("no engine follows the events").isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("has no engine at feed message");
            assertThat(mirror.statesLoaded()).isZero();
            subscription.close();
        }
        assertSawEveryEvent(member, seen, next[0]);
    }

    /**
     * The seed of a mirror of the events: asked where no state left the engine, it asks the leader for one (once
     * for all the seeds waiting) and is answered from it, where the events handed on stand; asked right after it,
     * at once.
     */
    @Test
    void aSeedOfTheEventsIsAnsweredFromTheStateItAsksForWhereTheEventsStand() throws Exception {
        Member member = new Member();
        SplittableRandom random = new SplittableRandom(9);
        List<Command> commands = seeded(9, COMMANDS, 0);
        List<Command> other = seeded(10, COMMANDS / 2, ClearingSetup.FIRST_MEMBER_ACCOUNT);
        int[] next = new int[2];
        member.run(9, 60, random, commands, other, next);
        Collector seen = new Collector();
        AtomicLong asked = new AtomicLong();
        try (ClusterMirror mirror = new ClusterMirror(DESK, CLIENT, ClusterMirror.Source.EVENTS)) {
            mirror.askStatesThrough(asked::incrementAndGet);
            AutoCloseable subscription = mirror.subscribe("test", 1 << 20, seen).get(10, TimeUnit.SECONDS);
            assertThat(mirror.seed(engine -> engine.lastSequence()).get(10, TimeUnit.SECONDS))
                    .as("a fresh mirror's engine is where the feed stands").isEqualTo(mirror.lastEventSequence());
            feed(member, mirror, 1, member.history.next() - 1);
            var first = mirror.seed(engine -> engine.lastSequence());
            var second = mirror.seed(engine -> engine.stateHash());
            caughtUp(mirror, member);
            while (asked.get() == 0) {
                Thread.sleep(5);
            }
            assertThat(first).isNotDone();
            mirror.onState(member.harness.exchange().snapshot(), member.history.next());
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(member.harness.exchange().engine().lastSequence());
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(member.harness.exchange().report().stateHash());
            assertThat(mirror.seed(engine -> engine.stateHash()).get(10, TimeUnit.SECONDS)).as("at once after it")
                    .isEqualTo(member.harness.exchange().report().stateHash());
            assertThat(asked).as("one state for the seeds waiting together").hasValue(1);
            member.run(11, 20, random, commands, other, next);
            feed(member, mirror, mirror.messagesApplied() + 1, member.history.next() - 1);
            caughtUp(mirror, member);
            subscription.close();
        }
        assertThat(seen.events).isEqualTo(member.events());
        assertThat(seen.missed).as("a state where the mirror stood is no hole").hasValue(0);
    }

    /**
     * A failover: two members fed the same log record the same FEED messages byte for byte, events included, so a
     * mirror of the events that had the old leader's messages up to some point goes on with the new leader's from
     * the next: every event once, none missing.
     */
    @Test
    void aNewLeadersMessagesCarryTheOldOnesEventsByteForByteSoTheEventsGoOnAcrossTheChange() throws Exception {
        Member old = new Member();
        Member elected = new Member();
        List<Command> commands = seeded(12, COMMANDS, 0);
        List<Command> other = seeded(13, COMMANDS / 2, ClearingSetup.FIRST_MEMBER_ACCOUNT);
        old.run(12, 150, new SplittableRandom(12), commands, other, new int[2]);
        elected.run(12, 150, new SplittableRandom(12), commands, other, new int[2]);
        long last = old.history.next() - 1;
        assertThat(elected.history.next() - 1).isEqualTo(last);
        for (long sequence = 1; sequence <= last; sequence++) {
            assertThat(kept(elected, sequence)).as("message " + sequence).isEqualTo(kept(old, sequence));
        }
        Collector seen = new Collector();
        try (ClusterMirror mirror = new ClusterMirror(DESK, CLIENT, ClusterMirror.Source.EVENTS)) {
            AutoCloseable subscription = mirror.subscribe("test", 1 << 20, seen).get(10, TimeUnit.SECONDS);
            feed(old, mirror, 1, last / 2);
            feed(elected, mirror, last / 2 + 1, last);
            caughtUp(mirror, elected);
            subscription.close();
        }
        assertThat(seen.events).isEqualTo(old.events());
        assertThat(seen.missed).hasValue(0);
    }

    /** A hole the feed should never have: events that do not follow, or none at all, stop the mirror. */
    @Test
    void aMirrorOfTheEventsStopsAtEventsThatDoNotFollowTheLastOrAtAMessageWithout() throws Exception {
        Member member = new Member();
        member.run(14, 20, new SplittableRandom(14), seeded(14, COMMANDS, 0),
                seeded(15, COMMANDS / 2, ClearingSetup.FIRST_MEMBER_ACCOUNT), new int[2]);
        long skipped = 2;
        while (applied(kept(member, skipped)) == 0 || applied(kept(member, skipped + 1)) == 0) {
            skipped++;
        }
        try (ClusterMirror mirror = new ClusterMirror(DESK, CLIENT, ClusterMirror.Source.EVENTS)) {
            feed(member, mirror, 1, skipped - 1);
            UnsafeBuffer after = kept(member, skipped + 1);
            mirror.onFeed(skipped, Messages.feedTimestamp(after, 0), after, 0, after.capacity());
            assertThat(failure(mirror)).hasMessageContaining("in feed message " + skipped);
        }
        try (ClusterMirror mirror = new ClusterMirror(DESK, CLIENT, ClusterMirror.Source.EVENTS)) {
            UnsafeBuffer first = kept(member, 1);
            first.putInt(Messages.feedEvents(first, 0), Messages.NO_EVENTS, ByteOrder.LITTLE_ENDIAN);
            mirror.onFeed(1, Messages.feedTimestamp(first, 0), first, 0, first.capacity());
            assertThat(failure(mirror)).hasMessageContaining("came without its events");
        }
    }

    private static int applied(UnsafeBuffer message) {
        return message.getInt(Messages.feedEvents(message, 0), ByteOrder.LITTLE_ENDIAN);
    }

    private static RuntimeException failure(ClusterMirror mirror) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (mirror.failure() == null && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return mirror.failure();
    }

    @Test
    void theHistoryReachesAFollowerOfTheEventsOnlyWhereEveryMessageKeptHasThem() {
        FeedHistory history = new FeedHistory(Long.MAX_VALUE);
        DirectBuffer payload = new UnsafeBuffer(new byte[10]);
        UnsafeBuffer events = new UnsafeBuffer(new byte[Integer.BYTES]);
        for (long sequence = 1; sequence <= 3; sequence++) {
            history.record(sequence, sequence, payload, 0, 10, null, 0);
        }
        assertThat(history.reachesEvents(3)).isFalse();
        assertThat(history.reachesEvents(4)).as("the next to come").isTrue();
        for (long sequence = 4; sequence <= 5; sequence++) {
            DirectBuffer kept = history.record(sequence, sequence, payload, 0, 10, events, Integer.BYTES);
            assertThat(kept.getInt(Messages.feedEvents(kept, 0), ByteOrder.LITTLE_ENDIAN)).isZero();
        }
        assertThat(history.reaches(1)).isTrue();
        assertThat(history.reachesEvents(3)).isFalse();
        assertThat(history.reachesEvents(4)).isTrue();
        history.record(6, 6, payload, 0, 10, null, 0);
        assertThat(history.reachesEvents(5)).as("the newest has none").isFalse();
        assertThat(history.reachesEvents(7)).isTrue();
    }

    /** The subscriber heard every event the member published, none missed, over commands both taken and refused. */
    private static void assertSawEveryEvent(Member member, Collector seen, int commands) {
        List<ExchangeEvent> published = member.events();
        assertThat(seen.events).hasSize(published.size()).isEqualTo(published);
        assertThat(seen.missed).hasValue(0);
        assertThat(member.clientOutcomes).hasSize(commands).anyMatch(Outcome::accepted)
                .anyMatch(outcome -> !outcome.accepted());
    }
}
