package com.suanli.desk.ui.blotter;

import static com.suanli.desk.ui.form.Tables.amountColumn;
import static com.suanli.desk.ui.form.Tables.column;
import static com.suanli.desk.ui.form.Tables.symbolColumn;
import static com.suanli.desk.ui.form.Tables.table;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.Fill;
import com.suanli.desk.ui.trading.OrderStatus;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.desk.ui.trading.PositionRow;
import com.suanli.desk.ui.trading.Reject;
import com.suanli.desk.ui.trading.ShownRows;
import com.suanli.desk.ui.trading.TapeRow;
import com.suanli.desk.ui.workspace.PanelViews;
import com.suanli.exchange.engine.command.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;

/** The blotter panel: working orders, all orders, fills, rejects, positions and the tape, one tab each. */
public final class BlotterView {

    private static final double WIDE = 520;
    /** A price as wide as the desk's run to: four figures before the point, two after. */
    private static final String TYPICAL_PRICE = "0000.00";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final BlotterViewModel viewModel;
    private final ZoneId zone;
    private final StackPane root = new StackPane();

    /** @param zone the exchange's zone, in which times are shown */
    public BlotterView(BlotterViewModel viewModel, ZoneId zone) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.zone = Objects.requireNonNull(zone, "zone");
        TabPane tabs = new TabPane(
                tab("blotter-working", viewModel.workingTitleProperty(), workingTable()),
                tab("blotter-orders", new ReadOnlyStringWrapper(Texts.get("blotter.orders")),
                        ordersTable("blotter-orders-table",
                        viewModel.orders())),
                tab("blotter-fills", viewModel.fillsTitleProperty(), fillsTable()),
                tab("blotter-rejects", viewModel.rejectsTitleProperty(), rejectsTable()),
                tab("blotter-positions", new ReadOnlyStringWrapper(Texts.get("blotter.positions")), positionsTable()),
                tab("blotter-tape", new ReadOnlyStringWrapper(Texts.get("blotter.tape")), tapeTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().addAll(Styles.DENSE, "blotter-tabs");
        Label pnl = new Label();
        pnl.setId("blotter-total-pnl");
        pnl.getStyleClass().addAll(DeskTheme.TABULAR, "blotter-total-pnl");
        pnl.textProperty().bind(viewModel.totalPnlProperty());
        StackPane.setAlignment(pnl, Pos.TOP_RIGHT);
        pnl.setMouseTransparent(true);
        root.getChildren().addAll(tabs, pnl);
        root.getStyleClass().add("blotter");
        PanelViews.keepChosenTab(root, tabs, "blotter-tabs");
    }

    public Node root() {
        return root;
    }

    private <T> Tab tab(String id, ReadOnlyStringProperty title, TableView<T> table) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(title);
        // A hidden tab's table is brought up to date when selected, not laid out anew on every batch of events; a
        // shown one follows a busy market at a human rate.
        table.setItems(new ShownRows<>(table.getItems(), tab.selectedProperty(), viewModel::busyMarket,
                PacedRedraw.Slot.BLOTTER).rows());
        tab.setContent(table);
        return tab;
    }

    private TableView<OwnOrder> workingTable() {
        TableView<OwnOrder> table = ordersTable("blotter-working-table", viewModel.working());
        TableColumn<OwnOrder, OwnOrder> cancel = new TableColumn<>("");
        cancel.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        cancel.setCellFactory(column -> new TableCell<>() {
            private final Button button = new Button(Texts.get("blotter.cancel"));

            {
                // One style class, no id per order: a node whose id changes is styled anew, and under a busy market
                // the working orders' rows move on nearly every batch.
                button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER, "blotter-cancel");
                button.setOnAction(event -> viewModel.cancel(getItem()));
            }

            @Override
            protected void updateItem(OwnOrder order, boolean empty) {
                super.updateItem(order, empty);
                setGraphic(empty || order == null ? null : button);
            }
        });
        cancel.setSortable(false);
        Tables.fitButton(cancel, Texts.get("blotter.cancel"));
        table.getColumns().add(0, cancel);
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE) {
                viewModel.cancel(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setPlaceholder(new Label(Texts.get("blotter.no-working")));
        return table;
    }

    private TableView<OwnOrder> ordersTable(String id, ObservableList<OwnOrder> rows) {
        TableView<OwnOrder> table = table(id, rows);
        // Read as a trader says an order, side, lots, price, then what is left of it, its number and terms after: on a
        // laptop the blotter is 720 pixels wide, and with the number, type and time in force first the lots and what
        // was filled were off its edge.
        table.getColumns().addAll(List.of(
                symbolColumn(order -> order.contract().symbol()),
                column(Texts.get("blotter.side"), order -> Texts.term(order.side()), false),
                column(Texts.get("blotter.quantity"), order -> Long.toString(order.quantity()), true),
                priceColumn(Texts.get("blotter.price"), OwnOrder::price),
                column(Texts.get("blotter.open"), order -> Long.toString(order.openQuantity()), true),
                column(Texts.get("blotter.filled"), order -> Long.toString(order.filledQuantity()), true),
                statusColumn(),
                column(Texts.get("blotter.order"), order -> Long.toString(order.orderId()), true),
                column(Texts.get("blotter.type"), order -> order.quoteSide()
                        ? Texts.format("blotter.quote-side", Texts.term(order.type())) : Texts.term(order.type()),
                                false),
                timeInForceColumn(),
                priceColumn(Texts.get("blotter.stop"), OwnOrder::stopPrice),
                column(Texts.get("blotter.why"),
                        order -> RefusalWords.cancellation(order.cancelReason()), false)));
        table.getColumns().get(table.getColumns().size() - 1).setPrefWidth(WIDE / 2);
        table.setPlaceholder(new Label(Texts.get("blotter.no-orders")));
        return table;
    }

    /**
     * An order's limit or stop, never cut to "2…": a Chinese title is two characters wide, and a squeezed table
     * would give the column no more.
     */
    private static TableColumn<OwnOrder, String> priceColumn(String title, ToLongFunction<OwnOrder> ticks) {
        TableColumn<OwnOrder, String> price = column(title,
                order -> BlotterViewModel.price(order.contract(), ticks.applyAsLong(order)), true);
        Tables.fitFigure(price, TYPICAL_PRICE);
        return price;
    }

    /** An order's status, never cut ("WORK…"): as wide as the longest status in the desk's language. */
    private static TableColumn<OwnOrder, String> statusColumn() {
        TableColumn<OwnOrder, String> status = column(Texts.get("blotter.status"), order -> Texts.term(order.status()),
                false);
        Tables.fitWords(status, Arrays.stream(OrderStatus.values()).map(Texts::term).toList());
        return status;
    }

    /** An order's time in force, never cut ("撤销…"): as wide as the longest in the desk's language. */
    private static TableColumn<OwnOrder, String> timeInForceColumn() {
        TableColumn<OwnOrder, String> timeInForce = column(Texts.get("blotter.tif"),
                order -> timeInForce(order.timeInForce()), false);
        Tables.fitWords(timeInForce, Arrays.stream(TimeInForce.values()).map(BlotterView::timeInForce).toList());
        return timeInForce;
    }

    private static String timeInForce(TimeInForce timeInForce) {
        return Texts.get("blotter.tif." + timeInForce.name());
    }

    private TableView<Fill> fillsTable() {
        TableView<Fill> table = table("blotter-fills-table", viewModel.fills());
        table.getColumns().addAll(List.of(
                timeColumn(Fill::timestamp),
                column(Texts.get("blotter.trade"), fill -> Long.toString(fill.tradeId()), true),
                column(Texts.get("blotter.order"), fill -> Long.toString(fill.orderId()), true),
                symbolColumn(fill -> fill.contract().symbol()),
                column(Texts.get("blotter.side"), fill -> Texts.term(fill.side()), false),
                column(Texts.get("blotter.price"), fill -> BlotterViewModel.price(fill.contract(), fill.price()), true),
                column(Texts.get("blotter.quantity"), fill -> Long.toString(fill.quantity()), true),
                column(Texts.get("blotter.liquidity"),
                        fill -> Texts.get(fill.aggressor() ? "blotter.took" : "blotter.made"), false)));
        table.setPlaceholder(new Label(Texts.get("blotter.no-fills")));
        return table;
    }

    private TableView<Reject> rejectsTable() {
        TableView<Reject> table = table("blotter-rejects-table", viewModel.rejects());
        TableColumn<Reject, String> message = column(Texts.get("blotter.message"), Reject::message, false);
        message.setPrefWidth(WIDE);
        table.getColumns().addAll(List.of(
                timeColumn(Reject::timestamp),
                column(Texts.get("blotter.command"), reject -> RefusalWords.command(reject.command()), false),
                symbolColumn(Reject::symbol),
                column(Texts.get("blotter.reason"), reject -> RefusalWords.reason(reject.reason()), false),
                message));
        table.setPlaceholder(new Label(Texts.get("blotter.no-rejects")));
        return table;
    }

    private TableView<PositionRow> positionsTable() {
        TableView<PositionRow> table = table("blotter-positions-table", viewModel.positions());
        table.getColumns().addAll(List.of(
                symbolColumn(position -> position.contract().symbol()),
                column(Texts.get("blotter.net-lots"), position -> String.format("%+d", position.netLots()), true),
                column(Texts.get("blotter.average"), position -> Figures.tickPrice(
                        position.averagePrice(), position.contract().tickSize().scale()), true),
                column(Texts.get("blotter.last"), position -> BlotterViewModel.price(position.contract(),
                        position.lastPrice()), true),
                amountColumn(Texts.get("blotter.realised"), PositionRow::realisedPnl, BigDecimal::toPlainString),
                amountColumn(Texts.get("blotter.unrealised"), PositionRow::unrealisedPnl, BigDecimal::toPlainString),
                amountColumn(Texts.get("blotter.pnl"), PositionRow::totalPnl, BigDecimal::toPlainString)));
        table.setPlaceholder(new Label(Texts.get("blotter.no-positions")));
        return table;
    }

    private TableView<TapeRow> tapeTable() {
        TableView<TapeRow> table = table("blotter-tape-table", viewModel.tape());
        table.getColumns().addAll(List.of(
                timeColumn(TapeRow::timestamp),
                symbolColumn(print -> print.contract().symbol()),
                column(Texts.get("blotter.price"), print -> BlotterViewModel.price(print.contract(), print.price()),
                        true),
                column(Texts.get("blotter.quantity"), print -> Long.toString(print.quantity()), true),
                column(Texts.get("blotter.aggressor"), print -> Texts.term(print.aggressor()), false)));
        table.setPlaceholder(new Label(Texts.get("blotter.no-trades")));
        return table;
    }

    /** Exchange time to the millisecond, never cut. */
    private <T> TableColumn<T, String> timeColumn(ToLongFunction<T> epochMillis) {
        TableColumn<T, String> time = column(Texts.get("blotter.time"),
                row -> TIME.format(Instant.ofEpochMilli(epochMillis.applyAsLong(row)).atZone(zone)), true);
        Tables.fitFigure(time, TIME.format(LocalTime.MIDNIGHT));
        return time;
    }
}
