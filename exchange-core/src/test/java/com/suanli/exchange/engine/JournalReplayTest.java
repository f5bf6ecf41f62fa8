package com.suanli.exchange.engine;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.journal.CommandDecoder;
import com.suanli.exchange.engine.journal.CommandEncoder;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

/** A journal of encoded commands replayed into a fresh engine rebuilds the same events and state. */
class JournalReplayTest {
    private static final int INSTRUMENTS = 4;
    private static final int COMMANDS = 30_000;

    @Test
    void a_seeded_stream_journalled_and_replayed_gives_the_same_event_stream_and_state() {
        for (long seed = 1; seed <= 3; seed++) {
            RandomCommandStream stream = new RandomCommandStream(seed, INSTRUMENTS);
            EventStreamHash original = new EventStreamHash();
            Engine live = new Engine(EngineFixtures.catalogue(INSTRUMENTS), EngineConfig.defaults(),
                    EventSink.both(original, stream));
            stream.attach(live);
            ByteBuffer journal = ByteBuffer.allocate(COMMANDS * 200);
            for (int i = 0; i < COMMANDS + INSTRUMENTS; i++) {
                Command command = i < INSTRUMENTS
                        ? new SessionCommand(EngineHarness.START, i + 1, SessionAction.OPEN_CONTINUOUS)
                        : stream.next();
                live.submit(command);
                CommandEncoder.encode(command, journal);
            }

            journal.flip();
            EventStreamHash replayed = new EventStreamHash();
            Engine fresh = new Engine(EngineFixtures.catalogue(INSTRUMENTS), EngineConfig.defaults(), replayed);
            int commands = 0;
            while (journal.hasRemaining()) {
                fresh.submit(CommandDecoder.decode(journal));
                commands++;
            }
            assertThat(commands).isEqualTo(COMMANDS + INSTRUMENTS);
            assertThat(replayed.events()).isEqualTo(original.events()).isGreaterThan(COMMANDS);
            assertThat(replayed.value()).isEqualTo(original.value());
            assertThat(fresh.stateHash()).isEqualTo(live.stateHash());
            assertThat(fresh.workingOrderCount()).isEqualTo(live.workingOrderCount()).isPositive();
        }
    }
}
