package com.suanli.desk.ui.account;

import static com.suanli.desk.ui.form.Tables.amountColumn;
import static com.suanli.desk.ui.form.Tables.colourBySign;
import static com.suanli.desk.ui.form.Tables.column;
import static com.suanli.desk.ui.form.Tables.symbolColumn;
import static com.suanli.desk.ui.form.Tables.table;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.form.Controls;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.PacedRedraw;
import com.suanli.desk.ui.trading.ShownRows;
import com.suanli.desk.ui.workspace.PanelViews;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The account panel: cash and margin figures over the cleared positions and the margin calls. */
public final class AccountView {

    private static final int FIGURES_PER_ROW = 4;
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9,]+\\.[0-9]+");

    private final AccountViewModel viewModel;
    private final VBox root = new VBox();

    public AccountView(AccountViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        Label health = Controls.label("account-health", viewModel.healthTextProperty());
        viewModel.healthProperty().addListener((property, before, after) -> colour(health, after));
        colour(health, viewModel.healthProperty().get());
        ChoiceBox<MarkRule> mark = new ChoiceBox<>();
        mark.setId("account-mark");
        mark.getItems().setAll(MarkRule.values());
        mark.valueProperty().bindBidirectional(viewModel.markRuleProperty());
        mark.getStyleClass().add(Styles.SMALL);
        TabPane tabs = new TabPane(
                tab("account-positions",
                        Bindings.size(viewModel.positions()).map(count -> Texts.format("account.positions", count)),
                        positionsTable()),
                tab("account-calls", Bindings.size(viewModel.calls()).map(count -> Texts.format("account.calls",
                        count)), callsTable()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(figures(mark), health, tabs);
        root.getStyleClass().add("account-panel");
        PanelViews.keepChosenTab(root, tabs, "account-tabs");
        root.setSpacing(4);
    }

    public Node root() {
        return root;
    }

    private GridPane figures(ChoiceBox<MarkRule> mark) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("account-figures");
        grid.setHgap(8);
        grid.setVgap(2);
        List<Node[]> cells = List.of(
                figure(Texts.get("account.cash"), "account-cash", viewModel.cashProperty(), false),
                figure(Texts.get("account.initial"), "account-initial", viewModel.initialMarginProperty(), false),
                figure(Texts.get("account.maintenance"), "account-maintenance", viewModel.maintenanceMarginProperty(),
                        false),
                figure(Texts.get("account.held"), "account-held", viewModel.marginHeldProperty(), false),
                figure(Texts.get("account.free"), "account-free", viewModel.freeCashProperty(), true),
                figure(Texts.get("account.realised"), "account-realised", viewModel.realisedPnlProperty(), true),
                figure(Texts.get("account.unrealised"), "account-unrealised", viewModel.unrealisedPnlProperty(), true),
                new Node[] {Controls.caption(Texts.get("account.mark-at")), mark});
        for (int i = 0; i < cells.size(); i++) {
            grid.add(cells.get(i)[0], 2 * (i % FIGURES_PER_ROW), i / FIGURES_PER_ROW);
            grid.add(cells.get(i)[1], 2 * (i % FIGURES_PER_ROW) + 1, i / FIGURES_PER_ROW);
        }
        return grid;
    }

    private static Node[] figure(String caption, String id, ObservableValue<String> value, boolean coloured) {
        Label figure = Controls.figure(id, value);
        figure.setMinWidth(Region.USE_PREF_SIZE);
        if (coloured) {
            signed(figure, value.getValue());
            value.addListener((property, before, after) -> signed(figure, after));
        }
        return new Node[] {Controls.caption(caption), figure};
    }

    private static void colour(Label health, AccountHealth state) {
        health.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER, Styles.TEXT_MUTED);
        health.getStyleClass().add(switch (state) {
            case COVERED -> Styles.SUCCESS;
            case BELOW_INITIAL, BELOW_MAINTENANCE -> Styles.WARNING;
            case CALLED, DEFAULTED -> Styles.DANGER;
            case NO_CASH -> Styles.TEXT_MUTED;
        });
    }

    private static Tab tab(String id, ObservableValue<String> title, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(title);
        tab.setContent(content);
        return tab;
    }

    private TableView<MarkedPosition> positionsTable() {
        // Marked to the market, the positions move with every batch: on a busy market they follow at a human rate.
        TableView<MarkedPosition> table = table("account-positions-table",
                ShownRows.paced(viewModel.positions(), viewModel::busyMarket, PacedRedraw.Slot.ACCOUNT).rows());
        table.getColumns().addAll(List.of(symbolColumn(row -> row.contract().symbol()),
                column(Texts.get("account.net"), row -> String.format("%+d", row.netLots()), true),
                column(Texts.get("blotter.average"), row -> Figures.tickPrice(row.averagePrice(),
                        row.contract().tickSize().scale()), true),
                column(Texts.get("account.mark"), row -> row.mark() == null ? "" : row.mark().toPlainString(), true),
                amountColumn(Texts.get("account.realised"), MarkedPosition::realisedPnl, AccountViewModel::cny),
                amountColumn(Texts.get("account.unrealised"), MarkedPosition::unrealisedPnl, AccountViewModel::cny),
                amountColumn(Texts.get("account.pnl"), MarkedPosition::totalPnl, AccountViewModel::cny)));
        table.setPlaceholder(new Label(Texts.get("account.no-positions")));
        return table;
    }

    private TableView<MarginCall> callsTable() {
        TableView<MarginCall> table = table("account-calls-table", viewModel.calls());
        table.getColumns().addAll(List.of(
                column(Texts.get("account.call"), call -> Long.toString(call.callId()), true),
                column(Texts.get("account.amount"), call -> AccountViewModel.cny(call.amountFen()), true),
                column(Texts.get("account.deadline"), viewModel::deadline, true),
                column(Texts.get("account.cash"), call -> AccountViewModel.cny(call.cashFen()), true),
                column(Texts.get("blotter.status"), call -> Texts.term(call.status()), false)));
        table.setPlaceholder(new Label(Texts.get("account.no-calls")));
        return table;
    }

    /** Colours an amount shown as {@code 1,234.56} by its sign; a dash stays plain. */
    private static void signed(Label figure, String amount) {
        boolean isAmount = amount != null && AMOUNT.matcher(amount).matches();
        colourBySign(figure, isAmount ? new BigDecimal(amount.replace(",", "")).signum() : 0);
    }
}
