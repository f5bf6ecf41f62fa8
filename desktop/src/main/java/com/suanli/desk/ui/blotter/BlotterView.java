package com.suanli.desk.ui.blotter;

import static com.suanli.desk.ui.form.Tables.amountColumn;
import static com.suanli.desk.ui.form.Tables.column;
import static com.suanli.desk.ui.form.Tables.symbolColumn;
import static com.suanli.desk.ui.form.Tables.table;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.trading.Fill;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.desk.ui.trading.PositionRow;
import com.suanli.desk.ui.trading.Reject;
import com.suanli.desk.ui.trading.TapeRow;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.Aggressor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
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

    private static final double NARROW = 70;
    private static final double WIDE = 520;
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
                tab("blotter-orders", new ReadOnlyStringWrapper("Orders"), ordersTable("blotter-orders-table",
                        viewModel.orders())),
                tab("blotter-fills", viewModel.fillsTitleProperty(), fillsTable()),
                tab("blotter-rejects", viewModel.rejectsTitleProperty(), rejectsTable()),
                tab("blotter-positions", new ReadOnlyStringWrapper("Positions"), positionsTable()),
                tab("blotter-tape", new ReadOnlyStringWrapper("Tape"), tapeTable()));
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
    }

    public Node root() {
        return root;
    }

    private static Tab tab(String id, ReadOnlyStringProperty title, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(title);
        tab.setContent(content);
        return tab;
    }

    private TableView<OwnOrder> workingTable() {
        TableView<OwnOrder> table = ordersTable("blotter-working-table", viewModel.working());
        TableColumn<OwnOrder, OwnOrder> cancel = new TableColumn<>("");
        cancel.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        cancel.setCellFactory(column -> new TableCell<>() {
            private final Button button = new Button("Cancel");

            {
                button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.DANGER);
                button.setOnAction(event -> viewModel.cancel(getItem()));
            }

            @Override
            protected void updateItem(OwnOrder order, boolean empty) {
                super.updateItem(order, empty);
                setGraphic(empty || order == null ? null : button);
                button.setId(empty || order == null ? null : "blotter-cancel-" + order.orderId());
            }
        });
        cancel.setSortable(false);
        cancel.setMaxWidth(NARROW);
        table.getColumns().add(0, cancel);
        table.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE) {
                viewModel.cancel(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setPlaceholder(new Label("No working orders"));
        return table;
    }

    private TableView<OwnOrder> ordersTable(String id, ObservableList<OwnOrder> rows) {
        TableView<OwnOrder> table = table(id, rows);
        table.getColumns().addAll(List.of(
                column("Order", order -> Long.toString(order.orderId()), true),
                symbolColumn(order -> order.contract().symbol()),
                column("Side", order -> side(order.side()), false),
                column("Type", order -> order.type() + (order.quoteSide() ? " (quote)" : ""), false),
                column("TIF", order -> order.timeInForce().name(), false),
                column("Price", order -> BlotterViewModel.price(order.contract(), order.price()), true),
                column("Stop", order -> BlotterViewModel.price(order.contract(), order.stopPrice()), true),
                column("Qty", order -> Long.toString(order.quantity()), true),
                column("Open", order -> Long.toString(order.openQuantity()), true),
                column("Filled", order -> Long.toString(order.filledQuantity()), true),
                column("Status", order -> order.status().name(), false),
                column("Why", OwnOrder::why, false)));
        table.getColumns().get(table.getColumns().size() - 1).setPrefWidth(WIDE / 2);
        table.setPlaceholder(new Label("No orders yet"));
        return table;
    }

    private TableView<Fill> fillsTable() {
        TableView<Fill> table = table("blotter-fills-table", viewModel.fills());
        table.getColumns().addAll(List.of(
                column("Time", fill -> time(fill.timestamp()), true),
                column("Trade", fill -> Long.toString(fill.tradeId()), true),
                column("Order", fill -> Long.toString(fill.orderId()), true),
                symbolColumn(fill -> fill.contract().symbol()),
                column("Side", fill -> side(fill.side()), false),
                column("Price", fill -> BlotterViewModel.price(fill.contract(), fill.price()), true),
                column("Qty", fill -> Long.toString(fill.quantity()), true),
                column("Liquidity", fill -> fill.aggressor() ? "Took" : "Made", false)));
        table.setPlaceholder(new Label("No fills yet"));
        return table;
    }

    private TableView<Reject> rejectsTable() {
        TableView<Reject> table = table("blotter-rejects-table", viewModel.rejects());
        TableColumn<Reject, String> message = column("Message", Reject::message, false);
        message.setPrefWidth(WIDE);
        table.getColumns().addAll(List.of(
                column("Time", reject -> time(reject.timestamp()), true),
                column("Command", reject -> reject.command().name(), false),
                symbolColumn(Reject::symbol),
                column("Reason", reject -> reject.reason().name(), false),
                message));
        table.setPlaceholder(new Label("No rejects"));
        return table;
    }

    private TableView<PositionRow> positionsTable() {
        TableView<PositionRow> table = table("blotter-positions-table", viewModel.positions());
        table.getColumns().addAll(List.of(
                symbolColumn(position -> position.contract().symbol()),
                column("Net lots", position -> String.format("%+d", position.netLots()), true),
                column("Average", position -> position.averagePrice().toPlainString(), true),
                column("Last", position -> BlotterViewModel.price(position.contract(), position.lastPrice()), true),
                amountColumn("Realised CNY", PositionRow::realisedPnl, BigDecimal::toPlainString),
                amountColumn("Unrealised CNY", PositionRow::unrealisedPnl, BigDecimal::toPlainString),
                amountColumn("P&L CNY", PositionRow::totalPnl, BigDecimal::toPlainString)));
        table.setPlaceholder(new Label("No positions"));
        return table;
    }

    private TableView<TapeRow> tapeTable() {
        TableView<TapeRow> table = table("blotter-tape-table", viewModel.tape());
        table.getColumns().addAll(List.of(
                column("Time", print -> time(print.timestamp()), true),
                symbolColumn(print -> print.contract().symbol()),
                column("Price", print -> BlotterViewModel.price(print.contract(), print.price()), true),
                column("Qty", print -> Long.toString(print.quantity()), true),
                column("Aggressor", print -> print.aggressor() == Aggressor.AUCTION ? "Auction"
                        : print.aggressor() == Aggressor.BUYER ? "Buyer" : "Seller", false)));
        table.setPlaceholder(new Label("No trades yet"));
        return table;
    }

    private static String side(Side side) {
        return side == Side.BID ? "Buy" : "Sell";
    }

    private String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }
}
