package com.suanli.exchange.clearing;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;


import static org.assertj.core.api.Assertions.assertThat;

/** Clearing inside the sequencer: conservation after every command, and determinism. */
class SequencedClearingTest {
    private static final int COMMANDS = 20_000;

    @Test
    void every_command_through_the_engine_keeps_cash_positions_working_lots_and_the_ledger_in_step() {
        SequencedClearingRun run = new SequencedClearingRun(12);
        run.run(COMMANDS);
        assertThat(run.trades).as("the run trades").isGreaterThan(1_000);
        assertThat(run.marginRefusals).as("the margin check refuses thin accounts").isPositive();
        assertThat(run.ledger.entries()).as("fees were posted").isGreaterThan(1_000);
        assertThat(run.variationMargin).as("settlements moved variation margin").isPositive();
        assertThat(run.clearingRefusals).as("bad clearing commands were refused").isPositive();
    }

    @Test
    void the_journal_carries_the_clearing_commands_so_a_replay_rebuilds_the_same_state() {
        SequencedClearingRun run = new SequencedClearingRun(21);
        run.run(5_000);
        run.replayThroughTheJournalCodec();
    }

    @Test
    void the_same_commands_give_the_same_stream_and_state_hash() {
        SequencedClearingRun first = new SequencedClearingRun(7);
        SequencedClearingRun second = new SequencedClearingRun(7);
        SequencedClearingRun other = new SequencedClearingRun(8);
        first.run(5_000);
        second.run(5_000);
        other.run(5_000);
        assertThat(second.eventStreamHash()).isEqualTo(first.eventStreamHash());
        assertThat(second.engine.stateHash()).isEqualTo(first.engine.stateHash());
        assertThat(other.eventStreamHash()).isNotEqualTo(first.eventStreamHash());
        assertThat(other.engine.stateHash()).isNotEqualTo(first.engine.stateHash());
    }

    @Test
    void commands_given_in_batches_read_ahead_give_the_same_stream_and_state_as_one_at_a_time() {
        for (long seed : new long[] {7, 12, 21}) {
            SequencedClearingRun run = new SequencedClearingRun(seed);
            run.run(5_000);
            assertThat(run.trades).as("the run trades").isGreaterThan(100);
            run.replayInBatches(seed, 64);
        }
    }

    @Test
    void tables_sized_before_trading_change_no_event_and_no_state() {
        SequencedClearingRun sized = new SequencedClearingRun(7);
        SequencedClearingRun grown = new SequencedClearingRun(7);
        Map<Integer, Integer> windows = new HashMap<>();
        for (int id : sized.engine.instrumentIds()) {
            windows.put(id, 64);
        }
        sized.engine.reserve(windows);
        sized.run(5_000);
        grown.run(5_000);
        assertThat(sized.trades).as("the run trades").isGreaterThan(100);
        assertThat(sized.eventStreamHash()).isEqualTo(grown.eventStreamHash());
        assertThat(sized.engine.stateHash()).isEqualTo(grown.engine.stateHash());
    }
}
