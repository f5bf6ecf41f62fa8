package com.suanli.desk.ui.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.RejectReason;
import org.junit.jupiter.api.Test;

/** A market maker's two-sided quote in one action, over a real engine. */
class QuoteTicketViewModelTest {

    private final TraderFixture fixture = new TraderFixture();
    private final QuoteTicketViewModel ticket = new QuoteTicketViewModel(fixture.link, fixture.orders);

    private void quote(long bid, String bidLots, long ask, String askLots) {
        ticket.bidPriceProperty().set(fixture.june.toPrice(bid).toPlainString());
        ticket.bidQuantityProperty().set(bidLots);
        ticket.askPriceProperty().set(fixture.june.toPrice(ask).toPlainString());
        ticket.askQuantityProperty().set(askLots);
        ticket.quote();
    }

    @Test
    void one_quote_puts_both_sides_in_the_market() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);

        quote(fixture.reference() - 2, "3", fixture.reference() + 2, "4");

        assertThat(fixture.desk.orders()).hasSize(2).allSatisfy(order -> {
            assertThat(order.quoteSide()).isTrue();
            assertThat(order.status()).isEqualTo(OrderStatus.WORKING);
        });
        assertThat(fixture.desk.market(fixture.june.instrumentId()).bestBid()).isEqualTo(fixture.reference() - 2);
        assertThat(fixture.desk.market(fixture.june.instrumentId()).bestAsk()).isEqualTo(fixture.reference() + 2);
        assertThat(ticket.messageProperty().get()).isEqualTo("Quote H100-GZ-2027M06 · taken");
    }

    @Test
    void a_new_quote_replaces_the_old_one_and_pulling_takes_it_out() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);
        quote(fixture.reference() - 2, "3", fixture.reference() + 2, "4");

        quote(fixture.reference() - 1, "1", fixture.reference() + 1, "1");

        assertThat(fixture.desk.orders().filtered(order -> order.status().isLive()))
                .extracting(OwnOrder::price).containsExactlyInAnyOrder(fixture.reference() - 1, fixture.reference() + 1);
        assertThat(fixture.desk.orders().filtered(order -> order.status() == OrderStatus.CANCELLED))
                .hasSize(2)
                .allSatisfy(order -> assertThat(order.cancelReason()).isEqualTo(CancelReason.QUOTE_REPLACED));

        ticket.pull();

        assertThat(fixture.desk.orders().filtered(order -> order.status().isLive())).isEmpty();
        assertThat(fixture.desk.market(fixture.june.instrumentId()).bestBid()).isZero();
    }

    @Test
    void a_crossed_quote_is_refused_whole_with_the_exchanges_reason() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);

        quote(fixture.reference() + 2, "1", fixture.reference() - 2, "1");

        assertThat(ticket.outcomeProperty().get().reason()).isEqualTo(RejectReason.QUOTE_CROSSED);
        assertThat(fixture.desk.orders()).isEmpty();
        assertThat(fixture.desk.rejects()).singleElement().extracting(reject -> reject.reason())
                .isEqualTo(RejectReason.QUOTE_CROSSED);
    }

    @Test
    void a_bad_ask_quantity_names_that_field() {
        fixture.link.selectedInstrumentProperty().set(fixture.june);

        quote(fixture.reference() - 2, "1", fixture.reference() + 2, "lots");

        assertThat(ticket.errorFieldProperty().get()).isEqualTo(TicketField.ASK_QUANTITY);
        assertThat(ticket.messageProperty().get()).isEqualTo("Ask quantity: must be a whole number of lots, was 'lots'");
        assertThat(fixture.desk.market(fixture.june.instrumentId()).quantityAt(Side.BID, fixture.reference() - 2)).isZero();
    }
}
