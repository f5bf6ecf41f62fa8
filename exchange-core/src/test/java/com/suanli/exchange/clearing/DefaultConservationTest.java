package com.suanli.exchange.clearing;

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
 * operator moves a future's reference price up to 250 ticks (the run's orders and settlement
 * prices follow it; a book halted by trading through the moved band is resumed), and members pay into the default fund. Margin calls, defaults, close-outs
 * and waterfalls happen among the trading, and after every command the run's checks hold (the
 * ledger rebuilds every balance, all cash is net deposits, positions sum to zero, working lots
 * agree) and the default fund holds exactly the members' contributions less what defaults took.
 */
class DefaultConservationTest {

    private static SequencedClearingRun volatileRun(long seed, int commands) {
        SequencedClearingRun run = new SequencedClearingRun(seed);
        SplittableRandom random = new SplittableRandom(~seed);
        for (int n = 0; n < commands; n++) {
            int dice = random.nextInt(1_000);
            if (dice < 15) {
                int instrument = FUTURES.get(random.nextInt(FUTURES.size()));
                long moved = run.engine.referencePrice(instrument) + random.nextInt(-250, 251);
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
        return run;
    }

    @Test
    void cash_is_conserved_through_margin_calls_liquidations_and_waterfalls() {
        SequencedClearingRun run = volatileRun(2027, 20_000);
        System.out.printf("calls %d defaults %d resolved %d losses %d fund %d trades %d%n", run.marginCalls, run.defaults, run.defaultsResolved, run.defaultLosses, run.fundCommitted, run.trades);
        assertThat(run.marginCalls).as("margin calls").isGreaterThan(10);
        assertThat(run.defaults).as("defaults").isGreaterThan(2);
        assertThat(run.defaultsResolved).as("defaults resolved").isGreaterThan(0);
        assertThat(run.fundCommitted).as("contributions left in the fund").isGreaterThan(0);
    }

    @Test
    void the_same_seed_gives_the_same_stream_and_state_another_seed_others() {
        SequencedClearingRun first = volatileRun(5, 8_000);
        SequencedClearingRun second = volatileRun(5, 8_000);
        SequencedClearingRun other = volatileRun(6, 8_000);
        assertThat(second.eventStreamHash()).isEqualTo(first.eventStreamHash());
        assertThat(second.engine.stateHash()).isEqualTo(first.engine.stateHash());
        assertThat(other.engine.stateHash()).isNotEqualTo(first.engine.stateHash());
    }
}
