package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ReportOutage;
import com.suanli.exchange.engine.command.WritePolicy;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.ClaimPaid;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.suanli.exchange.clearing.SequencedClearingRun.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Insurance commands through {@link Engine#submit}, and through the journal codec into a replica. */
class InsuranceThroughEngineTest {
    private static final long INSURER = SequencedClearingRun.member(1);
    private static final long HOLDER = SequencedClearingRun.member(5);
    private static final long HOUR = 3_600_000;
    /** START is 09:00 on Monday 4 January 2027 in Shanghai. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    /**
     * 100 GPUs covered for the week from 09:00, when the policy is written, with 30 minutes
     * deductible; half the hub's 1,000 GPUs down from 08:00 to 11:00: the two covered hours less the
     * deductible, 100 x 50% x 1.5 h x 21.50 CNY (the spot's reference, no fixing yet) = 161,250 fen.
     */
    @Test
    void a_policy_and_its_claim_go_through_the_sequencer_and_replay_from_the_journal() {
        List<ExchangeEvent> events = new ArrayList<>();
        EventStreamHash hash = new EventStreamHash();
        Engine engine = SequencedClearingRun.clearedEngine(e -> {
            events.add(e);
            hash.onEvent(e);
        });
        List<Command> journal = List.of(
                new WritePolicy(START, HOLDER, INSURER, PolicyKind.OUTAGE_COVER, "H100", Hub.YRD, MONDAY,
                        MONDAY.plusDays(4), 100, 30, 1_000_000, 20_000),
                new ReportOutage(START + 1, "H100", Hub.YRD, START - HOUR, START + 2 * HOUR, 500, 1_000),
                new WritePolicy(START + 2, HOLDER, INSURER, PolicyKind.OUTAGE_COVER, "H100", Hub.YRD, MONDAY,
                        MONDAY.plusDays(4), 100, 30, 1_000_000, 0),
                new ReportOutage(START + 3, "H100", Hub.GBA, START, START + HOUR, 1, 1));
        long before = engine.stateHash();
        engine.submit(journal.get(0));
        assertThat(engine.stateHash()).isNotEqualTo(before);
        journal.subList(1, journal.size()).forEach(engine::submit);

        assertThat(engine.clearingFaults()).isZero();
        assertThat(events).filteredOn(CashMoved.class::isInstance).map(CashMoved.class::cast)
                .filteredOn(c -> c.reason() == CashReason.INSURANCE_PREMIUM || c.reason() == CashReason.INSURANCE_CLAIM)
                .extracting(CashMoved::reason, CashMoved::debitAccount, CashMoved::creditAccount, CashMoved::amount)
                .containsExactly(tuple(CashReason.INSURANCE_PREMIUM, HOLDER, INSURER, 20_000L),
                        tuple(CashReason.INSURANCE_CLAIM, INSURER, HOLDER, 161_250L));
        assertThat(events).filteredOn(ClaimPaid.class::isInstance).map(ClaimPaid.class::cast)
                .extracting(ClaimPaid::policyId, ClaimPaid::day, ClaimPaid::amount).containsExactly(tuple(1L, MONDAY,
                        161_250L));
        assertThat(events).filteredOn(CommandRejected.class::isInstance).map(CommandRejected.class::cast)
                .extracting(CommandRejected::command, CommandRejected::account, CommandRejected::reason,
                        CommandRejected::message)
                .containsExactly(tuple(RejectedCommand.WRITE_POLICY, HOLDER, RejectReason.FIELD_INVALID,
                                "premium: must be 1 to 1125899906842624 fen, was 0 (policy of holder account 1005)"),
                        tuple(RejectedCommand.REPORT_OUTAGE, 0L, RejectReason.UNKNOWN_INDEX,
                                "productCode, hub: no spot index of H100 at GBA"));
        assertThat(engine.cash(HOLDER)).isEqualTo(SequencedClearingRun.funds(5) - 20_000 + 161_250);

        EventStreamHash replayed = new EventStreamHash();
        Engine replica = JournalReplica.replay(journal, replayed);
        assertThat(replayed.value()).isEqualTo(hash.value());
        assertThat(replica.stateHash()).isEqualTo(engine.stateHash());
    }
}
