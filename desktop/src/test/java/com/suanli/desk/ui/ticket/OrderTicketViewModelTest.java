package com.suanli.desk.ui.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.RejectReason;
import org.junit.jupiter.api.Test;

/** The order ticket over a real engine, without a window: what is sent, and what stops a send. */
class OrderTicketViewModelTest {

    private final TraderFixture fixture = new TraderFixture();
    private final OrderTicketViewModel ticket = new OrderTicketViewModel(fixture.link, fixture.desk, fixture.orders);

    private void chooseJune() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);
    }

    @Test
    void choosing_an_instrument_offers_its_reference_price() {
        chooseJune();

        assertThat(ticket.priceProperty().get()).isEqualTo(fixture.june.toPrice(fixture.reference()).toPlainString());
    }

    @Test
    void choosing_an_instrument_that_traded_offers_its_last_price() {
        chooseJune();
        fixture.other(Side.ASK, fixture.reference() + 7, 2);
        ticket.priceProperty().set(fixture.june.toPrice(fixture.reference() + 7).toPlainString());
        ticket.buy();
        fixture.link.selectedInstrumentProperty().set(null);

        chooseJune();

        assertThat(ticket.priceProperty().get())
                .isEqualTo(fixture.june.toPrice(fixture.reference() + 7).toPlainString());
    }

    @Test
    void a_limit_buy_is_sent_and_works() {
        chooseJune();
        ticket.quantityProperty().set("4");

        ticket.buy();

        assertThat(fixture.desk.orders()).singleElement().satisfies(order -> {
            assertThat(order.side()).isEqualTo(Side.BID);
            assertThat(order.quantity()).isEqualTo(4);
            assertThat(order.price()).isEqualTo(fixture.reference());
            assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
        });
        assertThat(ticket.errorFieldProperty().get()).isNull();
        assertThat(ticket.messageProperty().get()).isEqualTo("Buy 4 H100-GZ-2027M06 · taken");
    }

    @Test
    void a_quantity_that_is_not_whole_lots_names_the_field_and_sends_nothing() {
        chooseJune();
        ticket.quantityProperty().set("1.5");

        ticket.buy();

        assertThat(ticket.errorFieldProperty().get()).isEqualTo(TicketField.QUANTITY);
        assertThat(ticket.messageProperty().get()).isEqualTo("Quantity: must be a whole number of lots, was '1.5'");
        assertThat(fixture.desk.orders()).isEmpty();
        assertThat(fixture.desk.rejects()).isEmpty();
    }

    @Test
    void a_quantity_of_zero_or_above_the_contracts_limit_is_refused_before_sending() {
        chooseJune();
        ticket.quantityProperty().set("0");
        ticket.sell();
        assertThat(ticket.messageProperty().get()).isEqualTo("Quantity: must be at least 1 lot, was 0");

        ticket.quantityProperty().set(Long.toString(fixture.june.maxOrderLots() + 1));
        ticket.sell();
        assertThat(ticket.messageProperty().get()).isEqualTo("Quantity: at most " + fixture.june.maxOrderLots()
                + " lots for H100-GZ-2027M06, was " + (fixture.june.maxOrderLots() + 1));
        assertThat(fixture.desk.orders()).isEmpty();
    }

    @Test
    void a_price_off_the_tick_names_the_price_field() {
        chooseJune();
        ticket.priceProperty().set("20.005");

        ticket.buy();

        assertThat(ticket.errorFieldProperty().get()).isEqualTo(TicketField.PRICE);
        assertThat(ticket.messageProperty().get()).isEqualTo("Price: 20.005 is not a multiple of the tick 0.01 of H100-GZ-2027M06");
    }

    @Test
    void without_an_instrument_the_ticket_asks_for_one() {
        ticket.buy();

        assertThat(ticket.errorFieldProperty().get()).isEqualTo(TicketField.INSTRUMENT);
        assertThat(ticket.messageProperty().get()).isEqualTo("Instrument: choose one in the market watch");
    }

    @Test
    void a_market_order_may_only_be_immediate_or_cancel_and_a_budget_only_fill_or_kill() {
        ticket.typeProperty().set(OrderType.MARKET);
        assertThat(ticket.timesInForce()).containsExactly(TimeInForce.IOC);
        assertThat(ticket.timeInForceProperty().get()).isEqualTo(TimeInForce.IOC);

        ticket.typeProperty().set(OrderType.BUDGET);
        assertThat(ticket.timesInForce()).containsExactly(TimeInForce.FOK);

        ticket.typeProperty().set(OrderType.STOP_LIMIT);
        assertThat(ticket.timesInForce()).containsExactly(TimeInForce.values());
    }

    @Test
    void a_stop_limit_good_till_a_date_is_held_with_its_trigger_and_expiry() {
        chooseJune();
        ticket.typeProperty().set(OrderType.STOP_LIMIT);
        ticket.timeInForceProperty().set(TimeInForce.GTD);
        ticket.stopPriceProperty().set(fixture.june.toPrice(fixture.reference() + 10).toPlainString());
        ticket.priceProperty().set(fixture.june.toPrice(fixture.reference() + 12).toPlainString());
        ticket.expiresProperty().set("2027-03-01 15:00");

        ticket.buy();

        OwnOrder order = fixture.desk.orders().get(0);
        assertThat(order.status()).isEqualTo(OrderStatus.HELD);
        assertThat(order.type()).isEqualTo(OrderType.STOP_LIMIT);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.GTD);
        assertThat(order.stopPrice()).isEqualTo(fixture.reference() + 10);
        assertThat(order.price()).isEqualTo(fixture.reference() + 12);
    }

    @Test
    void a_bad_expiry_names_the_expires_field() {
        chooseJune();
        ticket.timeInForceProperty().set(TimeInForce.GTD);
        ticket.expiresProperty().set("tomorrow");

        ticket.buy();

        assertThat(ticket.errorFieldProperty().get()).isEqualTo(TicketField.EXPIRES);
        assertThat(ticket.messageProperty().get()).isEqualTo("Expires: must be a time as yyyy-MM-dd HH:mm, was 'tomorrow'");
    }

    @Test
    void an_iceberg_post_only_bid_rests_showing_its_slice() {
        chooseJune();
        ticket.quantityProperty().set("10");
        ticket.displayQuantityProperty().set("2");
        ticket.postOnlyProperty().set(true);

        ticket.buy();

        assertThat(fixture.desk.orders()).singleElement().extracting(OwnOrder::openQuantity).isEqualTo(10L);
        assertThat(fixture.desk.market(fixture.june.instrumentId()).quantityAt(Side.BID, fixture.reference())).isEqualTo(2);
    }

    @Test
    void an_order_the_exchange_refuses_shows_its_reason_on_the_ticket() {
        chooseJune();
        ticket.typeProperty().set(OrderType.MARKET);

        ticket.sell();

        assertThat(ticket.outcomeProperty().get().reason()).isEqualTo(RejectReason.NO_LIQUIDITY_FOR_MARKET);
        assertThat(ticket.messageProperty().get()).startsWith("Sell 1 H100-GZ-2027M06 · refused NO_LIQUIDITY_FOR_MARKET");
        assertThat(ticket.errorFieldProperty().get()).isNull();
    }

    @Test
    void a_market_buy_takes_the_offer_within_its_protection() {
        chooseJune();
        fixture.other(Side.ASK, fixture.reference() + 1, 2);
        ticket.typeProperty().set(OrderType.MARKET);
        ticket.quantityProperty().set("2");

        ticket.buy();

        assertThat(fixture.desk.fills()).singleElement().satisfies(fill -> {
            assertThat(fill.price()).isEqualTo(fixture.reference() + 1);
            assertThat(fill.quantity()).isEqualTo(2);
        });
        assertThat(fixture.desk.positions()).singleElement().extracting(position -> position.netLots()).isEqualTo(2L);
    }

    @Test
    void a_budget_buy_fills_whole_when_the_quantity_costs_no_more_than_the_budget() {
        chooseJune();
        fixture.other(Side.ASK, fixture.reference(), 2);
        ticket.typeProperty().set(OrderType.BUDGET);
        ticket.quantityProperty().set("2");
        // The budget is price x lots: exactly what two lots at the reference cost.
        ticket.priceProperty().set(fixture.june.toPrice(2 * fixture.reference()).toPlainString());

        ticket.buy();

        assertThat(fixture.desk.fills()).singleElement().extracting(fill -> fill.quantity()).isEqualTo(2L);
        assertThat(fixture.desk.orders()).singleElement().satisfies(order -> {
            assertThat(order.type()).isEqualTo(OrderType.BUDGET);
            assertThat(order.timeInForce()).isEqualTo(TimeInForce.FOK);
            assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        });
    }
}
