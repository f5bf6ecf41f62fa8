package com.suanli.desk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.DeskTheme;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table whose rows are not styled again when they only show another item still shows, in the pulse that moves its
 * rows, every row's item and every figure's colour by its sign; the selected row is the selected item's.
 */
@ExtendWith(ApplicationExtension.class)
class SteadyRowsSkinTest {

    private static final long WAIT_SECONDS = 30;

    private final ObservableList<Integer> prints = FXCollections.observableArrayList();
    private TableView<Integer> table;
    private Scene scene;
    /** Figures marked up and down outside the table: the colours the theme gives them. */
    private Label up;
    private Label down;

    @Start
    void start(Stage stage) {
        for (int print = 40; print > 0; print--) {
            prints.add(print % 3 == 0 ? -print : print);
        }
        table = Tables.table("prints", prints);
        table.getColumns().add(Tables.signedColumn("Price", Object::toString, Integer::signum));
        table.getColumns().add(Tables.column("Lots", print -> Integer.toString(Math.abs(print)), true));
        up = new Label("1");
        down = new Label("-1");
        up.pseudoClassStateChanged(DeskTheme.UP, true);
        down.pseudoClassStateChanged(DeskTheme.DOWN, true);
        scene = new Scene(new StackPane(up, down, table), 300, 400);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void new_rows_on_top_show_each_row_its_item_and_each_figure_its_colour_in_the_same_pulse() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> rows().stream().mapToInt(TableRow::getIndex).min().orElse(-1))
                .get(WAIT_SECONDS, TimeUnit.SECONDS)).as("the first row shown").isZero();
        for (int print = 41; print <= 60; print++) {
            int next = print;
            // A new print on top of the tape, at a pulse's start as the desk folds a batch; the rows are read after
            // that pulse's layout, before anything is painted.
            List<String> wrong = inOnePulse(() -> prints.add(0, next % 3 == 0 ? -next : next));
            assertThat(wrong).as("rows that did not show their print after print %d", next).isEmpty();
        }
    }

    /**
     * Rows restyled as a new print pushes them down (every figure's sign flips) are styled in the pulse that moves
     * them. Restyled in its layout pass, after its CSS pass, they would leave the window's root marked for CSS: JavaFX
     * then runs a pulse with the root alone to copy to the render graph, which copies nothing and, no region being
     * dirty, paints the whole window ({@link SteadyRowsSkin}). Without the skin's early layout each print left one.
     */
    @Test
    void rows_restyled_as_a_new_print_pushes_them_down_leave_no_pulse_that_paints_the_whole_window()
            throws Exception {
        List<String> rootAlone = new ArrayList<>();
        int[] shown = {0};
        Runnable watched = () -> {
            if (rootAloneToCopy()) {
                rootAlone.add("a pulse after print " + shown[0]);
            }
        };
        List<Integer> forty = IntStream.iterate(40, print -> print - 1).limit(40).map(SteadyRowsSkinTest::alternate)
                .boxed().toList();
        WaitForAsyncUtils.asyncFx(() -> prints.setAll(forty)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            scene.addPostLayoutPulseListener(watched);
            return null;
        });
        for (int print = 41; print <= 50; print++) {
            int next = print;
            // Between pulses, as a quiet market's batch brings a print; then long enough for a dozen pulses.
            WaitForAsyncUtils.asyncFx(() -> {
                shown[0] = next;
                prints.add(0, alternate(next));
            }).get(WAIT_SECONDS, TimeUnit.SECONDS);
            Thread.sleep(200);
            assertThat(onFx(this::wrongRows)).isEmpty();
        }
        assertThat(onFx(() -> List.copyOf(rootAlone))).isEmpty();
    }

    private static int alternate(int print) {
        return print % 2 == 0 ? print : -print;
    }

    /**
     * Whether the scene's pulse, now after its layout pass, has the root alone to copy to the render graph: JavaFX
     * 21's {@code Scene} keeps the nodes it copies in its private {@code dirtyNodes}, read here as no public API
     * tells.
     */
    private boolean rootAloneToCopy() {
        try {
            Field nodes = Scene.class.getDeclaredField("dirtyNodes");
            Field count = Scene.class.getDeclaredField("dirtyNodesSize");
            nodes.setAccessible(true);
            count.setAccessible(true);
            return count.getInt(scene) == 1 && ((Node[]) nodes.get(scene))[0] == scene.getRoot();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("JavaFX's Scene no longer keeps dirtyNodes: read this test again", e);
        }
    }

    @Test
    void the_selected_row_follows_the_selected_print_as_new_prints_push_it_down() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(2)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        Integer chosen = WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedItem())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);

        List<String> wrong = inOnePulse(() -> prints.add(0, 61));

        assertThat(wrong).isEmpty();
        List<Integer> selected = WaitForAsyncUtils.asyncFx(() -> rows().stream()
                .filter(row -> row.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName()
                        .equals("selected"))).map(TableRow::getItem).toList()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(selected).containsExactly(chosen);
    }

    @Test
    void the_flow_keeps_its_row_count_while_rows_come_and_go_within_a_block() throws Exception {
        int held = onFx(() -> flow().getCellCount());
        assertThat(held).as("40 prints, five blocks").isEqualTo(40);

        List<String> wrong = inOnePulse(() -> prints.add(0, 41));
        assertThat(wrong).isEmpty();
        assertThat(onFx(() -> flow().getCellCount())).as("a block more").isEqualTo(48);
        for (int print = 42; print <= 48; print++) {
            int next = print;
            assertThat(inOnePulse(() -> prints.add(0, next))).isEmpty();
            assertThat(onFx(() -> flow().getCellCount())).as("print %d, in the same block", next).isEqualTo(48);
        }
        assertThat(inOnePulse(() -> prints.remove(0, 10))).isEmpty();
        assertThat(onFx(() -> flow().getCellCount())).as("38 prints, under two blocks short").isEqualTo(48);
        assertThat(onFx(() -> rows().stream().filter(row -> !row.isEmpty()).mapToInt(TableRow::getIndex).max()
                .orElse(-1))).as("no row past the last print is filled").isLessThan(38);
    }

    @Test
    void a_table_whose_rows_fit_its_screen_shows_them_with_no_scroll_bar_and_none_says_so() throws Exception {
        assertThat(inOnePulse(() -> prints.remove(5, prints.size()))).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> flow().getCellCount())).as("the rows the screen shows")
                .isEqualTo(onFx(() -> (int) Math.floor(flow().getHeight() / flow().getFixedCellSize())));
        assertThat(onFx(() -> flow().lookupAll(".scroll-bar").stream().filter(Node::isVisible).toList())).isEmpty();
        assertThat(onFx(() -> rows().stream().filter(row -> !row.isEmpty()).map(TableRow::getItem).toList()))
                .containsExactlyElementsOf(prints.subList(0, 5));

        WaitForAsyncUtils.asyncFx(prints::clear).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> flow().getCellCount())).isZero();
        assertThat(onFx(() -> table.getPlaceholder().isVisible())).as("the table says it is empty").isTrue();
    }

    @Test
    void the_flows_count_in_blocks_past_the_screen() {
        assertThat(SteadyRowsSkin.flowRows(0, 48, 14)).isZero();
        assertThat(SteadyRowsSkin.flowRows(3, 0, 14)).isEqualTo(14);
        assertThat(SteadyRowsSkin.flowRows(15, 14, 14)).isEqualTo(16);
        assertThat(SteadyRowsSkin.flowRows(17, 16, 14)).isEqualTo(24);
        assertThat(SteadyRowsSkin.flowRows(16, 24, 14)).as("to and fro across an edge").isEqualTo(24);
        assertThat(SteadyRowsSkin.flowRows(33, 48, 14)).as("under two blocks short").isEqualTo(48);
        assertThat(SteadyRowsSkin.flowRows(32, 48, 14)).as("two blocks short").isEqualTo(32);
        assertThat(SteadyRowsSkin.flowRows(5, 48, 14)).as("back on one screen").isEqualTo(14);
        assertThat(SteadyRowsSkin.flowRows(5, 0, 0)).as("a screen not laid out yet").isEqualTo(8);
    }

    @Test
    void the_flows_count_lags_a_growing_table_by_up_to_an_eighth_far_below_the_screen() {
        assertThat(SteadyRowsSkin.flowRows(800, 784, 11, 10)).isEqualTo(784);
        assertThat(SteadyRowsSkin.flowRows(880, 784, 11, 10)).as("an eighth of 784 in whole blocks").isEqualTo(784);
        assertThat(SteadyRowsSkin.flowRows(881, 784, 11, 10)).as("more").isEqualTo(888);
        assertThat(SteadyRowsSkin.flowRows(800, 784, 11, 773)).as("the flow's last rows on screen").isEqualTo(800);
        assertThat(SteadyRowsSkin.flowRows(41, 40, 14, 13)).as("an eighth under a block").isEqualTo(48);
        assertThat(SteadyRowsSkin.flowRows(784, 784, 11, 10)).as("as without").isEqualTo(784);
        assertThat(SteadyRowsSkin.flowRows(760, 784, 11, 10)).as("shrinking, as without").isEqualTo(760);
    }

    /**
     * Rows arriving on top of a long table leave its flow's count while its screen is far above the flow's end, every
     * row on screen its print; scrolled to its end, the table shows its last print.
     */
    @Test
    void a_long_table_growing_on_top_shows_its_rows_and_reaches_its_last_when_scrolled_there() throws Exception {
        assertThat(inOnePulse(() -> {
            List<Integer> more = new ArrayList<>();
            for (int print = 1_000; print > 640; print--) {
                more.add(print);
            }
            prints.addAll(0, more);
        })).isEmpty();
        assertThat(onFx(() -> flow().getCellCount())).as("400 prints, fifty blocks").isEqualTo(400);

        for (int print = 1_001; print <= 1_040; print++) {
            int next = print;
            assertThat(inOnePulse(() -> prints.add(0, next))).as("print %d", next).isEmpty();
        }
        assertThat(onFx(() -> flow().getCellCount())).as("40 more, under an eighth, below the screen").isEqualTo(400);

        assertThat(inOnePulse(() -> table.scrollTo(prints.size() - 1))).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> flow().getCellCount())).isGreaterThanOrEqualTo(prints.size());
        assertThat(onFx(() -> rows().stream().filter(row -> !row.isEmpty()).mapToInt(TableRow::getIndex).max()
                .orElse(-1))).as("the last print's row on screen").isEqualTo(prints.size() - 1);
    }

    private <V> V onFx(Callable<V> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    /** Runs {@code change} at a pulse's start, then checks the rows after that pulse's layout. */
    private List<String> inOnePulse(Runnable change) throws Exception {
        CompletableFuture<List<String>> checked = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                change.run();
                Runnable check = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        checked.complete(wrongRows());
                    }
                };
                scene.addPostLayoutPulseListener(check);
            }
        }.start());
        return checked.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private List<String> wrongRows() {
        List<String> wrong = new ArrayList<>();
        for (TableRow<Integer> row : rows()) {
            if (row.isEmpty() || row.getIndex() < 0 || row.getIndex() >= prints.size()) {
                continue;
            }
            int print = prints.get(row.getIndex());
            if (!Integer.valueOf(print).equals(row.getItem())) {
                wrong.add("row " + row.getIndex() + " holds " + row.getItem() + ", not " + print);
                continue;
            }
            TableCell<?, ?> price = (TableCell<?, ?>) row.lookup(".table-cell");
            if (!Integer.toString(print).equals(price.getText())) {
                wrong.add("row " + row.getIndex() + " shows " + price.getText() + ", not " + print);
            }
            Label marked = print > 0 ? up : down;
            if (!price.getTextFill().equals(marked.getTextFill())) {
                wrong.add("row " + row.getIndex() + " (" + print + ") is drawn " + price.getTextFill() + ", not "
                        + marked.getTextFill());
            }
        }
        return wrong;
    }

    @SuppressWarnings("unchecked")
    private List<TableRow<Integer>> rows() {
        return table.lookupAll(".table-row-cell").stream().filter(TableRow.class::isInstance)
                .map(row -> (TableRow<Integer>) row).filter(Node::isVisible).toList();
    }
}
