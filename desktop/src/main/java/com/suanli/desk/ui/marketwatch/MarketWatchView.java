package com.suanli.desk.ui.marketwatch;

import static com.suanli.desk.ui.form.Tables.colourBySign;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.text.Texts;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The market watch panel: a filter bar over a read-only table of the listed instruments. */
public final class MarketWatchView {

    /** Figures: monospaced and right-aligned, so that digits line up down a column. */
    static final String FIGURES = "figures";

    /** How often the live columns re-read the market: twice a second reads as live, and costs little. */
    static final Duration PULSE = Duration.millis(500);

    private final MarketWatchViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final LongProperty beat = new SimpleLongProperty(this, "beat");

    public MarketWatchView(MarketWatchViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        TableView<InstrumentRow> table = table();
        root.setTop(filterBar());
        root.setCenter(table);
        root.getStyleClass().add("market-watch");
        // Each beat makes the live cells on screen re-read their figures: they change their text without being
        // rebuilt. The pulse runs while the view is in a window.
        Timeline pulse = new Timeline(new KeyFrame(PULSE, tick -> beat.set(beat.get() + 1)));
        pulse.setCycleCount(Animation.INDEFINITE);
        table.sceneProperty().addListener((property, before, after) -> {
            if (after == null) {
                pulse.stop();
            } else {
                pulse.play();
            }
        });
    }

    public Node root() {
        return root;
    }

    private HBox filterBar() {
        ComboBox<?> product = filter("market-watch-product", viewModel.productChoices(), viewModel.productProperty());
        ComboBox<?> hub = filter("market-watch-hub", viewModel.hubChoices(), viewModel.hubProperty());
        ComboBox<?> month = filter("market-watch-month", viewModel.monthChoices(), viewModel.monthProperty());
        CheckBox green = new CheckBox(Texts.get("marketwatch.green-only"));
        green.setId("market-watch-green");
        green.selectedProperty().bindBidirectional(viewModel.greenOnlyProperty());
        Label count = new Label();
        count.setId("market-watch-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(viewModel.countTextProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(product, hub, month, green, spacer, count);
        bar.getStyleClass().add("panel-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static <T> ComboBox<FilterChoice<T>> filter(String id, ObservableList<FilterChoice<T>> choices,
                                                        ObjectProperty<FilterChoice<T>> chosen) {
        ComboBox<FilterChoice<T>> box = new ComboBox<>(choices);
        box.setId(id);
        box.getStyleClass().add(Styles.SMALL);
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private TableView<InstrumentRow> table() {
        TableView<InstrumentRow> table = new TableView<>(viewModel.rows());
        Tables.fitHeaders(table);
        table.setId("market-watch-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setEditable(false);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener((property, before, after) -> viewModel.select(after));
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(viewModel.placeholderTextProperty());
        table.setPlaceholder(placeholder);
        table.getColumns().addAll(List.of(
                column(Texts.get("marketwatch.symbol"), InstrumentRow::symbol, false, 168),
                live(Texts.get("marketwatch.bid-lots"), RowQuote::bidQuantity, 90),
                live(Texts.get("marketwatch.bid"), RowQuote::bid, 72),
                live(Texts.get("marketwatch.ask"), RowQuote::ask, 72),
                live(Texts.get("marketwatch.ask-lots"), RowQuote::askQuantity, 90),
                live(Texts.get("marketwatch.last"), RowQuote::last, 72),
                live(Texts.get("marketwatch.last-lots"), RowQuote::lastQuantity, 94),
                signedLive(Texts.get("marketwatch.change"), RowQuote::change, 72),
                live(Texts.get("marketwatch.volume"), RowQuote::volume, 80),
                live(Texts.get("marketwatch.open-interest"), RowQuote::openInterest, 110),
                live(Texts.get("marketwatch.settlement"), RowQuote::settlement, 84),
                live(Texts.get("marketwatch.index"), RowQuote::index, 72),
                column(Texts.get("marketwatch.product"), InstrumentRow::product, false, 76),
                column(Texts.get("marketwatch.hub"), InstrumentRow::hub, false, 74),
                greenColumn(),
                column(Texts.get("marketwatch.kind"), InstrumentRow::kind, false, 60),
                column(Texts.get("marketwatch.delivery"), InstrumentRow::delivery, true, 84),
                column(Texts.get("marketwatch.settles"), InstrumentRow::settlement, false, 76),
                column(Texts.get("marketwatch.contract"), InstrumentRow::contractSize, true, 140),
                column(Texts.get("marketwatch.tick"), InstrumentRow::tickSize, true, 54),
                column(Texts.get("marketwatch.ref-cny"), InstrumentRow::referencePrice, true, 72),
                column(Texts.get("marketwatch.band-low"), InstrumentRow::bandLow, true, 84),
                column(Texts.get("marketwatch.band-high"), InstrumentRow::bandHigh, true, 90)));
        return table;
    }

    private static TableColumn<InstrumentRow, String> column(String title, Function<InstrumentRow, String> text,
                                                             boolean figures, double width) {
        TableColumn<InstrumentRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        if (figures) {
            column.getStyleClass().addAll(FIGURES, DeskTheme.TABULAR);
        }
        return column;
    }

    /**
     * A live figure: its value is read from the market when asked, and its cells re-read it on every beat of the
     * pulse. Only a cell listens to the pulse, and the table makes its cells on the FX thread, where the pulse
     * fires: asking a column for a value (from any thread) adds no listener to the pulse.
     */
    private TableColumn<InstrumentRow, String> live(String title, Function<RowQuote, String> figure, double width) {
        return live(title, figure, width, false);
    }

    /** A live figure with a sign ({@code +0.12}, {@code -0.05}): up green, down red. */
    private TableColumn<InstrumentRow, String> signedLive(String title, Function<RowQuote, String> figure,
                                                          double width) {
        return live(title, figure, width, true);
    }

    private TableColumn<InstrumentRow, String> live(String title, Function<RowQuote, String> figure, double width,
                                                    boolean signed) {
        TableColumn<InstrumentRow, String> column = column(title, row -> figure.apply(viewModel.quote(row)), true, width);
        column.setCellFactory(each -> new LiveCell(signed));
        return column;
    }

    /** A cell of a live column, re-reading its figure on each beat while it shows a row. */
    private final class LiveCell extends TableCell<InstrumentRow, String> {

        /** Held by the cell and given to the pulse weakly: a cell the table drops is not kept by the pulse. */
        private final InvalidationListener reread = pulse -> reread();
        private final boolean signed;

        LiveCell(boolean signed) {
            this.signed = signed;
            beat.addListener(new WeakInvalidationListener(reread));
        }

        @Override
        protected void updateItem(String figure, boolean empty) {
            super.updateItem(figure, empty);
            show(empty ? null : figure);
        }

        private void reread() {
            int index = getIndex();
            if (!isEmpty() && index >= 0 && index < getTableView().getItems().size()) {
                show(getTableColumn().getCellObservableValue(index).getValue());
            }
        }

        private void show(String figure) {
            setText(figure);
            if (signed) {
                colourBySign(this, figure == null || figure.isEmpty() || figure.startsWith("0") ? 0
                        : figure.startsWith("-") ? -1 : 1);
            }
        }
    }

    private static TableColumn<InstrumentRow, String> greenColumn() {
        TableColumn<InstrumentRow, String> green = column(Texts.get("marketwatch.green-tag"), InstrumentRow::green,
                false, 30);
        green.getStyleClass().add("green-tag");
        return green;
    }
}
