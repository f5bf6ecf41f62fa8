package com.suanli.exchange.engine;

import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.event.EventSink;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Long seeded random streams with every invariant checked after every command. */
class EngineInvariantsTest {
    private static final int INSTRUMENTS = 4;
    private static final int COMMANDS_PER_STREAM = 250_000;

    private static long run(long seed, SelfTradePrevention mode) {
        RandomCommandStream stream = new RandomCommandStream(seed, INSTRUMENTS);
        InvariantChecker checker = new InvariantChecker();
        Engine engine = new Engine(EngineFixtures.catalogue(INSTRUMENTS), EngineConfig.defaults()
                .withSelfTradePrevention(mode).withAccountGroups(Map.of(1L, 100L, 2L, 100L, 3L, 100L)),
                EventSink.both(stream, checker));
        checker.attach(engine);
        stream.attach(engine);
        for (int id = 1; id <= INSTRUMENTS; id++) {
            engine.submit(new SessionCommand(EngineHarness.START, id, SessionAction.OPEN_CONTINUOUS));
        }
        for (int i = 0; i < COMMANDS_PER_STREAM; i++) {
            engine.submit(stream.next());
        }
        checker.deepCheck();
        return checker.trades();
    }

    @Test
    void a_million_random_commands_keep_every_invariant_under_each_self_trade_mode() {
        long trades = 0;
        trades += run(1, SelfTradePrevention.NONE);
        trades += run(2, SelfTradePrevention.CANCEL_RESTING);
        trades += run(3, SelfTradePrevention.CANCEL_AGGRESSOR);
        trades += run(4, SelfTradePrevention.CANCEL_BOTH);
        assertThat(trades).isGreaterThan(COMMANDS_PER_STREAM / 10);
    }
}
