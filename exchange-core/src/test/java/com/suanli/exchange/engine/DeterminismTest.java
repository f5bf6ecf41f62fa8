package com.suanli.exchange.engine;

import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.CancelReason;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {
    private static final int INSTRUMENTS = 4;
    private static final int COMMANDS = 50_000;

    /** What one replay produced. */
    private record Run(long eventHash, long stateHash, long events, long gaps, Set<String> eventTypes,
                       Set<RejectReason> rejects, Set<CancelReason> cancels) {
    }

    private static Run replay(long seed) {
        RandomCommandStream stream = new RandomCommandStream(seed, INSTRUMENTS);
        EventStreamHash hash = new EventStreamHash();
        Set<String> types = new TreeSet<>();
        Set<RejectReason> rejects = EnumSet.noneOf(RejectReason.class);
        Set<CancelReason> cancels = EnumSet.noneOf(CancelReason.class);
        EventSink census = event -> {
            types.add(event.getClass().getSimpleName());
            if (event instanceof CommandRejected r) {
                rejects.add(r.reason());
            } else if (event instanceof OrderCancelled c) {
                cancels.add(c.reason());
            }
        };
        Engine engine = new Engine(EngineFixtures.catalogue(INSTRUMENTS), EngineConfig.defaults(),
                EventSink.both(hash, EventSink.both(stream, census)));
        stream.attach(engine);
        for (int id = 1; id <= INSTRUMENTS; id++) {
            engine.submit(new SessionCommand(EngineHarness.START, id, SessionAction.OPEN_CONTINUOUS));
        }
        for (int i = 0; i < COMMANDS; i++) {
            engine.submit(stream.next());
        }
        return new Run(hash.value(), engine.stateHash(), hash.events(), hash.sequenceGaps(), types, rejects, cancels);
    }

    @Test
    void the_same_command_stream_gives_the_same_events_and_state() {
        Run first = replay(42);
        Run second = replay(42);
        assertThat(second.eventHash()).isEqualTo(first.eventHash());
        assertThat(second.stateHash()).isEqualTo(first.stateHash());
        assertThat(second.events()).isEqualTo(first.events());
    }

    @Test
    void a_different_command_stream_gives_different_hashes() {
        Run first = replay(42);
        Run other = replay(43);
        assertThat(other.eventHash()).isNotEqualTo(first.eventHash());
        assertThat(other.stateHash()).isNotEqualTo(first.stateHash());
    }

    @Test
    void sequences_are_gap_free_and_the_stream_exercises_every_event_type() {
        Run run = replay(7);
        assertThat(run.gaps()).isZero();
        assertThat(run.events()).isGreaterThan(COMMANDS);
        assertThat(run.eventTypes()).containsAll(ExchangeEventTypes.ALL);
        assertThat(run.cancels()).contains(CancelReason.CIRCUIT_BREAKER, CancelReason.SELF_TRADE,
                CancelReason.EXPIRED_GTD, CancelReason.EXPIRED_DAY, CancelReason.QUOTE_REPLACED);
        assertThat(run.rejects()).hasSizeGreaterThan(10);
    }
}
