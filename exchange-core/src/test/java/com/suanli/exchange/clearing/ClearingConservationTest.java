package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.ClearingEvent;
import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.ContractExpired;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.OutageReported;
import com.suanli.exchange.engine.event.PolicyExpired;
import com.suanli.exchange.engine.event.PolicyWritten;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Conservation and determinism over seeded random command streams (see {@link RandomClearingRun}). */
class ClearingConservationTest {
    private static final int MILLION = 1_000_000;
    private static final int SHORT_RUN = 30_000;
    static final List<String> SEQUENCER_DEFAULT_EVENTS = List.of("AccountDefaulted", "DefaultFundCharged",
            "DefaultResolved");

    @Test
    void a_million_random_commands_conserve_cash_and_positions_and_the_ledger_rebuilds_every_balance() {
        RandomClearingRun run = new RandomClearingRun(12);
        run.run(MILLION);

        assertThat(run.trades).isGreaterThan(MILLION / 10);
        // The pre-trade check's two paths, the bound and the exact what-if, both decided orders (and agreed
        // with the reference at every one: RandomClearingRun checks each).
        assertThat(run.acceptedWithinBound).isGreaterThan(MILLION / 100);
        assertThat(run.acceptedBeyondBound).isGreaterThan(MILLION / 1000);
        assertThat(run.refusedForMargin).isGreaterThan(MILLION / 1000);
        assertThat(run.sequenceGaps()).isZero();
        // Expiry and delivery end contracts this run keeps trading (DeliveryConservationTest runs them); a
        // default is declared and closed out by the engine, which this run of the house alone does not
        // have (DefaultConservationTest sees those events). InsuranceConservationTest runs insurance.
        Set<Class<?>> elsewhere = Set.of(ContractExpired.class, DeliveryChanged.class, PolicyWritten.class,
                OutageReported.class, ClaimPaid.class, PolicyExpired.class);
        assertThat(run.eventTypes).containsAll(Arrays.stream(ClearingEvent.class.getPermittedSubclasses())
                .filter(type -> !elsewhere.contains(type)).map(Class::getSimpleName)
                .filter(name -> !SEQUENCER_DEFAULT_EVENTS.contains(name)).toList());
        assertThat(run.methods).containsKeys("CLOSING_WINDOW_VWAP", "BEST_BID_OFFER_MID", "OPERATOR", "TRADES",
                "QUOTES_ADJUSTED");
        assertThat(run.rejects).contains(RejectReason.AMOUNT_NOT_POSITIVE,
                RejectReason.INSUFFICIENT_FREE_CASH, RejectReason.INSUFFICIENT_MARGIN,
                RejectReason.UNKNOWN_ACCOUNT, RejectReason.UNKNOWN_INSTRUMENT,
                RejectReason.NOT_ENOUGH_WORKING, RejectReason.DAY_ALREADY_SETTLED,
                RejectReason.OPERATOR_PRICE_REQUIRED, RejectReason.NOT_A_FUTURE,
                RejectReason.ACCOUNT_CANNOT_TRADE, RejectReason.ACCOUNT_KIND_NOT_ALLOWED,
                RejectReason.TIMESTAMP_BEFORE_CLEARING_TIME, RejectReason.FIELD_INVALID);
    }

    @Test
    void the_same_commands_give_the_same_state_and_events_and_other_commands_do_not() {
        RandomClearingRun first = new RandomClearingRun(42);
        RandomClearingRun second = new RandomClearingRun(42);
        RandomClearingRun other = new RandomClearingRun(43);
        first.run(SHORT_RUN);
        second.run(SHORT_RUN);
        other.run(SHORT_RUN);

        assertThat(second.stateHash()).isEqualTo(first.stateHash());
        assertThat(second.eventStreamHash()).isEqualTo(first.eventStreamHash());
        assertThat(other.stateHash()).isNotEqualTo(first.stateHash());
        assertThat(other.eventStreamHash()).isNotEqualTo(first.eventStreamHash());
    }
}
