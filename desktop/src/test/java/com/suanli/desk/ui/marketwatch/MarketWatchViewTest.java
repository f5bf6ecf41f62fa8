package com.suanli.desk.ui.marketwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.TableRows;
import com.suanli.desk.ui.link.InstrumentLink;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The market watch panel on its own, headless: rows, the filter bar and choosing a row. */
@ExtendWith(ApplicationExtension.class)
class MarketWatchViewTest {

    private final InstrumentLink link = new InstrumentLink();
    private final MarketWatchViewModel watch = new MarketWatchViewModel(link);

    @Start
    void start(Stage stage) {
        watch.list(MarketWatchViewModelTest.LISTING);
        Scene scene = new Scene(new StackPane(new MarketWatchView(watch).root()), 1400, 700);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TableView<InstrumentRow> table(FxRobot robot) {
        return robot.lookup("#market-watch-table").queryTableView();
    }

    @Test
    void every_listed_instrument_is_a_row_with_its_terms_in_columns(FxRobot robot) {
        TableView<InstrumentRow> table = table(robot);

        assertThat(table.getItems()).hasSize(MarketWatchViewModelTest.LISTING.size());
        assertThat(table.getColumns()).extracting(TableColumn::getText).containsExactly("Symbol", "Bid\nlots", "Bid", "Ask",
                "Ask\nlots", "Last", "Last\nlots", "Chg", "Vol", "OI", "Sett", "Idx", "Product", "Hub", "G",
                "Kind", "Delivery", "Settles", "Contract", "Tick", "Ref\nCNY", "Band\nlow", "Band\nhigh");
        assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo(table.getItems().get(0).symbol());
    }

    @Test
    void the_live_market_shows_at_first_and_the_columns_menu_shows_a_term_too(FxRobot robot) {
        TableView<InstrumentRow> table = table(robot);
        assertThat(table.getVisibleLeafColumns()).extracting(TableColumn::getText).containsExactly("Symbol",
                "Bid\nlots", "Bid", "Ask", "Ask\nlots", "Last", "Last\nlots", "Chg", "Vol", "OI", "Sett", "Idx");

        robot.clickOn("#market-watch-columns").clickOn("#market-watch-column-delivery");

        assertThat(table.getVisibleLeafColumns()).extracting(TableColumn::getId).endsWith("watch-index",
                "watch-delivery");
        assertThat(watch.columns().wordsProperty().get()).endsWith("INDEX,DELIVERY");
        assertThat(robot.lookup("#market-watch-column-bid").queryAs(CheckBox.class).getText()).isEqualTo("Bid");
        assertThat(robot.lookup("#market-watch-column-open-interest").queryAs(CheckBox.class).getText())
                .isEqualTo("Open interest");
    }

    @Test
    void figures_are_monospaced_and_right_aligned(FxRobot robot) {
        TableCell<?, ?> price = robot.from(table(robot)).lookup(".table-cell.figures").queryAs(TableCell.class);

        assertThat(price.getStyleClass()).contains(DeskTheme.TABULAR);
        assertThat(price.getAlignment()).isEqualTo(Pos.CENTER_RIGHT);
        assertThat(price.getFont().getFamily().toLowerCase(Locale.ROOT)).contains("mono");
    }

    @Test
    void choosing_a_hub_and_green_only_in_the_filter_bar_narrows_the_rows(FxRobot robot) {
        robot.clickOn("#market-watch-hub").clickOn("GZ");
        robot.clickOn("#market-watch-green");

        assertThat(table(robot).getItems()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.symbol()).contains("-GZ-G-"));
        assertThat(robot.lookup("#market-watch-count").queryAs(Label.class).getText())
                .isEqualTo(table(robot).getItems().size() + " of " + MarketWatchViewModelTest.LISTING.size() + " instruments");
    }

    @Test
    void a_symbol_typed_in_the_search_box_keeps_the_symbols_holding_it(FxRobot robot) {
        robot.clickOn("#market-watch-search").write("yrd-2027m1");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(InstrumentRow::symbol).containsExactly("H100-YRD-2027M10",
                "H100-YRD-2027M11", "H100-YRD-2027M12", "CPUX86-YRD-2027M10", "CPUX86-YRD-2027M11", "CPUX86-YRD-2027M12");
    }

    @Test
    void choosing_a_product_in_the_filter_bar_keeps_that_product(FxRobot robot) {
        robot.clickOn("#market-watch-product").clickOn("CPUX86");

        assertThat(table(robot).getItems()).isNotEmpty().extracting(InstrumentRow::product).containsOnly("CPUX86");
    }

    @Test
    void clicking_a_row_links_its_instrument(FxRobot robot) {
        TableView<InstrumentRow> table = table(robot);
        ContractSpec third = table.getItems().get(2).contract();

        robot.clickOn(TableRows.rowAt(robot, table, 2));

        assertThat(link.selectedInstrument()).contains(third);
    }

    @Test
    void a_rise_shows_green_a_fall_red_beside_the_days_volume_and_the_open_interest(FxRobot robot) throws Exception {
        TableView<InstrumentRow> table = table(robot);
        int up = table.getItems().get(0).contract().instrumentId();
        int down = table.getItems().get(1).contract().instrumentId();
        watch.quoteFrom(new FixedQuotes().change(up, "0.18").change(down, "-0.05").activity(up, 42, 310));

        // A live cell sets its text, then its colour: wait for both, in both rows.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "+0.18".equals(cell(table, WatchColumn.CHANGE, 0).getText())
                && cell(table, WatchColumn.CHANGE, 0).getPseudoClassStates().contains(DeskTheme.UP)
                && cell(table, WatchColumn.CHANGE, 1).getPseudoClassStates().contains(DeskTheme.DOWN));
        TableCell<?, ?> rise = cell(table, WatchColumn.CHANGE, 0);
        TableCell<?, ?> fall = cell(table, WatchColumn.CHANGE, 1);
        assertThat(rise.getPseudoClassStates()).contains(DeskTheme.UP).doesNotContain(DeskTheme.DOWN);
        assertThat(fall.getText()).isEqualTo("-0.05");
        assertThat(fall.getPseudoClassStates()).contains(DeskTheme.DOWN).doesNotContain(DeskTheme.UP);
        assertThat(cell(table, WatchColumn.CHANGE, 2).getPseudoClassStates()).doesNotContain(DeskTheme.UP, DeskTheme.DOWN);
        assertThat(cell(table, WatchColumn.VOLUME, 0).getText()).isEqualTo("42");
        assertThat(cell(table, WatchColumn.OPEN_INTEREST, 0).getText()).isEqualTo("310");
        assertThat(cell(table, WatchColumn.VOLUME, 1).getText()).as("nothing traded today").isEmpty();
    }

    @Test
    void a_figure_that_moves_flashes_its_direction_until_a_beat_finds_it_still(FxRobot robot) throws Exception {
        TableView<InstrumentRow> table = table(robot);
        int first = table.getItems().get(0).contract().instrumentId();
        watch.quoteFrom(new FixedQuotes().activity(first, 42, 310));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "42".equals(cell(table, WatchColumn.VOLUME, 0).getText()));
        assertThat(cell(table, WatchColumn.VOLUME, 0).getPseudoClassStates()).as("a figure that appears did not move")
                .doesNotContain(DeskTheme.FLASH_UP, DeskTheme.FLASH_DOWN);

        // The lights are watched as they come on, on the FX thread: a beat later they are out, and a loaded machine may
        // let the test thread look only after that beat.
        Set<PseudoClass> volumeLit = lightsOf(table, WatchColumn.VOLUME, 0);
        Set<PseudoClass> interestLit = lightsOf(table, WatchColumn.OPEN_INTEREST, 0);
        Set<PseudoClass> stillLit = lightsOf(table, WatchColumn.VOLUME, 1);
        watch.quoteFrom(new FixedQuotes().activity(first, 50, 300));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "50".equals(cell(table, WatchColumn.VOLUME, 0).getText())
                && volumeLit.contains(DeskTheme.FLASH_UP) && interestLit.contains(DeskTheme.FLASH_DOWN));
        assertThat(volumeLit).doesNotContain(DeskTheme.FLASH_DOWN);
        assertThat(cell(table, WatchColumn.OPEN_INTEREST, 0).getText()).isEqualTo("300");
        assertThat(interestLit).doesNotContain(DeskTheme.FLASH_UP);
        assertThat(stillLit).as("a row that did not move").doesNotContain(DeskTheme.FLASH_UP, DeskTheme.FLASH_DOWN);
        // The next beat finds the figures still: the lights go out, the figures stay.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !cell(table, WatchColumn.VOLUME, 0).getPseudoClassStates()
                .contains(DeskTheme.FLASH_UP) && !cell(table, WatchColumn.OPEN_INTEREST, 0).getPseudoClassStates()
                .contains(DeskTheme.FLASH_DOWN));
        assertThat(cell(table, WatchColumn.VOLUME, 0).getText()).isEqualTo("50");
    }

    @Test
    void a_figure_re_read_lays_out_its_own_cell_and_not_its_row(FxRobot robot) throws Exception {
        TableView<InstrumentRow> table = table(robot);
        int first = table.getItems().get(0).contract().instrumentId();
        watch.quoteFrom(new FixedQuotes().activity(first, 42, 310));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "42".equals(cell(table, WatchColumn.VOLUME, 0).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        // A row laid out again lays out every cell in it, and has the table's flow of rows lay out every row on screen.
        AtomicBoolean rowLaidOut = new AtomicBoolean();
        AtomicBoolean cellLaidOut = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> {
            TableCell<?, ?> volume = cell(table, WatchColumn.VOLUME, 0);
            volume.getTableRow().needsLayoutProperty()
                    .addListener((property, before, now) -> rowLaidOut.compareAndSet(false, now));
            volume.needsLayoutProperty().addListener((property, before, now) -> cellLaidOut.compareAndSet(false, now));
        }).get(5, TimeUnit.SECONDS);

        watch.quoteFrom(new FixedQuotes().activity(first, 50, 300));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "50".equals(cell(table, WatchColumn.VOLUME, 0).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellLaidOut).as("the cell laid its new figure out").isTrue();
        assertThat(rowLaidOut).as("its row not laid out again for it").isFalse();
        assertThat(cell(table, WatchColumn.VOLUME, 0).getWidth()).as("the cell keeps its column's width")
                .isCloseTo(table.getColumns().get(WatchColumn.VOLUME.ordinal()).getWidth(), within(1.0));
    }

    /**
     * The figure a beat re-reads reaches the screen: the text the cell draws, not only its text property (with cells
     * out of their rows' layout, a new figure stayed in the property and a fresh desk drew no trade until a scroll).
     */
    @Test
    void a_figure_re_read_is_drawn_by_its_cell(FxRobot robot) throws Exception {
        TableView<InstrumentRow> table = table(robot);
        int first = table.getItems().get(0).contract().instrumentId();
        watch.quoteFrom(new FixedQuotes().activity(first, 42, 310));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "42".equals(drawn(table, WatchColumn.VOLUME, 0)));

        watch.quoteFrom(new FixedQuotes().activity(first, 50, 300));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "50".equals(cell(table, WatchColumn.VOLUME, 0).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawn(table, WatchColumn.VOLUME, 0)).as("the volume drawn").isEqualTo("50");
        assertThat(drawn(table, WatchColumn.OPEN_INTEREST, 0)).as("the open interest drawn").isEqualTo("300");
    }

    /** The text the cell of the column in row {@code row} draws on screen (its skin's text node), read on the FX thread. */
    private static String drawn(TableView<InstrumentRow> table, WatchColumn column, int row) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node text = cell(table, column, row).lookup(".text");
            return text instanceof Text shown ? shown.getText() : "";
        }).get(5, TimeUnit.SECONDS);
    }

    /** Each live cell re-reads its own figure, but a turn reads its row's quote from the market once for them all. */
    @Test
    void a_turn_of_the_beat_reads_a_row_s_quote_once_for_all_its_live_cells(FxRobot robot) throws Exception {
        TableView<InstrumentRow> table = table(robot);
        int first = table.getItems().get(0).contract().instrumentId();
        // Reads of the first row's quote by FX pulse: a turn's re-reads run in one pulse, from its timeline.
        AtomicLong pulse = new AtomicLong();
        Map<Long, Integer> readsInPulse = new ConcurrentHashMap<>();
        WaitForAsyncUtils.asyncFx(() -> table.getScene().addPreLayoutPulseListener(pulse::incrementAndGet))
                .get(5, TimeUnit.SECONDS);
        watch.quoteFrom(new FixedQuotes() {
            @Override
            public long dayVolume(int instrumentId) {
                if (instrumentId == first) {
                    readsInPulse.merge(pulse.get(), 1, Integer::sum);
                }
                return 42;
            }
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> readsInPulse.size() >= 3);
        long liveCells = table.getColumns().stream().filter(column -> column.isVisible()
                && column.getStyleClass().contains(MarketWatchView.LIVE)).count();
        assertThat(liveCells).isGreaterThan(2);
        assertThat(cell(table, WatchColumn.VOLUME, 0).getText()).isEqualTo("42");
        // Read once a cell, every turn would read the row as many times as it has live cells. A pulse late on a loaded
        // machine may run two turns, or lay a cell out anew (which reads its figure fresh), so reads the row again.
        assertThat(readsInPulse.values()).contains(1).allMatch(reads -> reads < liveCells);
    }

    @Test
    void each_turn_of_the_beat_re_reads_a_block_of_rows_one_under_the_other() {
        assertThat(IntStream.range(0, MarketWatchView.TURN_ROWS).map(MarketWatchView::turnOf)).containsOnly(0);
        assertThat(MarketWatchView.turnOf(MarketWatchView.TURN_ROWS)).isEqualTo(1);
        assertThat(IntStream.range(0, MarketWatchView.TURN_ROWS * MarketWatchView.TURNS).map(MarketWatchView::turnOf)
                .distinct().count()).as("every turn has its block").isEqualTo(MarketWatchView.TURNS);
        assertThat(MarketWatchView.turnOf(MarketWatchView.TURN_ROWS * MarketWatchView.TURNS)).as("and round again")
                .isZero();
    }

    /** Every pseudo-class the cell of the column in row {@code row} takes on from now. */
    private static Set<PseudoClass> lightsOf(TableView<InstrumentRow> table, WatchColumn column, int row) throws Exception {
        Set<PseudoClass> lit = ConcurrentHashMap.newKeySet();
        WaitForAsyncUtils.asyncFx(() -> cell(table, column, row).getPseudoClassStates()
                .addListener((SetChangeListener<PseudoClass>) change -> {
                    if (change.wasAdded()) {
                        lit.add(change.getElementAdded());
                    }
                })).get(5, TimeUnit.SECONDS);
        return lit;
    }

    /** The cell on screen of the column, in row {@code row}. */
    private static TableCell<?, ?> cell(TableView<InstrumentRow> table, WatchColumn column, int row) {
        String id = "watch-" + column.slug();
        return table.lookupAll(".table-cell").stream().map(node -> (TableCell<?, ?>) node)
                .filter(each -> each.getTableColumn() != null && id.equals(each.getTableColumn().getId())
                        && each.getIndex() == row && !each.isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no cell of " + column + " in row " + row));
    }
}
