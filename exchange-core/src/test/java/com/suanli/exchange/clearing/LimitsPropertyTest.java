package com.suanli.exchange.clearing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded runs through the engine with limits, credit limits and provider capacity set and reset
 * among the trading ({@link SequencedClearingRun}): after every command the conservation checks
 * of the run hold and the {@link LimitInvariants}; and every limit and both spot checks did
 * refuse orders, so the invariants were tested where they bind.
 */
class LimitsPropertyTest {
    private static final int COMMANDS = 15_000;

    @ParameterizedTest
    @ValueSource(longs = {3, 44})
    void limits_bind_and_conservation_holds_after_every_command(long seed) {
        SequencedClearingRun run = new SequencedClearingRun(seed);
        run.run(COMMANDS);
        assertThat(run.limits.refusals).as("refusals by limit").containsKeys("maxOrderLots", "maxPositionLots",
                "maxGrossLots", "maxWorkingOrders", "collarBps", "creditLimit", "price, quantity", "quantity");
        assertThat(run.trades).isPositive();
    }
}
