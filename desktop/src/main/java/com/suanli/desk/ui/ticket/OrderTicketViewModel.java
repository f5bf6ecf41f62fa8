package com.suanli.desk.ui.ticket;

import com.suanli.desk.ui.form.Fields;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order ticket for the linked instrument: every order type and time in force of the engine, an iceberg's
 * display quantity, post-only, a stop's trigger, a market order's protection and a GTD expiry. Buy and sell
 * read the fields; a field that cannot be read stops the send and is named with the reason. FX thread only.
 */
public final class OrderTicketViewModel {

    /** Ticks a market or stop order may trade beyond the best opposite price unless the trader says otherwise. */
    static final String DEFAULT_PROTECTION = "10";

    private final InstrumentLink link;
    private final TraderOrders orders;
    private final TicketFeedback feedback = new TicketFeedback();
    private final ObjectProperty<OrderType> type = new SimpleObjectProperty<>(this, "type", OrderType.LIMIT);
    private final ObjectProperty<TimeInForce> timeInForce =
            new SimpleObjectProperty<>(this, "timeInForce", TimeInForce.GTC);
    private final ObservableList<TimeInForce> timesInForce = FXCollections.observableArrayList(TimeInForce.values());
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "1");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty stopPrice = new SimpleStringProperty(this, "stopPrice", "");
    private final StringProperty displayQuantity = new SimpleStringProperty(this, "displayQuantity", "");
    private final StringProperty expires = new SimpleStringProperty(this, "expires", "");
    private final StringProperty protection = new SimpleStringProperty(this, "protection", DEFAULT_PROTECTION);
    private final BooleanProperty postOnly = new SimpleBooleanProperty(this, "postOnly");

    public OrderTicketViewModel(InstrumentLink link, TradingDesk desk, TraderOrders orders) {
        this.link = Objects.requireNonNull(link, "link");
        this.orders = Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(desk, "desk");
        type.addListener((property, before, after) -> offerTimesInForce(after));
        // The price offered is where the instrument last traded: its listing's reference price, offered before, stood
        // a day's moves away from a market that had traded all morning (20.86 against a book at 22.06 / 22.18).
        link.selectedInstrumentProperty().addListener((property, before, after) -> {
            if (after != null) {
                long last = desk.market(after.instrumentId()).lastPrice();
                price.set(after.toPrice(last > 0 ? last : after.referencePriceTicks()).toPlainString());
            }
        });
    }

    /** The accounts the signed-in user may trade, as the account chooser lists them. */
    public ObservableList<Long> accounts() {
        return orders.accounts();
    }

    /** The account the ticket, the ladder and the auto-quoter trade. */
    public ObjectProperty<Long> accountProperty() {
        return orders.accountProperty();
    }

    /** What an order of each type may ask: the engine refuses the others. */
    public static List<TimeInForce> timesInForceFor(OrderType orderType) {
        return switch (orderType) {
            case LIMIT, STOP_LIMIT -> List.of(TimeInForce.values());
            case MARKET, STOP -> List.of(TimeInForce.IOC);
            case BUDGET -> List.of(TimeInForce.FOK);
        };
    }

    private void offerTimesInForce(OrderType orderType) {
        List<TimeInForce> allowed = timesInForceFor(orderType);
        timesInForce.setAll(allowed);
        if (!allowed.contains(timeInForce.get())) {
            timeInForce.set(allowed.get(0));
        }
    }

    public void buy() {
        send(Side.BID);
    }

    public void sell() {
        send(Side.ASK);
    }

    private void send(Side side) {
        feedback.send(orders, () -> order(side), Texts.format(side == Side.BID ? "ticket.buy-what" : "ticket.sell-what",
                Fields.ascii(quantity.get()).strip(), link.selectedInstrument().map(ContractSpec::symbol).orElse("")));
    }

    /** The order the fields describe; throws the first field's problem. */
    private PlaceOrder order(Side side) {
        ContractSpec contract = link.selectedInstrument()
                .orElseThrow(() -> new TicketProblem(TicketField.INSTRUMENT, Texts.get("ticket.choose-instrument")));
        OrderType orderType = type.get();
        long lots = TicketParser.lots(TicketField.QUANTITY, quantity.get(), 1, contract);
        long limit = orderType == OrderType.MARKET || orderType == OrderType.STOP ? 0
                : TicketParser.price(TicketField.PRICE, price.get(), contract);
        long stop = orderType == OrderType.STOP || orderType == OrderType.STOP_LIMIT
                ? TicketParser.price(TicketField.STOP_PRICE, stopPrice.get(), contract) : 0;
        long protectionTicks = orderType == OrderType.MARKET || orderType == OrderType.STOP
                ? TicketParser.ticks(TicketField.PROTECTION, protection.get()) : 0;
        long display = orderType == OrderType.LIMIT && !displayQuantity.get().isBlank()
                ? TicketParser.lots(TicketField.DISPLAY_QUANTITY, displayQuantity.get(), 1, contract) : 0;
        long expireAt = timeInForce.get() == TimeInForce.GTD
                ? TicketParser.time(TicketField.EXPIRES, expires.get(), orders.zone()) : 0;
        return new PlaceOrder(orders.now(), orders.account(), orders.nextClientOrderId(), contract.instrumentId(), side,
                orderType, timeInForce.get(), limit, lots, display, stop, protectionTicks, expireAt,
                orderType == OrderType.LIMIT && postOnly.get());
    }

    public ObjectProperty<OrderType> typeProperty() {
        return type;
    }

    public ObjectProperty<TimeInForce> timeInForceProperty() {
        return timeInForce;
    }

    /** The times in force the chosen type allows. */
    public ObservableList<TimeInForce> timesInForce() {
        return timesInForce;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    /** The limit in CNY per unit; for a budget order, the budget for the whole quantity. */
    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty stopPriceProperty() {
        return stopPrice;
    }

    /** An iceberg's visible lots; blank shows the whole quantity. */
    public StringProperty displayQuantityProperty() {
        return displayQuantity;
    }

    /** A GTD order's expiry, {@code yyyy-MM-dd HH:mm} in exchange time. */
    public StringProperty expiresProperty() {
        return expires;
    }

    public StringProperty protectionProperty() {
        return protection;
    }

    public BooleanProperty postOnlyProperty() {
        return postOnly;
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
