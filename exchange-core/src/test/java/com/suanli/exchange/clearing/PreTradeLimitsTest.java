package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.RegisterCapacity;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetAccountLimits;
import com.suanli.exchange.engine.command.SetCreditLimit;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.Withdraw;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.Hub;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static com.suanli.exchange.clearing.ClearingFixtures.FEB_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.MAR_YRD;
import static com.suanli.exchange.clearing.ClearingFixtures.SPOT_YRD;
import static com.suanli.exchange.clearing.SequencedClearingRun.START;
import static com.suanli.exchange.clearing.SequencedClearingRun.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits and spot risk through {@link Engine#submit}: the commands that set them, the
 * engine's {@code PRE_TRADE_CHECK} refusal carrying the house's message, and amendments and
 * replacing quotes counted once. Accounts: {@code member(1)} a market maker and {@code member(3)}
 * a trader, 50,000 CNY each.
 */
class PreTradeLimitsTest {
    private static final long MAKER = member(1);
    private static final long TRADER = member(3);
    private static final long PROVIDER = 3_001;

    private final List<ExchangeEvent> events = new ArrayList<>();
    private final Engine engine = SequencedClearingRun.clearedEngine(events::add);
    private long time = START;
    private long clientId = 1;

    PreTradeLimitsTest() {
        send(new SessionCommand(time, FEB_YRD, SessionAction.OPEN_CONTINUOUS));
        send(new SessionCommand(time, MAR_YRD, SessionAction.OPEN_CONTINUOUS));
        send(new SessionCommand(time, SPOT_YRD, SessionAction.OPEN_CONTINUOUS));
    }

    private List<ExchangeEvent> send(Command command) {
        int from = events.size();
        engine.submit(command);
        time += 1_000;
        return List.copyOf(events.subList(from, events.size()));
    }

    /** Accepted: no rejection among its events; the first of them, or null when it published none. */
    private ExchangeEvent accepted(Command command) {
        List<ExchangeEvent> out = send(command);
        assertThat(out).as("%s", out).noneMatch(CommandRejected.class::isInstance);
        return out.isEmpty() ? null : out.get(0);
    }

    /** Refused by the pre-trade check with the house's message; the account's orders and cash unchanged. */
    private String refused(Command command) {
        long account = command.account();
        int working = engine.workingOrders(account).size();
        long cash = engine.cash(account);
        List<ExchangeEvent> out = send(command);
        assertThat(out).singleElement().isInstanceOf(CommandRejected.class);
        CommandRejected r = (CommandRejected) out.get(0);
        assertThat(r.reason()).isEqualTo(RejectReason.PRE_TRADE_CHECK);
        assertThat(engine.workingOrders(account)).hasSize(working);
        assertThat(engine.cash(account)).isEqualTo(cash);
        return r.message();
    }

    private PlaceOrder buy(long account, int instrument, long price, long lots) {
        return PlaceOrder.limit(time, account, clientId++, instrument, Side.BID, price, lots, TimeInForce.GTC);
    }

    private PlaceOrder sell(long account, int instrument, long price, long lots) {
        return PlaceOrder.limit(time, account, clientId++, instrument, Side.ASK, price, lots, TimeInForce.GTC);
    }

    @Test
    void a_price_amendment_of_a_spot_buy_costs_only_the_change() {
        // 1 lot at 2,150: 21,503.00 CNY with the fee and 3,547.50 margin; a second lot does not fit in 50,000.
        OrderAccepted first = (OrderAccepted) accepted(buy(TRADER, SPOT_YRD, 2_150, 1));
        assertThat(refused(buy(TRADER, SPOT_YRD, 2_150, 1))).startsWith("price, quantity: a spot buy of 1 lots");
        accepted(new AmendPrice(time, TRADER, first.orderId(), 2_160));
        accepted(new AmendPrice(time, TRADER, first.orderId(), 2_140));
        // 50,000 less 3,547.50 margin less 21,403.00 held back leaves 25,049.50 CNY; take out all but 1,000.
        accepted(new Withdraw(time, TRADER, 2_404_950, 2));
        assertThat(refused(new AmendPrice(time, TRADER, first.orderId(), 2_241)))
                .isEqualTo("price, quantity: a spot buy of 1 lots of H100-YRD-SPOT costs 22413.00 CNY with fees (1010.00"
                        + " CNY more than the order it replaces), beyond the buying power 1000.00 CNY of account 1003");
        accepted(new AmendPrice(time, TRADER, first.orderId(), 2_240));
        send(new CancelOrder(time, TRADER, first.orderId()));
        accepted(buy(TRADER, SPOT_YRD, 2_150, 1));
    }

    @Test
    void a_quote_replacing_a_quote_counts_only_the_lots_and_cost_it_adds() {
        accepted(new Deposit(time, MAKER, 1_000_000, 1));
        accepted(Quote.of(time, MAKER, SPOT_YRD, 2_140, 1, 2_160, 1));
        // Buying power now 60,000 less 21,403.00 held back less 7,645.00 margin with 2 lots bid: 30,952.00 CNY.
        // 2 lots replacing 1 add 21,403.00 and fit; counted whole (42,806.00) they would not.
        accepted(Quote.of(time, MAKER, SPOT_YRD, 2_140, 2, 2_160, 1));
        assertThat(refused(Quote.of(time, MAKER, SPOT_YRD, 2_140, 5, 2_160, 1))).contains("spot buy of 5 lots");
        accepted(Quote.of(time, MAKER, SPOT_YRD, 2_141, 2, 2_160, 1));
    }

    @Test
    void working_orders_are_limited_per_account_and_quote_sides_do_not_count() {
        accepted(new SetAccountLimits(time, TRADER, 0, 0, 0, 2, 0));
        accepted(buy(TRADER, FEB_YRD, 2_140, 1));
        OrderAccepted second = (OrderAccepted) accepted(sell(TRADER, FEB_YRD, 2_160, 1));
        assertThat(refused(buy(TRADER, FEB_YRD, 2_141, 1)))
                .isEqualTo("maxWorkingOrders: account 1003 would have 3 orders working, above its maximum of 2");
        send(new CancelOrder(time, TRADER, second.orderId()));
        accepted(buy(TRADER, FEB_YRD, 2_141, 1));

        accepted(new SetAccountLimits(time, MAKER, 0, 0, 0, 1, 0));
        accepted(Quote.of(time, MAKER, FEB_YRD, 2_130, 1, 2_170, 1));
        accepted(buy(MAKER, FEB_YRD, 2_131, 1));
        refused(buy(MAKER, FEB_YRD, 2_132, 1));
    }

    @Test
    void order_size_collar_position_and_credit_limits_refuse_through_the_engine() {
        accepted(new SetAccountLimits(time, TRADER, 3, 4, 0, 0, 100));
        assertThat(refused(buy(TRADER, FEB_YRD, 2_150, 4))).startsWith("maxOrderLots: an order of 4 lots");
        assertThat(refused(buy(TRADER, FEB_YRD, 2_172, 1))).startsWith("collarBps: a limit of 2172 ticks");
        OrderAccepted three = (OrderAccepted) accepted(buy(TRADER, FEB_YRD, 2_150, 3));
        assertThat(refused(buy(TRADER, FEB_YRD, 2_150, 2))).startsWith("maxPositionLots: account 1003 could hold 5");
        assertThat(refused(new AmendPrice(time, TRADER, three.orderId(), 2_128))).startsWith("collarBps:");
        accepted(new AmendPrice(time, TRADER, three.orderId(), 2_129));
        // Firm 103 holds only this account: 3 lots working need 10,642.50 CNY; a limit of 12,000 leaves no room for 1 more.
        accepted(new SetCreditLimit(time, 103, 1_200_000));
        assertThat(refused(buy(TRADER, MAR_YRD, 2_100, 1))).startsWith("creditLimit: firm 103's accounts");
        assertThat(send(new SetAccountLimits(time, TRADER, -1, 0, 0, 0, 0)).get(0))
                .isInstanceOfSatisfying(CommandRejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(RejectReason.FIELD_INVALID);
                    assertThat(r.message()).isEqualTo("maxOrderLots: must be 0 (no limit) to 16777216, was -1 (account"
                            + " 1003)");
                });
    }

    @Test
    void a_providers_spot_sells_are_limited_by_the_capacity_it_registered_for_the_delivery_day() {
        accepted(new RegisterFirm(time, 300, "Provider"));
        accepted(new OpenAccount(time, PROVIDER, 300, AccountKind.COMPUTE_PROVIDER));
        accepted(new Deposit(time, PROVIDER, 100_000_000, 1));
        LocalDate tomorrow = Instant.ofEpochMilli(time).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(1);
        assertThat(refused(sell(PROVIDER, SPOT_YRD, 2_160, 1))).contains("beyond its registered capacity of 0 units");
        accepted(new RegisterCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow, 2_000));
        assertThat(refused(sell(PROVIDER, SPOT_YRD, 2_160, 3))).startsWith("quantity: account 3001 would commit 3000 units");
        accepted(sell(PROVIDER, SPOT_YRD, 2_160, 2));
        assertThat(refused(sell(PROVIDER, SPOT_YRD, 2_161, 1))).contains("working 2000");
        // Bought by a trader: sold now, and still committed.
        accepted(buy(TRADER, SPOT_YRD, 2_160, 1));
        assertThat(refused(sell(PROVIDER, SPOT_YRD, 2_161, 1))).contains("(sold 1000, working 1000, this order 1000)");
        assertThat(send(new RegisterCapacity(time, PROVIDER, "H100", Hub.YRD, tomorrow, 1_999)).get(0))
                .isInstanceOf(CommandRejected.class);
    }
}
