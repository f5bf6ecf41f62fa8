package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Expire;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.ReportDelivery;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetDeliveryTerms;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ContractExpired;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static com.suanli.exchange.clearing.SequencedClearingRun.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Expiry and delivery commands through {@link Engine#submit}, and through the journal codec into a replica. */
class DeliveryThroughEngineTest {
    private static final long SELLER = SequencedClearingRun.member(1);
    private static final long BUYER = SequencedClearingRun.member(2);

    @Test
    void a_spot_day_cut_and_its_delivery_go_through_the_sequencer_and_replay_from_the_journal() {
        List<ExchangeEvent> events = new ArrayList<>();
        EventStreamHash hash = new EventStreamHash();
        Engine engine = SequencedClearingRun.clearedEngine(e -> {
            events.add(e);
            hash.onEvent(e);
        });
        long t = START;
        List<Command> journal = List.of(
                new SetDeliveryTerms(t, "H100", Hub.YRD, 5_000, 700_000, 597_800),
                new SessionCommand(t + 1, SPOT_YRD, SessionAction.OPEN_CONTINUOUS),
                // A spot buy is paid for in full: the buyer's cash must cover it beyond its margin.
                new Deposit(t + 1, BUYER, 1_000_000, 1),
                PlaceOrder.limit(t + 2, SELLER, 1, SPOT_YRD, Side.ASK, 2_150, 2, TimeInForce.DAY),
                PlaceOrder.limit(t + 3, BUYER, 2, SPOT_YRD, Side.BID, 2_150, 2, TimeInForce.DAY),
                new Expire(t + 4, SPOT_YRD, LocalDate.of(2027, 1, 4)),
                new ReportDelivery(t + 5, 1, 1_500, 500),
                new ReportDelivery(t + 6, 1, 1, 0),
                new SetDeliveryTerms(t + 7, "H100", Hub.YRD, -1, 700_000, 597_800));
        journal.forEach(engine::submit);

        assertThat(engine.clearingFaults()).isZero();
        assertThat(events).filteredOn(ContractExpired.class::isInstance).singleElement()
                .extracting(e -> ((ContractExpired) e).price()).isEqualTo(2_150L);
        assertThat(events).filteredOn(DeliveryChanged.class::isInstance).map(e -> ((DeliveryChanged) e).status())
                .containsExactly(DeliveryStatus.SCHEDULED, DeliveryStatus.PARTLY_FAILED);
        // 1,500 GPU-hours at 21.50 paid, 500 x 21.50 x 50% penalty.
        assertThat(events).filteredOn(CashMoved.class::isInstance).map(CashMoved.class::cast)
                .filteredOn(c -> c.reason() == CashReason.DELIVERY_PAYMENT || c.reason() == CashReason.PENALTY)
                .extracting(CashMoved::reason, CashMoved::debitAccount, CashMoved::creditAccount, CashMoved::amount)
                .containsExactly(tuple(CashReason.DELIVERY_PAYMENT, BUYER, SELLER, 3_225_000L),
                        tuple(CashReason.PENALTY, SELLER, BUYER, 537_500L));
        assertThat(events).filteredOn(CommandRejected.class::isInstance).map(e -> ((CommandRejected) e).reason())
                .containsExactly(RejectReason.DELIVERY_FINISHED, RejectReason.FIELD_INVALID);
        assertThat(engine.position(BUYER, SPOT_YRD).netLots()).isZero();

        EventStreamHash replayed = new EventStreamHash();
        Engine replica = JournalReplica.replay(journal, replayed);
        assertThat(replayed.value()).isEqualTo(hash.value());
        assertThat(replica.stateHash()).isEqualTo(engine.stateHash());
    }

    @Test
    void a_delivery_report_changes_the_state_hash() {
        Engine engine = SequencedClearingRun.clearedEngine(e -> { });
        engine.submit(new SetDeliveryTerms(START, "H100", Hub.YRD, 5_000, 700_000, 597_800));
        engine.submit(new SessionCommand(START, SPOT_YRD, SessionAction.OPEN_CONTINUOUS));
        engine.submit(PlaceOrder.limit(START, SELLER, 1, SPOT_YRD, Side.ASK, 2_150, 1, TimeInForce.DAY));
        engine.submit(PlaceOrder.limit(START, BUYER, 2, SPOT_YRD, Side.BID, 2_150, 1, TimeInForce.DAY));
        engine.submit(new Expire(START, SPOT_YRD, LocalDate.of(2027, 1, 4)));
        long before = engine.stateHash();
        engine.submit(new ReportDelivery(START, 1, 1, 0));
        assertThat(engine.stateHash()).isNotEqualTo(before);
    }
}
