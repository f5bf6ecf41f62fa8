package com.suanli.desk.ui.ticket;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.suanli.desk.ui.form.Controls;
import com.suanli.desk.ui.hotkey.TraderAction;
import com.suanli.desk.ui.hotkey.TraderKeys;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.desk.ui.text.TermConverter;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.workspace.PanelViews;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The ticket panel: the order ticket and the quote ticket, one tab each, for the linked instrument. */
public final class TicketView {

    private final BorderPane root;
    private final TabPane tickets;

    /** @param keys the keys the buttons' tooltips name */
    public TicketView(OrderTicketViewModel order, QuoteTicketViewModel quote, InstrumentLink link, TraderKeys keys) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(keys, "keys");
        Tab orderTab = new Tab(Texts.get("ticket.order-tab"), orderTicket(order, link, keys));
        orderTab.setId("ticket-order-tab");
        Tab quoteTab = new Tab(Texts.get("ticket.quote-tab"), quoteTicket(quote, link, keys));
        quoteTab.setId("ticket-quote-tab");
        tickets = new TabPane(orderTab, quoteTab);
        tickets.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tickets.getStyleClass().addAll(Styles.DENSE, "ticket");
        root = new BorderPane(tickets);
        root.setTop(accountChooser(order));
        PanelViews.keepChosenTab(root, tickets, "ticket-tabs");
    }

    public Node root() {
        return root;
    }

    /** Selects the quote ticket, as the quote hotkey does before sending. */
    public void showQuote() {
        tickets.getSelectionModel().select(1);
    }

    /** Over both tickets: the account they, the ladder and the auto-quoter trade, one the user may trade. */
    private static HBox accountChooser(OrderTicketViewModel order) {
        Label title = new Label(Texts.get("ticket.account"));
        ComboBox<Long> accounts = new ComboBox<>(order.accounts());
        accounts.setId("ticket-account");
        accounts.getStyleClass().add(Styles.SMALL);
        accounts.valueProperty().bindBidirectional(order.accountProperty());
        title.setLabelFor(accounts);
        HBox chooser = new HBox(title, accounts);
        chooser.getStyleClass().add("ticket-account");
        chooser.setAlignment(Pos.CENTER_LEFT);
        return chooser;
    }

    private static Label instrument(InstrumentLink link, String id) {
        Label symbol = new Label();
        symbol.setId(id);
        symbol.getStyleClass().add(Styles.TITLE_4);
        symbol.textProperty().bind(Bindings.createStringBinding(
                () -> link.selectedInstrument().map(ContractSpec::symbol).orElse(Texts.get("ticket.no-instrument")),
                link.selectedInstrumentProperty()));
        return symbol;
    }

    private static BorderPane orderTicket(OrderTicketViewModel ticket, InstrumentLink link, TraderKeys keys) {
        TicketForm form = new TicketForm(ticket.errorFieldProperty(), ticket.messageProperty());
        ComboBox<OrderType> type = new ComboBox<>();
        type.getItems().setAll(OrderType.values());
        type.setConverter(new TermConverter<>());
        type.setId("ticket-type");
        type.valueProperty().bindBidirectional(ticket.typeProperty());
        form.add(Texts.get("ticket.type"), type, null);
        ComboBox<TimeInForce> timeInForce = new ComboBox<>(ticket.timesInForce());
        timeInForce.setConverter(new TermConverter<>());
        timeInForce.setId("ticket-tif");
        timeInForce.valueProperty().bindBidirectional(ticket.timeInForceProperty());
        form.add(Texts.get("ticket.time-in-force"), timeInForce, null);
        form.text(TicketField.QUANTITY, ticket.quantityProperty());
        TextField price = form.text(TicketField.PRICE, ticket.priceProperty());
        price.promptTextProperty().bind(Bindings.when(ticket.typeProperty().isEqualTo(OrderType.BUDGET))
                .then(Texts.get("ticket.budget-prompt")).otherwise(Texts.get("ticket.price-prompt")));
        TextField stop = form.text(TicketField.STOP_PRICE, ticket.stopPriceProperty());
        TextField display = form.text(TicketField.DISPLAY_QUANTITY, ticket.displayQuantityProperty());
        display.setPromptText(Texts.get("ticket.display-prompt"));
        TextField expires = form.text(TicketField.EXPIRES, ticket.expiresProperty());
        expires.setPromptText("yyyy-MM-dd HH:mm");
        TextField protection = form.text(TicketField.PROTECTION, ticket.protectionProperty());
        protection.setPromptText(Texts.get("ticket.protection-prompt"));
        CheckBox postOnly = new CheckBox(Texts.get("ticket.post-only"));
        postOnly.setId("ticket-post-only");
        postOnly.selectedProperty().bindBidirectional(ticket.postOnlyProperty());
        form.add("", postOnly, null);
        ReadOnlyObjectProperty<OrderType> chosen = ticket.typeProperty();
        BooleanBinding limitLess = chosen.isEqualTo(OrderType.MARKET).or(chosen.isEqualTo(OrderType.STOP));
        price.disableProperty().bind(limitLess);
        stop.disableProperty().bind(chosen.isNotEqualTo(OrderType.STOP).and(chosen.isNotEqualTo(OrderType.STOP_LIMIT)));
        display.disableProperty().bind(chosen.isNotEqualTo(OrderType.LIMIT));
        postOnly.disableProperty().bind(chosen.isNotEqualTo(OrderType.LIMIT));
        protection.disableProperty().bind(limitLess.not());
        expires.disableProperty().bind(ticket.timeInForceProperty().isNotEqualTo(TimeInForce.GTD));
        Button buy = new Button(Texts.get("ticket.buy"));
        buy.setId("ticket-buy");
        buy.getStyleClass().addAll(Styles.SUCCESS);
        buy.setOnAction(event -> ticket.buy());
        buy.setTooltip(keys.tooltip(TraderAction.BUY));
        Button sell = new Button(Texts.get("ticket.sell"));
        sell.setId("ticket-sell");
        sell.getStyleClass().addAll(Styles.DANGER);
        sell.setOnAction(event -> ticket.sell());
        sell.setTooltip(keys.tooltip(TraderAction.SELL));
        return ticket(instrument(link, "ticket-instrument"), form, outcome("ticket-message", ticket.messageProperty(),
                ticket.errorFieldProperty(), ticket.outcomeProperty()), buy, sell);
    }

    private static BorderPane quoteTicket(QuoteTicketViewModel ticket, InstrumentLink link, TraderKeys keys) {
        TicketForm form = new TicketForm(ticket.errorFieldProperty(), ticket.messageProperty());
        form.text(TicketField.BID_PRICE, ticket.bidPriceProperty());
        form.text(TicketField.BID_QUANTITY, ticket.bidQuantityProperty());
        form.text(TicketField.ASK_PRICE, ticket.askPriceProperty());
        form.text(TicketField.ASK_QUANTITY, ticket.askQuantityProperty());
        Button send = new Button(Texts.get("ticket.quote"));
        send.setId("quote-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(event -> ticket.quote());
        send.setTooltip(keys.tooltip(TraderAction.QUOTE));
        Button pull = new Button(Texts.get("ticket.pull"));
        pull.setId("quote-pull");
        pull.setOnAction(event -> ticket.pull());
        return ticket(instrument(link, "quote-instrument"), form, outcome("quote-message", ticket.messageProperty(),
                ticket.errorFieldProperty(), ticket.outcomeProperty()), send, pull);
    }

    /**
     * The fields scroll when the panel is short; the actions and the exchange's answer stay under them in view, so
     * Buy and Sell are never scrolled off a 1280x800 screen.
     */
    private static BorderPane ticket(Label instrument, TicketForm form, Label outcome, Button... actions) {
        HBox buttons = new HBox(actions);
        buttons.getStyleClass().add("ticket-actions");
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button action : actions) {
            action.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(action, Priority.ALWAYS);
        }
        VBox fields = new VBox(instrument, form.grid());
        fields.getStyleClass().add("ticket-body");
        ScrollPane scrolled = new ScrollPane(fields);
        scrolled.setFitToWidth(true);
        scrolled.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox answer = new VBox(buttons, outcome);
        answer.getStyleClass().addAll("ticket-body", "ticket-answer");
        return new BorderPane(scrolled, null, null, answer, null);
    }

    /** What the exchange answered, or that a field stopped the send (the field itself says which and why). */
    private static Label outcome(String id, ReadOnlyStringProperty message, ReadOnlyObjectProperty<TicketField> field,
                                 ReadOnlyObjectProperty<CommandOutcome> answer) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(message);
        Controls.wholeOnHover(label);
        Runnable colour = () -> {
            label.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (field.get() != null || (answer.get() != null && !answer.get().taken())) {
                label.getStyleClass().add(Styles.DANGER);
            } else if (answer.get() != null) {
                label.getStyleClass().add(Styles.SUCCESS);
            }
        };
        field.addListener((property, before, after) -> colour.run());
        answer.addListener((property, before, after) -> colour.run());
        return label;
    }
}
