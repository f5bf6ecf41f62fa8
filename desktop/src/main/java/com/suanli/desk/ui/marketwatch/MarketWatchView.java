package com.suanli.desk.ui.marketwatch;

import static com.suanli.desk.ui.form.Tables.colourBySign;
import static com.suanli.desk.ui.form.Tables.colourBySignBeforeCss;
import static com.suanli.desk.ui.form.Tables.flashBySign;
import static com.suanli.desk.ui.form.Tables.flashBySignBeforeCss;
import static com.suanli.desk.ui.form.Tables.steady;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Controls;
import com.suanli.desk.ui.form.Tables;
import com.suanli.desk.ui.form.UnclippedCell;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.workspace.PanelViews;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The market watch panel: a filter bar over a read-only table of the listed instruments. */
public final class MarketWatchView {

    /** Figures: monospaced and right-aligned, so that digits line up down a column. */
    static final String FIGURES = "figures";

    /**
     * A live figure's column: its cells hold a clear background while unlit (desk.css), so that a flash changes their
     * colour only. A cell without one that lights up changes its geometry, which lays out the whole table again.
     */
    static final String LIVE = "live";

    /** How often the live columns re-read the market: twice a second reads as live, and costs little. */
    static final Duration PULSE = Duration.millis(500);

    /**
     * The rows re-read in turns a fifth of a beat apart, each turn a block of {@link #TURN_ROWS} rows one under the
     * other: each row still every {@link #PULSE}, but no FX pulse restyles and repaints every moving cell on screen at
     * once (all at once, the beat was a fifth of the FX thread's work under a busy market, in two pulses a second).
     * Blocks, not every fifth row: rows 0, 5, 10, ... lit in one turn spanned the whole table, so each turn repainted
     * all of it (docs/BENCHMARKS.md, PulseProbe, branches pulse14g and pulse14h).
     */
    static final int TURNS = 5;

    /** The rows of a turn's block: about a quarter of the rows a watch shows. */
    static final int TURN_ROWS = 8;

    /** The symbol search's width in characters: a whole symbol's hub and month ({@code GZ-2027M09}). */
    private static final int SEARCH_COLUMNS = 9;

    /** Between the bar's controls, as desk.css spaces a panel's tool bar. */
    private static final double SPACING = 8;

    private final MarketWatchViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final LongProperty beat = new SimpleLongProperty(this, "beat");
    /**
     * The rows' quotes read in the beat's current turn: each of a row's live cells re-reads its own figure, and each
     * read the row's whole quote (every figure formatted) from the market, a column's count of times a turn.
     */
    private final Map<InstrumentRow, RowQuote> readThisTurn = new HashMap<>();
    private long turnRead = -1;

    public MarketWatchView(MarketWatchViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        TableView<InstrumentRow> table = table();
        root.setTop(filterBar());
        root.setCenter(table);
        root.getStyleClass().add("market-watch");
        PanelViews.keepSetting(root, "market-watch-columns", viewModel.columns().wordsProperty());
        // Each turn of the beat makes the live cells on screen of its rows re-read their figures: they change their
        // text without being rebuilt. The pulse runs while the view is in a window.
        Timeline pulse = new Timeline(new KeyFrame(PULSE.divide(TURNS), tick -> beat.set(beat.get() + 1)));
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

    private FilterBar filterBar() {
        ComboBox<?> product = filter("market-watch-product", viewModel.productChoices(), viewModel.productProperty());
        ComboBox<?> hub = filter("market-watch-hub", viewModel.hubChoices(), viewModel.hubProperty());
        ComboBox<?> month = filter("market-watch-month", viewModel.monthChoices(), viewModel.monthProperty());
        CheckBox green = new CheckBox(Texts.get("marketwatch.green-only"));
        green.setId("market-watch-green");
        green.selectedProperty().bindBidirectional(viewModel.greenOnlyProperty());
        green.setMinWidth(Region.USE_PREF_SIZE);
        // The count gives way first (whole on hover) when a docked watch is narrower than even the two rows need.
        Label count = new Label();
        count.setId("market-watch-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(viewModel.countTextProperty());
        count.setMinWidth(0);
        Controls.wholeOnHover(count);
        // Any listed instrument by its symbol, past the front months the watch opens on.
        TextField search = new TextField();
        search.setId("market-watch-search");
        search.setPromptText(Texts.get("marketwatch.search"));
        search.getStyleClass().add(Styles.SMALL);
        search.setPrefColumnCount(SEARCH_COLUMNS);
        search.setMinWidth(Region.USE_PREF_SIZE);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox filters = new HBox(SPACING, product, hub, month, green);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox tail = new HBox(SPACING, search, count, columnsMenu());
        tail.setAlignment(Pos.CENTER_RIGHT);
        FilterBar bar = new FilterBar(filters, tail);
        bar.setId("market-watch-filters");
        return bar;
    }

    /**
     * The Columns menu: a tick for each column but the symbol, by its full words. Ticking one leaves the menu open,
     * so that several are chosen in one go.
     */
    private MenuButton columnsMenu() {
        MenuButton menu = new MenuButton(Texts.get("marketwatch.columns"));
        menu.setId("market-watch-columns");
        menu.getStyleClass().add(Styles.SMALL);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        for (WatchColumn column : WatchColumn.values()) {
            if (column.canHide()) {
                CheckBox shown = new CheckBox(column.title());
                shown.setId("market-watch-column-" + column.slug());
                shown.selectedProperty().bindBidirectional(viewModel.columns().shownProperty(column));
                CustomMenuItem item = new CustomMenuItem(shown, false);
                menu.getItems().add(item);
            }
        }
        return menu;
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
        TableView<InstrumentRow> table = steady(viewModel.rows());
        table.setId("market-watch-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        // The columns share the panel's width above their minimums (from their words and figures): the whole
        // market in view, a sideways scroll only when the trader shows more columns than the panel holds.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setEditable(false);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getSelectionModel().selectedItemProperty().addListener((property, before, after) -> viewModel.select(after));
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(viewModel.placeholderTextProperty());
        table.setPlaceholder(placeholder);
        // Set while the columns chosen do not fit the watch: those that give way step aside until they do.
        BooleanProperty narrow = new SimpleBooleanProperty(this, "narrow");
        for (WatchColumn each : WatchColumn.values()) {
            TableColumn<InstrumentRow, String> column = column(each);
            column.setId("watch-" + each.slug());
            BooleanProperty chosen = viewModel.columns().shownProperty(each);
            column.visibleProperty().bind(each.givesWay() ? chosen.and(narrow.not()) : chosen);
            chosen.addListener(changed -> narrow.set(tooNarrow(table)));
            table.getColumns().add(column);
        }
        table.widthProperty().addListener(changed -> narrow.set(tooNarrow(table)));
        ObservableList<InstrumentRow> listed = viewModel.listed();
        listed.addListener((InvalidationListener) relisted -> {
            fit(table, listed);
            narrow.set(tooNarrow(table));
        });
        // A column hidden when the catalogue is listed (the contract's terms) is fitted when shown: its 962 texts
        // are not made and measured on the FX thread while the trader waits for the first prices.
        table.getColumns().forEach(column -> column.visibleProperty().addListener((property, hidden, shown) -> {
            if (shown) {
                fit(table, listed);
            }
        }));
        fit(table, listed);
        return table;
    }

    /** Whether the columns chosen, each at its narrowest, are wider than the table beside its scroll bar. */
    private boolean tooNarrow(TableView<InstrumentRow> table) {
        double needed = Tables.SCROLL_BAR;
        for (int i = 0; i < table.getColumns().size(); i++) {
            if (viewModel.columns().shownProperty(WatchColumn.values()[i]).get()) {
                needed += table.getColumns().get(i).getMinWidth();
            }
        }
        return table.getWidth() > 0 && needed > table.getWidth();
    }

    private TableColumn<InstrumentRow, String> column(WatchColumn which) {
        return switch (which) {
            case SYMBOL -> symbolColumn();
            case BID_LOTS -> live(which, RowQuote::bidQuantity);
            case BID -> live(which, RowQuote::bid);
            case ASK -> live(which, RowQuote::ask);
            case ASK_LOTS -> live(which, RowQuote::askQuantity);
            case LAST -> live(which, RowQuote::last);
            case LAST_LOTS -> live(which, RowQuote::lastQuantity);
            case CHANGE -> signedLive(which, RowQuote::change);
            case VOLUME -> live(which, RowQuote::volume);
            case OPEN_INTEREST -> live(which, RowQuote::openInterest);
            case SETTLEMENT -> live(which, RowQuote::settlement);
            case INDEX -> live(which, RowQuote::index);
            case PRODUCT -> column(which, InstrumentRow::product, false);
            case HUB -> column(which, InstrumentRow::hub, false);
            case GREEN -> greenColumn();
            case KIND -> column(which, InstrumentRow::kind, false);
            case DELIVERY -> column(which, InstrumentRow::delivery, true);
            case SETTLES -> column(which, InstrumentRow::settlement, false);
            case CONTRACT -> column(which, InstrumentRow::contractSize, true);
            case TICK -> column(which, InstrumentRow::tickSize, true);
            case REF_CNY -> column(which, InstrumentRow::referencePrice, true);
            case BAND_LOW -> column(which, InstrumentRow::bandLow, true);
            case BAND_HIGH -> column(which, InstrumentRow::bandHigh, true);
        };
    }

    /** Each column shown never narrower than its header's words and the widest its cells show for the listing. */
    private static void fit(TableView<InstrumentRow> table, List<InstrumentRow> listed) {
        WatchWidths widths = WatchWidths.over(listed);
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<InstrumentRow, ?> column = table.getColumns().get(i);
            if (column.isVisible()) {
                column.setMinWidth(widths.of(WatchColumn.values()[i], column.getText()));
            }
        }
    }

    private static TableColumn<InstrumentRow, String> column(WatchColumn which, Function<InstrumentRow, String> text,
                                                             boolean figures) {
        TableColumn<InstrumentRow, String> column = new TableColumn<>(which.header());
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(Tables.textCells());
        column.setSortable(false);
        column.setReorderable(false);
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
    private TableColumn<InstrumentRow, String> live(WatchColumn which, Function<RowQuote, String> figure) {
        return live(which, figure, false);
    }

    /** A live figure with a sign ({@code +0.12}, {@code -0.05}): up green, down red. */
    private TableColumn<InstrumentRow, String> signedLive(WatchColumn which, Function<RowQuote, String> figure) {
        return live(which, figure, true);
    }

    private TableColumn<InstrumentRow, String> live(WatchColumn which, Function<RowQuote, String> figure,
                                                    boolean signed) {
        TableColumn<InstrumentRow, String> column = column(which, row -> figure.apply(viewModel.quote(row)), true);
        column.getStyleClass().add(LIVE);
        column.setCellFactory(each -> new LiveCell(figure, signed));
        return column;
    }

    /** The row's quote as this turn of the beat read it: read once a turn, whatever the count of live columns. */
    private RowQuote quoteThisTurn(InstrumentRow row) {
        if (turnRead != beat.get()) {
            readThisTurn.clear();
            turnRead = beat.get();
        }
        return readThisTurn.computeIfAbsent(row, viewModel::quote);
    }

    /** The turn of the beat in which row {@code row} re-reads its figures. */
    static int turnOf(int row) {
        return row / TURN_ROWS % TURNS;
    }

    /**
     * A cell of a live column, re-reading its figure on each beat while it shows a row, in its row's turn. An unsigned
     * figure that moved since the last beat flashes its direction until a beat finds it still; a cell that comes to
     * show another row (a scroll, a filter) starts unlit, since its figure did not move. A signed figure (the change)
     * says its direction in its colour already and does not flash.
     *
     * <p>The cell is a layout root (not managed by its row, which places and sizes its cells itself, managed or not):
     * a figure re-read lays out its own cell, whose size its column fixes, and not its row, the table's flow of rows
     * and the window above them, as a managed cell's new text would on every beat (docs/BENCHMARKS.md, PulseProbe,
     * branch pulse14j).
     */
    private final class LiveCell extends UnclippedCell<InstrumentRow, String> {

        /** Held by the cell and given to the pulse weakly: a cell the table drops is not kept by the pulse. */
        private final InvalidationListener reread = pulse -> reread();
        private final Function<RowQuote, String> figure;
        private final boolean signed;

        LiveCell(Function<RowQuote, String> figure, boolean signed) {
            this.figure = figure;
            this.signed = signed;
            setManaged(false);
            beat.addListener(new WeakInvalidationListener(reread));
        }

        @Override
        protected void updateItem(String figure, boolean empty) {
            super.updateItem(figure, empty);
            String shown = empty ? null : figure;
            setText(shown);
            if (signed) {
                colourBySign(this, sign(shown));
            } else {
                flashBySign(this, 0);
            }
        }

        /** In the beat, a timeline's: the pulse's CSS pass, which comes after, styles a changed mark. */
        private void reread() {
            int index = getIndex();
            if (!isEmpty() && index >= 0 && index < getTableView().getItems().size()
                    && turnOf(index) == Math.floorMod(beat.get(), TURNS)) {
                String before = getText();
                String now = figure.apply(quoteThisTurn(getTableView().getItems().get(index)));
                setText(now);
                if (!Objects.equals(before, now)) {
                    // Laid out in its beat as well, not left to the scene's layout pass alone: SteadyRowsSkin now
                    // asks again for the table a count left marked, but a fresh desk's first session after a build
                    // (its start archived first) still drew its first quotes and nothing after them, 0 pixels
                    // changed in 30 s (lead's look, 2026-12-05 19:11 UTC). A layout root's request climbs only to
                    // the first ancestor already marked; laid out here, the changed figure is drawn whatever its
                    // ancestors' marks.
                    layout();
                }
                if (signed) {
                    colourBySignBeforeCss(this, sign(now));
                } else {
                    flashBySignBeforeCss(this, FigureMove.of(before, now));
                }
            }
        }
    }

    /** The direction a signed figure ({@code +0.12}, {@code -0.05}, {@code 0.00}) says. */
    private static int sign(String figure) {
        return figure == null || figure.isEmpty() || figure.startsWith("0") ? 0 : figure.startsWith("-") ? -1 : 1;
    }

    /** The symbols in the monospaced face a size under the figures: hubs and months line up, in less room. */
    private static TableColumn<InstrumentRow, String> symbolColumn() {
        TableColumn<InstrumentRow, String> symbol = column(WatchColumn.SYMBOL, InstrumentRow::symbol, false);
        symbol.getStyleClass().add("symbol");
        return symbol;
    }

    private static TableColumn<InstrumentRow, String> greenColumn() {
        TableColumn<InstrumentRow, String> green = column(WatchColumn.GREEN, InstrumentRow::green, false);
        green.getStyleClass().add("green-tag");
        return green;
    }
}
