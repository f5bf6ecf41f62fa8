package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.defaults.DefaultRules;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ContributeDefaultFund;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.command.Withdraw;
import com.suanli.exchange.engine.event.AccountDefaulted;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.DefaultFundCharged;
import com.suanli.exchange.engine.event.DefaultResolved;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.MarginCallMet;
import com.suanli.exchange.engine.event.MarginCalled;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.Catalogue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.suanli.exchange.clearing.ClearingFixtures.CAPITAL;
import static com.suanli.exchange.clearing.ClearingFixtures.DEFAULT_FUND;
import static com.suanli.exchange.clearing.ClearingFixtures.FEB_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.LISTINGS;
import static com.suanli.exchange.clearing.SequencedClearingRun.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Margin calls, liquidation and the default waterfall through {@link Engine#submit}, worked by
 * hand. H100 Feb at YRD: a tick is 1,000 fen a lot, one lot's maintenance margin (its scan range)
 * 322,500 fen and its initial margin 110% of that; the taker pays 300 fen a lot, the maker gets 100.
 */
class DefaultManagementTest {
    private static final long DEBTOR = 2_001;
    private static final long MAKER = 2_002;
    private static final long MEMBER_C = 2_003;
    private static final long MEMBER_D = 2_004;
    private static final long HOUR = 3_600_000;
    /** An hour to meet a call; the exchange's closing orders go at most 20 ticks through the best price. */
    private static final DefaultRules RULES = new DefaultRules(HOUR, 20);
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private final List<ExchangeEvent> events = new ArrayList<>();
    private final LedgerReplay ledger = new LedgerReplay();
    private final Engine engine = engine();
    private long time = START;
    private long clientId = 1;

    private Engine engine() {
        Catalogue catalogue = Catalogue.of(LISTINGS.stream().map(ClearingFixtures.Listing::spec).toList());
        return new Engine(catalogue, EngineConfig.defaults(), event -> {
            events.add(event);
            ledger.onEvent(event);
        }, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST, events -> {
            ClearingHouse house = ClearingFixtures.exchange(events, RULES);
            ClearingFixtures.member(house, 30, DEBTOR, AccountKind.TRADER, 1_000_000);
            ClearingFixtures.member(house, 31, MAKER, AccountKind.MARKET_MAKER, 100_000_000);
            ClearingFixtures.member(house, 32, MEMBER_C, AccountKind.TRADER, 1_000_000);
            ClearingFixtures.member(house, 33, MEMBER_D, AccountKind.TRADER, 1_000_000);
            ClearingFixtures.accept(house.deposit(ClearingFixtures.T0, CAPITAL, 150_000, 1));
            return house;
        });
    }

    private List<ExchangeEvent> send(Command command) {
        int from = events.size();
        engine.submit(command);
        assertThat(engine.clearingFaults()).as(engine.firstClearingFault()).isZero();
        return List.copyOf(events.subList(from, events.size()));
    }

    private List<ExchangeEvent> at(long when, Command command) {
        time = when;
        return send(command);
    }

    private void open() {
        send(new SessionCommand(time, FEB_YRD, SessionAction.OPEN_CONTINUOUS));
    }

    /** The debtor buys 2 lots at 2,150 from the market maker's resting offer, as the taker: 600 fen of fees. */
    private void debtorBuysTwoAt2150() {
        send(PlaceOrder.limit(time, MAKER, clientId++, FEB_YRD, Side.ASK, 2_150, 2, TimeInForce.GTC));
        List<ExchangeEvent> out = send(PlaceOrder.limit(time, DEBTOR, clientId++, FEB_YRD, Side.BID, 2_150, 2,
                TimeInForce.IOC));
        assertThat(of(out, TradeExecuted.class)).hasSize(1);
    }

    private static <T> List<T> of(List<ExchangeEvent> out, Class<T> type) {
        return out.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void ledgerRebuildsEveryBalance() {
        long inside = 0;
        for (long account : List.of(DEBTOR, MAKER, MEMBER_C, MEMBER_D, DEFAULT_FUND, CAPITAL, ClearingFixtures.FEE,
                ClearingFixtures.SETTLEMENT)) {
            assertThat(ledger.balance(account)).as("account %d rebuilt from the ledger", account)
                    .isEqualTo(engine.cash(account));
            inside += engine.cash(account);
        }
        assertThat(inside).as("all cash is net deposits").isEqualTo(engine.netDeposits());
    }

    /**
     * Long 2 at 2,150 with 999,400 fen after the fee and a sell of 1 at 2,300 working; settled at
     * 1,950: variation margin -400,000, cash 599,400 below the maintenance 645,000; called for
     * 709,500 - 599,400 = 110,100 fen by an hour later.
     */
    private MarginCalled debtorCalled() {
        open();
        debtorBuysTwoAt2150();
        send(PlaceOrder.limit(time, DEBTOR, clientId++, FEB_YRD, Side.ASK, 2_300, 1, TimeInForce.GTC));
        List<ExchangeEvent> out = at(time + 1_000, new Settle(time + 1_000, FEB_YRD, MONDAY, 1_950));
        assertThat(engine.cash(DEBTOR)).isEqualTo(599_400);
        List<MarginCalled> calls = of(out, MarginCalled.class);
        assertThat(calls).hasSize(1);
        MarginCalled call = calls.get(0);
        assertThat(call.account()).isEqualTo(DEBTOR);
        assertThat(call.cash()).isEqualTo(599_400);
        assertThat(call.maintenance()).isEqualTo(645_000);
        assertThat(call.initial()).isEqualTo(709_500);
        assertThat(call.amount()).isEqualTo(110_100);
        assertThat(call.deadline()).isEqualTo(time + HOUR);
        return call;
    }

    @Test
    void a_settlement_that_takes_cash_below_maintenance_calls_for_initial_margin_and_a_deposit_that_covers_it_meets_it() {
        MarginCalled call = debtorCalled();
        List<ExchangeEvent> short1 = at(time + 1_000, new Deposit(time + 1_000, DEBTOR, 110_099, 7));
        assertThat(of(short1, MarginCallMet.class)).as("one fen short").isEmpty();
        List<ExchangeEvent> met = at(time + 1_000, new Deposit(time + 1_000, DEBTOR, 1, 8));
        assertThat(of(met, MarginCallMet.class)).containsExactly(
                new MarginCallMet(met.get(1).sequence(), time, call.callId(), DEBTOR, 709_500, 709_500));
        List<ExchangeEvent> later = at(call.deadline() + 1, new TimeTick(call.deadline() + 1));
        assertThat(of(later, AccountDefaulted.class)).as("a met call never defaults").isEmpty();
        assertThat(engine.position(DEBTOR, FEB_YRD).netLots()).isEqualTo(2);
        ledgerRebuildsEveryBalance();
    }

    @Test
    void a_call_unmet_at_its_deadline_liquidates_the_account_its_orders_cancelled_its_positions_closed_into_the_market() {
        MarginCalled call = debtorCalled();
        send(PlaceOrder.limit(time, MAKER, clientId++, FEB_YRD, Side.BID, 1_940, 2, TimeInForce.GTC));
        assertThat(of(at(call.deadline(), new TimeTick(call.deadline())), AccountDefaulted.class))
                .as("still time at the deadline itself").isEmpty();

        List<ExchangeEvent> out = at(call.deadline() + 1, new TimeTick(call.deadline() + 1));
        List<AccountDefaulted> defaulted = of(out, AccountDefaulted.class);
        assertThat(defaulted).hasSize(1);
        assertThat(defaulted.get(0).account()).isEqualTo(DEBTOR);
        assertThat(defaulted.get(0).callId()).isEqualTo(call.callId());
        assertThat(defaulted.get(0).cash()).isEqualTo(599_400);
        long defaultId = defaulted.get(0).defaultId();
        assertThat(of(out, OrderCancelled.class)).singleElement().satisfies(c -> {
            assertThat(c.account()).isEqualTo(DEBTOR);
            assertThat(c.reason()).isEqualTo(CancelReason.DEFAULT);
            assertThat(c.cancelledQuantity()).isEqualTo(1);
        });
        assertThat(of(out, OrderAccepted.class)).singleElement().satisfies(o -> {
            assertThat(o.account()).isEqualTo(DEBTOR);
            assertThat(o.type()).isEqualTo(OrderType.MARKET);
            assertThat(o.side()).isEqualTo(Side.ASK);
            assertThat(o.quantity()).isEqualTo(2);
            assertThat(o.clientOrderId()).isEqualTo(defaultId);
        });
        assertThat(of(out, TradeExecuted.class)).singleElement().satisfies(t -> {
            assertThat(t.price()).isEqualTo(1_940);
            assertThat(t.sellAccount()).isEqualTo(DEBTOR);
            assertThat(t.buyAccount()).isEqualTo(MAKER);
        });
        assertThat(engine.position(DEBTOR, FEB_YRD).netLots()).isZero();
        assertThat(engine.workingOrders(DEBTOR)).isEmpty();
        assertThat(of(out, DefaultResolved.class)).as("the close-out's variation margin is still to pay").isEmpty();

        CommandRejected order = (CommandRejected) send(PlaceOrder.limit(time, DEBTOR, clientId++, FEB_YRD, Side.BID,
                1_940, 1, TimeInForce.GTC)).get(0);
        assertThat(order.reason()).isEqualTo(RejectReason.PRE_TRADE_CHECK);
        assertThat(order.message()).contains("account: " + DEBTOR + " is in default (default " + defaultId + ")");
        CommandRejected withdrawal = (CommandRejected) send(new Withdraw(time, DEBTOR, 1, 9)).get(0);
        assertThat(withdrawal.reason()).isEqualTo(RejectReason.ACCOUNT_IN_DEFAULT);

        // Next day: the close at 1,940 pays 2 x (1,940 - 1,950) x 1,000 = -20,000; with the 600 fee
        // the debtor keeps 599,400 - 20,600 = 578,800: no loss beyond its margin.
        List<ExchangeEvent> settled = at(time + 1_000, new Settle(time + 1_000, FEB_YRD, MONDAY.plusDays(1), 1_940));
        assertThat(of(settled, DefaultResolved.class)).containsExactly(new DefaultResolved(
                settled.get(settled.size() - 1).sequence(), time, defaultId, DEBTOR, 20_600, 0, 0, 0, 0));
        assertThat(engine.cash(DEBTOR)).isEqualTo(578_800);
        assertThat(of(send(PlaceOrder.limit(time, DEBTOR, clientId++, FEB_YRD, Side.BID, 1_940, 1, TimeInForce.GTC)),
                OrderAccepted.class)).as("resolved, it trades again").hasSize(1);
        ledgerRebuildsEveryBalance();
    }

    @Test
    void lots_the_market_cannot_take_at_the_default_are_offered_again_at_each_time_tick() {
        MarginCalled call = debtorCalled();
        List<ExchangeEvent> out = at(call.deadline() + 1, new TimeTick(call.deadline() + 1));
        long defaultId = of(out, AccountDefaulted.class).get(0).defaultId();
        assertThat(of(out, CommandRejected.class)).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.NO_LIQUIDITY_FOR_MARKET);
            assertThat(r.account()).isEqualTo(DEBTOR);
            assertThat(r.clientOrderId()).isEqualTo(defaultId);
        });
        assertThat(engine.position(DEBTOR, FEB_YRD).netLots()).isEqualTo(2);

        send(PlaceOrder.limit(time, MAKER, clientId++, FEB_YRD, Side.BID, 1_940, 1, TimeInForce.GTC));
        assertThat(of(send(new Deposit(time, MEMBER_C, 1, 10)), TradeExecuted.class)).as("only a tick retries").isEmpty();
        assertThat(of(send(new TimeTick(time)), TradeExecuted.class)).singleElement()
                .satisfies(t -> assertThat(t.quantity()).isEqualTo(1));
        send(PlaceOrder.limit(time, MAKER, clientId++, FEB_YRD, Side.BID, 1_939, 1, TimeInForce.GTC));
        send(new TimeTick(time));
        assertThat(engine.position(DEBTOR, FEB_YRD).netLots()).isZero();
        ledgerRebuildsEveryBalance();
    }

    /**
     * Contributions: debtor 200,000, C 300,000, D 100,000; the exchange's capital 150,000. The
     * debtor (800,000 left, 799,400 after its fee) is long 2 at 2,150 when the market falls to
     * 1,500: variation margin 2 x -650 x 1,000 = -1,300,000 leaves it -500,600. Unmet, it is closed
     * out at 1,500 (nothing more to settle) paying a 600 fee: deficit 501,200 = its contribution
     * 200,000 + capital 150,000 + mutualised 151,200 (C 3/4: 113,400; D 1/4: 37,800).
     */
    @Test
    void a_loss_beyond_the_collateral_goes_down_the_waterfall_to_the_mutualised_default_fund() {
        send(new ContributeDefaultFund(time, DEBTOR, 200_000, 1));
        send(new ContributeDefaultFund(time, MEMBER_C, 300_000, 2));
        send(new ContributeDefaultFund(time, MEMBER_D, 100_000, 3));
        assertThat(engine.cash(DEFAULT_FUND)).isEqualTo(600_000);
        open();
        debtorBuysTwoAt2150();
        send(new SetReferencePrice(time, FEB_YRD, 1_500));
        List<ExchangeEvent> settled = at(time + 1_000, new Settle(time + 1_000, FEB_YRD, MONDAY, 1_500));
        assertThat(engine.cash(DEBTOR)).isEqualTo(-500_600);
        MarginCalled call = of(settled, MarginCalled.class).get(0);
        assertThat(call.amount()).isEqualTo(709_500 + 500_600);
        send(PlaceOrder.limit(time, MAKER, clientId++, FEB_YRD, Side.BID, 1_500, 2, TimeInForce.GTC));

        List<ExchangeEvent> out = at(call.deadline() + 1, new TimeTick(call.deadline() + 1));
        long defaultId = of(out, AccountDefaulted.class).get(0).defaultId();
        assertThat(of(out, TradeExecuted.class)).singleElement().satisfies(t -> assertThat(t.price()).isEqualTo(1_500));
        List<CashMoved> losses = of(out, CashMoved.class).stream().filter(c -> c.reason() == CashReason.DEFAULT_LOSS)
                .toList();
        assertThat(losses).extracting(CashMoved::debitAccount, CashMoved::creditAccount, CashMoved::amount,
                CashMoved::reference).containsExactly(
                tuple(DEFAULT_FUND, DEBTOR, 200_000L, defaultId),
                tuple(CAPITAL, DEBTOR, 150_000L, defaultId),
                tuple(DEFAULT_FUND, DEBTOR, 113_400L, defaultId),
                tuple(DEFAULT_FUND, DEBTOR, 37_800L, defaultId));
        assertThat(of(out, DefaultFundCharged.class)).extracting(DefaultFundCharged::account,
                DefaultFundCharged::amount, DefaultFundCharged::contribution).containsExactly(
                tuple(DEBTOR, 200_000L, 0L),
                tuple(MEMBER_C, 113_400L, 186_600L),
                tuple(MEMBER_D, 37_800L, 62_200L));
        DefaultResolved resolved = of(out, DefaultResolved.class).get(0);
        assertThat(resolved).isEqualTo(new DefaultResolved(resolved.sequence(), time, defaultId, DEBTOR, 0, 200_000,
                150_000, 151_200, 0));
        assertThat(engine.cash(DEBTOR)).isZero();
        assertThat(engine.cash(CAPITAL)).isZero();
        assertThat(engine.cash(DEFAULT_FUND)).isEqualTo(186_600 + 62_200);
        ledgerRebuildsEveryBalance();

        CommandRejected withdrawal = (CommandRejected) send(new Withdraw(time, DEFAULT_FUND, 1, 9)).get(0);
        assertThat(withdrawal.reason()).as("the members' contributions are committed").isEqualTo(
                RejectReason.INSUFFICIENT_FREE_CASH);
    }

    @Test
    void a_contribution_is_refused_beyond_free_cash_from_a_house_account_and_of_zero_moving_nothing() {
        assertThat(refusal(new ContributeDefaultFund(time, DEBTOR, 1_000_001, 1))).isEqualTo(
                RejectReason.INSUFFICIENT_FREE_CASH);
        assertThat(refusal(new ContributeDefaultFund(time, CAPITAL, 1, 1))).isEqualTo(
                RejectReason.ACCOUNT_KIND_NOT_ALLOWED);
        assertThat(refusal(new ContributeDefaultFund(time, DEBTOR, 0, 1))).isEqualTo(RejectReason.AMOUNT_NOT_POSITIVE);
        assertThat(refusal(new ContributeDefaultFund(time, 77, 5, 1))).isEqualTo(RejectReason.UNKNOWN_ACCOUNT);
        assertThat(engine.cash(DEFAULT_FUND)).isZero();
        ledgerRebuildsEveryBalance();
    }

    /** The reason a command is refused for: its rejection is all it publishes, so no cash moves. */
    private RejectReason refusal(Command command) {
        List<ExchangeEvent> out = send(command);
        assertThat(out).hasSize(1);
        return ((CommandRejected) out.get(0)).reason();
    }
}
