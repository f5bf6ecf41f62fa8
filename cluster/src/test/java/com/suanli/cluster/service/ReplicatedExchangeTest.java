package com.suanli.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.cluster.protocol.Outcome;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.host.EventFanOut;
import com.suanli.data.host.ExchangeSetup;
import com.suanli.data.host.SeededLoad;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class ReplicatedExchangeTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final ExchangeSetup DESK = ExchangeSetup.desk(CATALOGUE);
    private static final long CLIENT = 7;
    /** The cluster log's first timestamp in these runs, epoch milliseconds. */
    private static final long LOG_START = 1_800_000_000_000L;

    private static List<Command> seeded(long seed, int count) {
        SeededLoad load = SeededLoad.openingItsMembers(seed, CATALOGUE, 0);
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            commands.add(load.next());
        }
        return commands;
    }

    /** The desk's exchange fed each command once, at the time its outcome says it was applied. */
    private static Engine replay(List<Command> commands, List<Outcome> outcomes) {
        Engine engine = DESK.fresh(EventSink.NONE);
        for (int i = 0; i < commands.size(); i++) {
            engine.submit(LogMessages.stampedAt(commands.get(i), outcomes.get(i).timestamp()));
        }
        return engine;
    }

    @Test
    void resentBatchesAreAppliedOnceAndAnsweredWithTheirFirstOutcome() {
        List<Command> commands = seeded(11, 6_000);
        MemberHarness member = new MemberHarness(DESK, new EventFanOut());
        SplittableRandom random = new SplittableRandom(11);
        List<Outcome> firstOutcomes = new ArrayList<>();
        long time = LOG_START;
        int next = 0;
        while (next < commands.size()) {
            // Each message starts a little before what was applied (a resend after a failover) or at it.
            int from = Math.max(0, next - random.nextInt(3) * random.nextInt(200));
            int to = Math.min(commands.size(), next + 1 + random.nextInt(300));
            time += random.nextInt(3);
            LogMessages.Reply reply = member.apply(CLIENT, from + 1, commands.subList(from, to), time);
            assertThat(reply.gap()).isFalse();
            assertThat(reply.expected()).isEqualTo(to + 1);
            assertThat(reply.outcomes()).extracting(Outcome::clientSequence)
                    .containsExactlyElementsOf(sequences(from + 1, to));
            for (Outcome outcome : reply.outcomes()) {
                if (outcome.clientSequence() <= next) {
                    assertThat(outcome).isEqualTo(firstOutcomes.get((int) outcome.clientSequence() - 1));
                } else {
                    firstOutcomes.add(outcome);
                }
            }
            next = to;
        }
        Engine replayed = replay(commands, firstOutcomes);
        assertThat(member.exchange().report().stateHash()).isEqualTo(replayed.stateHash());
        assertThat(member.exchange().report().lastEventSequence()).isEqualTo(replayed.lastSequence());
        assertThat(member.exchange().report().commandsApplied()).isEqualTo(commands.size());
        assertThat(firstOutcomes).anyMatch(Outcome::accepted).anyMatch(outcome -> !outcome.accepted());
    }

    private static List<Long> sequences(long first, long last) {
        List<Long> sequences = new ArrayList<>();
        for (long s = first; s <= last; s++) {
            sequences.add(s);
        }
        return sequences;
    }

    @Test
    void aMessageAfterAMissingOneIsNotAppliedAndTheReplyNamesWhatIsAwaited() {
        List<Command> commands = seeded(12, 40);
        MemberHarness member = new MemberHarness(DESK, new EventFanOut());
        member.apply(CLIENT, 1, commands.subList(0, 10), LOG_START);
        long hash = member.exchange().report().stateHash();

        LogMessages.Reply reply = member.apply(CLIENT, 21, commands.subList(20, 30), LOG_START + 1);

        assertThat(reply.gap()).isTrue();
        assertThat(reply.expected()).isEqualTo(11);
        assertThat(reply.outcomes()).isEmpty();
        assertThat(member.exchange().report().stateHash()).isEqualTo(hash);
        assertThat(member.exchange().report().commandsApplied()).isEqualTo(10);
    }

    @Test
    void clientsAreCountedApartSoTheSameSequenceFromTwoClientsIsAppliedTwice() {
        List<Command> commands = seeded(13, 30);
        MemberHarness member = new MemberHarness(DESK, new EventFanOut());
        member.apply(1, 1, commands.subList(0, 20), LOG_START);
        LogMessages.Reply other = member.apply(2, 1, commands.subList(20, 30), LOG_START);
        assertThat(other.outcomes()).hasSize(10);
        assertThat(member.exchange().report().commandsApplied()).isEqualTo(30);
    }

    @Test
    void timeIsTheLogsTimestampNeverTheClientsNorEarlierThanTheEngines() {
        List<Command> commands = seeded(14, 30);
        MemberHarness member = new MemberHarness(DESK, new EventFanOut());
        LogMessages.Reply first = member.apply(CLIENT, 1, commands.subList(0, 10), LOG_START + 500);
        // A new leader whose clock is behind the old one's: the engine's time holds.
        LogMessages.Reply second = member.apply(CLIENT, 11, commands.subList(10, 30), LOG_START + 100);

        assertThat(first.outcomes()).allMatch(outcome -> outcome.timestamp() == LOG_START + 500);
        assertThat(second.outcomes()).allMatch(outcome -> outcome.timestamp() == LOG_START + 500);
        assertThat(member.exchange().engine().time()).isEqualTo(LOG_START + 500);
        assertThat(second.outcomes()).noneMatch(outcome -> outcome.reason().orElse("").startsWith("TIMESTAMP"));
    }

    @Test
    void theShortestCommandLastInAMessageTakesTheLogsTimeToo() {
        MemberHarness member = new MemberHarness(DESK, new EventFanOut());
        // A time tick is the header alone (10 bytes): its timestamp is its last 8 bytes.
        LogMessages.Reply reply = member.apply(CLIENT, 1, List.of(new TimeTick(5), new TimeTick(0)), LOG_START);

        assertThat(reply.outcomes()).extracting(Outcome::timestamp).containsExactly(LOG_START, LOG_START);
        assertThat(reply.outcomes()).allMatch(Outcome::accepted);
        assertThat(member.exchange().engine().time()).isEqualTo(LOG_START);
    }

    @Test
    void bytesThatAreNoCommandAreRefusedAsMalformedAndChangeNothingButTheSequence() {
        List<Command> commands = seeded(15, 10);
        MemberHarness member = new MemberHarness(DESK, new EventFanOut());
        member.apply(CLIENT, 1, commands.subList(0, 5), LOG_START);
        long hash = member.exchange().report().stateHash();
        UnsafeBuffer message = LogMessages.commands(CLIENT, 6, commands.subList(5, 7));
        message.putByte(com.suanli.cluster.protocol.Messages.COMMANDS_HEADER + 1, (byte) 120); // no such kind

        member.exchange().apply(message, 0, message.capacity(), LOG_START, member.reply());
        LogMessages.Reply reply = LogMessages.read(member.reply().buffer());

        assertThat(reply.outcomes()).hasSize(2).allSatisfy(outcome ->
                assertThat(outcome.reason()).get().asString().startsWith("MALFORMED: offset 1, field kind"));
        assertThat(reply.expected()).isEqualTo(8);
        assertThat(member.exchange().report().stateHash()).isEqualTo(hash);
        assertThat(member.exchange().report().commandsApplied()).isEqualTo(5);
    }

    @Test
    void aSnapshotRestoresTheSameStateAndTheSameMemoryOfEachClient() {
        for (long seed = 21; seed < 24; seed++) {
            List<Command> commands = seeded(seed, 8_000);
            SplittableRandom random = new SplittableRandom(seed);
            int cut = 1_000 + random.nextInt(5_000);
            MemberHarness original = new MemberHarness(DESK, new EventFanOut());
            for (int from = 0; from < cut; from += 100) {
                original.apply(CLIENT, from + 1, commands.subList(from, Math.min(cut, from + 100)), LOG_START + from);
            }
            byte[] snapshot = original.exchange().snapshot();
            MemberHarness restored = new MemberHarness(DESK, new EventFanOut());
            restored.exchange().restore(snapshot);

            assertThat(restored.exchange().report()).isEqualTo(original.exchange().report());
            assertThat(restored.exchange().snapshot()).isEqualTo(snapshot);
            // A resend of what was applied before the cut is answered alike, and applied by neither.
            int resendFrom = Math.max(0, cut - 300);
            assertThat(restored.apply(CLIENT, resendFrom + 1, commands.subList(resendFrom, cut), LOG_START + cut))
                    .isEqualTo(original.apply(CLIENT, resendFrom + 1, commands.subList(resendFrom, cut), LOG_START + cut));
            for (int from = cut; from < commands.size(); from += 250) {
                List<Command> batch = commands.subList(from, Math.min(commands.size(), from + 250));
                assertThat(restored.apply(CLIENT, from + 1, batch, LOG_START + from))
                        .isEqualTo(original.apply(CLIENT, from + 1, batch, LOG_START + from));
                assertThat(restored.exchange().report()).isEqualTo(original.exchange().report());
            }
            assertThat(restored.exchange().report().commandsApplied()).isEqualTo(commands.size());
        }
    }

    @Test
    void aSnapshotWithoutTheClientsSectionIsRefused() throws Exception {
        Engine engine = DESK.fresh(EventSink.NONE);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.suanli.exchange.engine.journal.Snapshot.write(out,
                com.suanli.exchange.engine.journal.Snapshot.sections(engine));

        assertThatThrownBy(() -> new MemberHarness(DESK, new EventFanOut()).exchange().restore(out.toByteArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("snapshot: no cluster-clients section: not a cluster snapshot");
    }
}
