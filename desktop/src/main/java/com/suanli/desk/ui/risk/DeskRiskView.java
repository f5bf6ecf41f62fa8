package com.suanli.desk.ui.risk;

import static com.suanli.desk.ui.form.Controls.button;
import static com.suanli.desk.ui.form.Controls.caption;
import static com.suanli.desk.ui.form.Controls.errorLine;
import static com.suanli.desk.ui.form.Controls.label;
import static com.suanli.desk.ui.form.Controls.toolbar;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.workspace.PanelViews;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Risk panel: the chosen Greek's heatmap by month and hub, and the margin of every account seen with the chosen
 * account's positions under it. The margin table sorts by any column; an account short of margin is marked.
 */
public final class DeskRiskView {

    /** The style class of a row whose account is short of margin (called, in default, or below a requirement). */
    public static final String SHORTFALL = "margin-shortfall";
    private static final double MINIMUM_HEIGHT = 330;
    /** Wide enough for 9,999,999.99 and a column title. */
    private static final double COLUMN_WIDTH = 115;
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeskRiskViewModel viewModel;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();

    /** @param zone the exchange's zone, which call deadlines are shown in */
    public DeskRiskView(DeskRiskViewModel viewModel, ZoneId zone) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.zone = Objects.requireNonNull(zone, "zone");
        ComboBox<Greek> greek = new ComboBox<>();
        greek.setId("risk-greek");
        greek.getItems().setAll(Greek.values());
        greek.valueProperty().bindBidirectional(viewModel.greekProperty());
        greek.setMinWidth(Region.USE_PREF_SIZE);
        Label status = label("risk-desk-status", viewModel.statusProperty());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        CheckBox everyMember = new CheckBox(Texts.get("risk.desk.every-member"));
        everyMember.setId("risk-every-member");
        everyMember.setMinWidth(Region.USE_PREF_SIZE);
        everyMember.selectedProperty().bindBidirectional(viewModel.everyMemberProperty());
        everyMember.disableProperty().bind(viewModel.mayWidenProperty().not());
        Button refresh = button("risk-refresh", Texts.get("risk.desk.refresh"), viewModel::refresh);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        root.setTop(new VBox(toolbar(caption(Texts.get("risk.desk.greek")), greek, everyMember, refresh),
                toolbar(status), errorLine("risk-desk-error", viewModel.errorProperty())));
        HeatmapView heatmap = new HeatmapView();
        heatmap.show(viewModel.heatmapProperty().get());
        viewModel.heatmapProperty().addListener((observable, before, now) -> heatmap.show(now));
        TabPane tabs = new TabPane(tab("risk-tab-heatmap", "risk.tab.heatmap", heatmap.root()),
                tab("risk-tab-margin", "risk.tab.margin", margins()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setId("desk-risk");
        PanelViews.keepChosenTab(root, tabs, "risk-tabs");
        // A heatmap of a few months and hubs and the margin table need this much to be read at all.
        root.setMinHeight(MINIMUM_HEIGHT);
    }

    public Parent root() {
        return root;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(Texts.get(title), content);
        tab.setId(id);
        return tab;
    }

    private SplitPane margins() {
        SortedList<MarginRow> sorted = new SortedList<>(viewModel.margins());
        TableView<MarginRow> table = Tables.table("risk-margins", sorted, Texts.get("risk.margin.empty"));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        TableColumn<MarginRow, Long> account = new TableColumn<>(Texts.get("risk.margin.account"));
        account.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().account()));
        TableColumn<MarginRow, String> kind = Tables.column(Texts.get("risk.margin.kind"),
                row -> Texts.term(row.kind()), false);
        kind.setSortable(true);
        TableColumn<MarginRow, String> standing = Tables.column(Texts.get("risk.margin.standing"),
                row -> Texts.get("risk.health." + row.health().name().toLowerCase(Locale.ROOT)), false);
        standing.setSortable(true);
        standing.setComparator(Comparator.naturalOrder());
        TableColumn<MarginRow, String> deadline = Tables.column(Texts.get("risk.margin.deadline"),
                row -> row.deadline().map(at -> DEADLINE.format(at.atZone(zone))).orElse(""), true);
        deadline.setSortable(true);
        table.getColumns().setAll(List.of(account, kind,
                money("risk.margin.cash", MarginRow::cash), money("risk.margin.initial", MarginRow::initial),
                money("risk.margin.maintenance", MarginRow::maintenance), money("risk.margin.held", MarginRow::held),
                money("risk.margin.excess", MarginRow::excess), money("risk.margin.call", MarginRow::call),
                deadline, standing));
        readable(table);
        table.setRowFactory(each -> new TableRow<>() {
            @Override
            protected void updateItem(MarginRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(SHORTFALL);
                if (!empty && row != null && row.shortOfMargin()) {
                    getStyleClass().add(SHORTFALL);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                viewModel.chosenAccountProperty().set(chosen);
            }
        });
        SplitPane split = new SplitPane(table, positions());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        return split;
    }

    /** In a narrow panel the columns keep their width and the table scrolls across, rather than cut every figure. */
    private static <T> void readable(TableView<T> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().forEach(column -> column.setPrefWidth(Math.max(column.getMinWidth(), COLUMN_WIDTH)));
    }

    private static TableColumn<MarginRow, BigDecimal> money(String title, Function<MarginRow, BigDecimal> amount) {
        TableColumn<MarginRow, BigDecimal> column = Tables.amountColumn(Texts.get(title), amount,
                value -> Figures.amount(value.doubleValue()));
        column.setSortable(true);
        return column;
    }

    private TableView<PositionRisk> positions() {
        TableView<PositionRisk> table = Tables.table("risk-positions", viewModel.positions(),
                Texts.get("risk.positions.empty"));
        table.getColumns().setAll(List.of(
                Tables.symbolColumn(PositionRisk::symbol),
                Tables.signedColumn(Texts.get("risk.positions.lots"), row -> String.format(Locale.ROOT, "%+,d", row.netLots()),
                        row -> Long.signum(row.netLots())),
                Tables.column(Texts.get("risk.positions.average"), row -> Figures.price(row.averagePrice().doubleValue()),
                        true),
                Tables.column(Texts.get("risk.positions.mark"), row -> row.mark().map(Figures::price).orElse(""), true),
                greekColumn("risk.greek.delta", Greek.DELTA), greekColumn("risk.greek.gamma", Greek.GAMMA),
                greekColumn("risk.greek.vega", Greek.VEGA)));
        readable(table);
        return table;
    }

    private static TableColumn<PositionRisk, String> greekColumn(String title, Greek greek) {
        return Tables.signedColumn(Texts.get(title),
                row -> row.greek(greek).map(Figures::amount).orElse(Texts.get("risk.positions.unpriced")),
                row -> row.greek(greek).map(value -> (int) Math.signum(value)).orElse(0));
    }
}
