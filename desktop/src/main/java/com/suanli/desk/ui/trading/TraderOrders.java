package com.suanli.desk.ui.trading;

import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trader's hand on the exchange: builds the commands for the account, stamps them with exchange time,
 * sends them through the {@link OrderGateway} and brings every outcome back to the UI thread. A refusal or
 * a command that could not be sent is also told to {@code messages} (the status bar), so that an order sent
 * from the ladder or a hotkey is never refused silently.
 */
public final class TraderOrders {

    private final OrderGateway gateway;
    private final ObjectProperty<Long> account = new SimpleObjectProperty<>(this, "account");
    private final ObservableList<Long> accounts = FXCollections.observableArrayList();
    private final Clock clock;
    private final Executor uiThread;
    private final Consumer<String> messages;
    private long lastClientOrderId;

    /**
     * @param clock exchange time; the engine refuses a command stamped before the last one
     * @param uiThread where outcomes are delivered; the application passes {@code Platform::runLater}
     */
    public TraderOrders(OrderGateway gateway, long account, Clock clock, Executor uiThread, Consumer<String> messages) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        if (account <= 0) {
            throw new IllegalArgumentException("account: must be positive, was " + account);
        }
        this.account.set(account);
        accounts.add(account);
        // The chooser may be cleared while its list changes: an order always goes to an account.
        this.account.addListener((property, before, after) -> {
            if (after == null) {
                this.account.set(before);
            }
        });
        this.clock = Objects.requireNonNull(clock, "clock");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.messages = Objects.requireNonNull(messages, "messages");
        // Client ids must be unique among the account's working orders, which may outlive this window.
        this.lastClientOrderId = clock.millis();
    }

    /** The account new orders, quotes and cancel-alls go to: the one chosen. */
    public long account() {
        return account.get();
    }

    /** The account chosen to trade, one of {@link #accounts()}. */
    public ObjectProperty<Long> accountProperty() {
        return account;
    }

    /** The accounts the signed-in user may trade, the account chooser's list. */
    public ObservableList<Long> accounts() {
        return FXCollections.unmodifiableObservableList(accounts);
    }

    /**
     * The signed-in user trades {@code granted}: the chooser lists them, and the account chosen stays if granted,
     * else becomes the first granted. A user granted none (a risk officer) keeps the desk's account, which the
     * exchange host refuses to them.
     */
    public void tradeFor(List<Long> granted) {
        accounts.setAll(granted.isEmpty() ? List.of(account()) : granted);
        if (!accounts.contains(account.get())) {
            account.set(accounts.get(0));
        }
    }

    /** Exchange time now, epoch milliseconds: the stamp of the next command. */
    public long now() {
        return clock.millis();
    }

    /** The exchange's time zone: where a trader's "good till 17:00" is read. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** A client order id not used before by this desk. */
    public long nextClientOrderId() {
        return ++lastClientOrderId;
    }

    /** A good-till-cancelled limit order, as a click on the ladder sends it. */
    public CompletableFuture<CommandOutcome> placeLimit(ContractSpec contract, Side side, long price, long quantity) {
        return send(PlaceOrder.limit(now(), account(), nextClientOrderId(), contract.instrumentId(), side, price, quantity,
                TimeInForce.GTC));
    }

    public CompletableFuture<CommandOutcome> cancel(OwnOrder order) {
        return send(new CancelOrder(now(), order.account(), order.orderId()));
    }

    public void cancel(List<OwnOrder> orders) {
        orders.forEach(this::cancel);
    }

    /** Moves the orders to {@code newPrice}; each loses its time priority, as an amendment does. */
    public void amend(List<OwnOrder> orders, long newPrice) {
        for (OwnOrder order : orders) {
            send(new AmendPrice(now(), order.account(), order.orderId(), newPrice));
        }
    }

    /** Every working order of the account chosen, on every instrument. */
    public CompletableFuture<CommandOutcome> cancelAll() {
        return send(MassCancel.allInstruments(now(), account()));
    }

    /** Tells the trader something about their orders that no exchange answer carries. */
    public void report(String message) {
        messages.accept(message);
    }

    /** Sends any command; the returned future completes on the UI thread, never exceptionally. */
    public CompletableFuture<CommandOutcome> send(Command command) {
        CompletableFuture<CommandOutcome> shown = new CompletableFuture<>();
        gateway.submit(command).whenComplete((outcome, failure) -> uiThread.execute(() -> {
            CommandOutcome result = failure == null ? outcome : CommandOutcome.notSent(RefusalWords.failure(failure));
            if (!result.taken()) {
                messages.accept(RefusalWords.command(command.kind()) + " " + result.describe());
            }
            shown.complete(result);
        }));
        return shown;
    }
}
