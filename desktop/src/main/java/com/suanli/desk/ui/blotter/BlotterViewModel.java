package com.suanli.desk.ui.blotter;

import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.Fill;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.PositionRow;
import com.suanli.desk.ui.trading.Reject;
import com.suanli.desk.ui.trading.TapeRow;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.desk.ui.trading.TradingDesk;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The blotter's state: the trader's working orders (to cancel one), every order of the session with its
 * status, the fills, the rejects with their reasons, the positions with live P&amp;L and the public tape, each
 * with a count for its tab. FX thread only; needs no window.
 */
public final class BlotterViewModel {

    private final TradingDesk desk;
    private final TraderOrders orders;
    private final ReadOnlyStringWrapper workingTitle = new ReadOnlyStringWrapper(this, "workingTitle");
    private final ReadOnlyStringWrapper fillsTitle = new ReadOnlyStringWrapper(this, "fillsTitle");
    private final ReadOnlyStringWrapper rejectsTitle = new ReadOnlyStringWrapper(this, "rejectsTitle");
    private final ReadOnlyStringWrapper totalPnl = new ReadOnlyStringWrapper(this, "totalPnl");

    public BlotterViewModel(TradingDesk desk, TraderOrders orders) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.orders = Objects.requireNonNull(orders, "orders");
        workingTitle.bind(countOf(desk.workingOrders()).map(count -> Texts.format("blotter.working", count)));
        fillsTitle.bind(countOf(desk.fills()).map(count -> Texts.format("blotter.fills", count)));
        rejectsTitle.bind(countOf(desk.rejects()).map(count -> Texts.format("blotter.rejects", count)));
        totalPnl.bind(Bindings.createStringBinding(() -> Texts.format("blotter.total-pnl", desk.positions().stream()
                .map(PositionRow::totalPnl).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString()),
                desk.positions()));
    }

    /**
     * The count of {@code rows}, one of the desk's lists, read once each batch (the desk changes its lists only in a
     * batch or a restore, each ending with its revision) and changed only when the count does: a tab's title formatted
     * from it is formatted once a pulse at most, and not at all when only rows changed (a working order partly filled,
     * amended). Bound to the list's size, it was formatted at every change of the list, several times a pulse under a
     * busy market, the tab's header reading it each time (docs/BENCHMARKS.md, "Quiet, 2026-12-06, sixth session").
     */
    private ObservableValue<Number> countOf(ObservableList<?> rows) {
        ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(rows.size());
        desk.revisionProperty().addListener((InvalidationListener) batch -> count.set(rows.size()));
        return count.getReadOnlyProperty();
    }

    /** Orders that may still trade, newest first. */
    public ObservableList<OwnOrder> working() {
        return desk.workingOrders();
    }

    public ObservableList<OwnOrder> orders() {
        return desk.orders();
    }

    public ObservableList<Fill> fills() {
        return desk.fills();
    }

    public ObservableList<Reject> rejects() {
        return desk.rejects();
    }

    public ObservableList<PositionRow> positions() {
        return desk.positions();
    }

    public ObservableList<TapeRow> tape() {
        return desk.tape();
    }

    /** Whether the market is busy now: the tables then follow it at a human rate ({@link TradingDesk#busy()}). */
    public boolean busyMarket() {
        return desk.busy();
    }

    /** Cancels one working order (from its row's button or the Delete key). */
    public void cancel(OwnOrder order) {
        if (order != null && order.status().isLive()) {
            orders.cancel(order);
        }
    }

    public ReadOnlyStringProperty workingTitleProperty() {
        return workingTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fillsTitleProperty() {
        return fillsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rejectsTitleProperty() {
        return rejectsTitle.getReadOnlyProperty();
    }

    /** The trader's P&amp;L over every position, realised and at the last trades. */
    public ReadOnlyStringProperty totalPnlProperty() {
        return totalPnl.getReadOnlyProperty();
    }

    /** A price in ticks as the instrument quotes it; blank for none (a held stop market's limit). */
    public static String price(ContractSpec contract, long ticks) {
        return ticks == 0 ? "" : contract.toPrice(ticks).toPlainString();
    }
}
