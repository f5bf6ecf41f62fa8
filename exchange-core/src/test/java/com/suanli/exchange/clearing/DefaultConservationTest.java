package com.suanli.exchange.clearing;

import com.suanli.exchange.defaults.DefaultRules;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ContributeDefaultFund;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.session.SessionState;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static com.suanli.exchange.clearing.ClearingFixtures.FUTURES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded sequenced run with prices that move enough to break thin members: now and then the
 * operator moves a future's reference price up to 400 ticks (1,200 in one move of five) (the run's orders and settlement
 * prices follow it; a book halted by trading through the moved band is resumed), and members pay into the default fund. Margin calls, defaults, close-outs
 * and waterfalls happen among the trading, and after every command the run's checks hold (the
 * ledger rebuilds every balance, all cash is net deposits, positions sum to zero, working lots
 * agree) and the default fund holds exactly the members' contributions less what defaults took.
 */
class DefaultConservationTest {

    /** Ten minutes to meet a margin call: a few hundred commands of the run. */
    static final DefaultRules CALLS_IN_TEN_MINUTES = new DefaultRules(10 * 60_000, 50);

    private static SequencedClearingRun volatileRun(long seed, int commands) {
        SequencedClearingRun run = new SequencedClearingRun(seed, CALLS_IN_TEN_MINUTES);
        volatileCommands(run, seed, commands);
        return run;
    }

    /** {@code commands} steps of the volatile run on {@code run}: its commands mixed with price moves, resumptions and contributions. */
    static void volatileCommands(SequencedClearingRun run, long seed, int commands) {
        SplittableRandom random = new SplittableRandom(~seed);
        for (int n = 0; n < commands; n++) {
            int dice = random.nextInt(1_000);
            if (dice < 10) {
                int instrument = FUTURES.get(random.nextInt(FUTURES.size()));
                // Now and then a crash or a squeeze, beyond any member's margin.
                int range = dice < 2 ? 1_200 : 400;
                long moved = run.engine.referencePrice(instrument) + random.nextInt(-range, range + 1);
                run.submit(new SetReferencePrice(run.time(), instrument, Math.max(500, moved)));
                run.check();
            } else if (dice < 25) {
                // Trading through the moved band halts a book; the operator resumes it.
                for (int instrument : ClearingFixtures.INSTRUMENTS) {
                    if (run.engine.session(instrument) == SessionState.HALTED) {
                        run.submit(new SessionCommand(run.time(), instrument, SessionAction.RESUME));
                        run.check();
                    }
                }
            } else if (dice < 29) {
                Command contribution = new ContributeDefaultFund(run.time(),
                        SequencedClearingRun.member(random.nextInt(SequencedClearingRun.MEMBERS)),
                        1 + random.nextInt(100_000), n);
                run.submit(contribution);
                run.check();
            } else {
                run.run(1);
            }
        }
    }

    @Test
    void cash_is_conserved_after_every_command_through_margin_calls_liquidations_and_waterfalls() {
        // A seed whose run reaches every layer: calls, defaults, resolutions and waterfall losses.
        SequencedClearingRun run = volatileRun(2031, 10_000);
        assertThat(run.marginCalls).as("margin calls").isGreaterThan(10);
        assertThat(run.defaults).as("defaults").isGreaterThan(5);
        assertThat(run.defaultsResolved).as("defaults resolved").isGreaterThan(5);
        assertThat(run.defaultLosses).as("waterfall ledger entries").isGreaterThan(5);
        assertThat(run.fundCommitted).as("contributions left in the fund").isGreaterThan(0);
        assertThat(run.eventTypes).contains("MarginCalled", "MarginCallMet").containsAll(
                ClearingConservationTest.SEQUENCER_DEFAULT_EVENTS);
    }

    @Test
    void the_journal_replays_the_defaults_to_the_same_stream_and_state_another_seed_differs() {
        SequencedClearingRun run = volatileRun(5, 3_000);
        assertThat(run.defaults).as("defaults in the journalled run").isPositive();
        run.replayThroughTheJournalCodec();
        assertThat(volatileRun(6, 1_000).engine.stateHash()).isNotEqualTo(volatileRun(5, 1_000).engine.stateHash());
    }
}
