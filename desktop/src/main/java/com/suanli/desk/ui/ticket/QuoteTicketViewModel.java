package com.suanli.desk.ui.ticket;

import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A market maker's two-sided quote on the linked instrument in one action: it replaces the trader's previous
 * quote there atomically (a bad side refuses the whole quote and the old one stays); pulling sends both sides
 * empty. FX thread only.
 */
public final class QuoteTicketViewModel {

    private final InstrumentLink link;
    private final TraderOrders orders;
    private final TicketFeedback feedback = new TicketFeedback();
    private final StringProperty bidPrice = new SimpleStringProperty(this, "bidPrice", "");
    private final StringProperty bidQuantity = new SimpleStringProperty(this, "bidQuantity", "1");
    private final StringProperty askPrice = new SimpleStringProperty(this, "askPrice", "");
    private final StringProperty askQuantity = new SimpleStringProperty(this, "askQuantity", "1");

    public QuoteTicketViewModel(InstrumentLink link, TraderOrders orders) {
        this.link = Objects.requireNonNull(link, "link");
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    /** Quotes both sides as the fields say. */
    public void quote() {
        feedback.send(orders, () -> {
            ContractSpec contract = instrument();
            return Quote.of(orders.now(), orders.account(), contract.instrumentId(),
                    TicketParser.price(TicketField.BID_PRICE, bidPrice.get(), contract),
                    TicketParser.lots(TicketField.BID_QUANTITY, bidQuantity.get(), 1, contract),
                    TicketParser.price(TicketField.ASK_PRICE, askPrice.get(), contract),
                    TicketParser.lots(TicketField.ASK_QUANTITY, askQuantity.get(), 1, contract));
        }, Texts.format("ticket.quote-what", link.selectedInstrument().map(ContractSpec::symbol).orElse("")));
    }

    /** Takes the trader's quote on the instrument out of the market. */
    public void pull() {
        feedback.send(orders, () -> Quote.of(orders.now(), orders.account(), instrument().instrumentId(), 0, 0, 0, 0),
                Texts.format("ticket.pull-what", link.selectedInstrument().map(ContractSpec::symbol).orElse("")));
    }

    private ContractSpec instrument() {
        return link.selectedInstrument()
                .orElseThrow(() -> new TicketProblem(TicketField.INSTRUMENT, Texts.get("ticket.choose-instrument")));
    }

    public StringProperty bidPriceProperty() {
        return bidPrice;
    }

    public StringProperty bidQuantityProperty() {
        return bidQuantity;
    }

    public StringProperty askPriceProperty() {
        return askPrice;
    }

    public StringProperty askQuantityProperty() {
        return askQuantity;
    }

    public ReadOnlyObjectProperty<TicketField> errorFieldProperty() {
        return feedback.errorFieldProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    public ReadOnlyObjectProperty<CommandOutcome> outcomeProperty() {
        return feedback.outcomeProperty();
    }
}
