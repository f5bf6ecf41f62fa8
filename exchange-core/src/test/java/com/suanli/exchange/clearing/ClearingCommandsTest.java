package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.LoadRiskArray;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.Withdraw;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.engine.event.SettlementMethod;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.Catalogue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.suanli.exchange.clearing.ClearingFixtures.FEB_YRD;
import static com.suanli.exchange.clearing.SequencedClearingRun.START;
import static com.suanli.exchange.clearing.SequencedClearingRun.member;
import static org.assertj.core.api.Assertions.assertThat;

/** The bad input, and margin on amendments, through {@link Engine#submit}. */
class ClearingCommandsTest {
    private static final long THIN = member(0);
    private static final long RICH = member(1);

    private final List<ExchangeEvent> events = new ArrayList<>();
    private final Engine engine = SequencedClearingRun.clearedEngine(events::add);
    private long time = START;

    private List<ExchangeEvent> send(Command command) {
        int from = events.size();
        engine.submit(command);
        time += 1_000;
        return List.copyOf(events.subList(from, events.size()));
    }

    private CommandRejected refused(Command command, RejectReason reason) {
        long cash = engine.cash(RICH);
        long deposits = engine.netDeposits();
        List<ExchangeEvent> out = send(command);
        assertThat(out).hasSize(1);
        CommandRejected r = (CommandRejected) out.get(0);
        assertThat(r.reason()).as(r.message()).isEqualTo(reason);
        assertThat(r.command()).isEqualTo(command.kind());
        assertThat(engine.cash(RICH)).isEqualTo(cash);
        assertThat(engine.netDeposits()).isEqualTo(deposits);
        return r;
    }

    @Test
    void a_withdrawal_beyond_free_cash_is_refused_naming_the_amount_and_the_account() {
        CommandRejected r = refused(new Withdraw(time, RICH, 5_000_001, 7), RejectReason.INSUFFICIENT_FREE_CASH);
        assertThat(r.message()).startsWith("amount: 50000.01 CNY exceeds the free cash 50000.00 CNY of account " + RICH);
        assertThat(r.account()).isEqualTo(RICH);
    }

    @Test
    void a_deposit_of_zero_an_unknown_account_and_an_unlisted_contract_are_refused() {
        assertThat(refused(new Deposit(time, RICH, 0, 1), RejectReason.AMOUNT_NOT_POSITIVE).message())
                .startsWith("amount:");
        assertThat(refused(new Deposit(time, 424_242, 100, 1), RejectReason.UNKNOWN_ACCOUNT).message())
                .contains("424242");
        assertThat(refused(new Settle(time, 9_999, LocalDate.of(2027, 1, 4), 2_000), RejectReason.UNKNOWN_INSTRUMENT)
                .message()).startsWith("instrumentId: 9999");
    }

    @Test
    void a_risk_array_of_the_most_negative_long_is_refused_not_overflowed() {
        // Found by the seeded run's hostile fields: Math.abs(Long.MIN_VALUE) is negative and passed the bound.
        assertThat(refused(new LoadRiskArray(time, FEB_YRD, Collections.nCopies(16, Long.MIN_VALUE)),
                RejectReason.FIELD_INVALID).message())
                .isEqualTo("losses[0]: must be within +-4294967296 fen, was -9223372036854775808");
    }

    @Test
    void an_engine_without_a_clearing_house_refuses_clearing_commands() {
        List<ExchangeEvent> out = new ArrayList<>();
        Engine bare = new Engine(Catalogue.of(List.of(ClearingFixtures.LISTINGS.get(0).spec())), EngineConfig.defaults(),
                out::add);
        bare.submit(new Deposit(time, RICH, 100, 1));
        assertThat(out).singleElement().isInstanceOfSatisfying(CommandRejected.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.NO_CLEARING_HOUSE);
            assertThat(r.command()).isEqualTo(RejectedCommand.DEPOSIT);
        });
    }

    @Test
    void margin_is_checked_on_the_lots_an_order_adds_so_a_price_amendment_is_not_counted_twice() {
        send(new SessionCommand(time, FEB_YRD, SessionAction.OPEN_CONTINUOUS));
        // 4,000 CNY covers one lot of February (scan 3,225 CNY, initial 110%: 3,547.50) but not two.
        OrderAccepted one = (OrderAccepted) send(PlaceOrder.limit(time, THIN, 1, FEB_YRD, Side.BID, 2_149, 1,
                TimeInForce.GTC)).get(0);
        assertThat(engine.initialMargin(THIN)).isEqualTo(354_750);
        assertThat(send(new AmendPrice(time, THIN, one.orderId(), 2_148)).get(0)).isNotInstanceOf(CommandRejected.class);
        CommandRejected second = refused(PlaceOrder.limit(time, THIN, 2, FEB_YRD, Side.BID, 2_148, 1, TimeInForce.GTC),
                RejectReason.PRE_TRADE_CHECK);
        assertThat(second.message()).contains("initial margin");
        assertThat(refused(PlaceOrder.limit(time, 424_242, 3, FEB_YRD, Side.BID, 2_148, 1, TimeInForce.GTC),
                RejectReason.PRE_TRADE_CHECK).message()).isEqualTo("account: no account 424242");
    }

    @Test
    void a_settlement_publishes_its_price_in_the_one_stream_after_the_engine_events() {
        send(new SessionCommand(time, FEB_YRD, SessionAction.OPEN_CONTINUOUS));
        long before = engine.lastSequence();
        List<ExchangeEvent> out = send(new Settle(time, FEB_YRD, LocalDate.of(2027, 1, 4), 2_151));
        SettlementPricePublished p = (SettlementPricePublished) out.get(0);
        assertThat(p.sequence()).isEqualTo(before + 1);
        assertThat(p.price()).isEqualTo(2_151);
        assertThat(p.method()).isEqualTo(SettlementMethod.OPERATOR);
        assertThat(engine.cash(ClearingFixtures.SETTLEMENT)).isZero();
    }
}
