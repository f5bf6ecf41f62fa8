package com.suanli.desk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.DeskTheme;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
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
 * A table shown empty has its screen's rows made and styled a few seconds on, hidden under the words saying it is
 * empty; its first prints fill those rows, and emptied again it says so over the same rows.
 */
@ExtendWith(ApplicationExtension.class)
class RowsAheadTest {

    private static final long WAIT_SECONDS = 30;

    private final ObservableList<Integer> prints = FXCollections.observableArrayList();
    private TableView<Integer> table;

    @Start
    void start(Stage stage) {
        table = Tables.table("prints", prints, "No prints yet");
        table.getColumns().add(Tables.signedColumn("Price", Object::toString, Integer::signum));
        table.getColumns().add(Tables.column("Lots", print -> Integer.toString(Math.abs(print)), true));
        Scene scene = new Scene(new StackPane(table), 300, 400);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void an_empty_tables_rows_are_made_ahead_under_its_words_and_its_first_prints_fill_them() throws Exception {
        assertThat(onFx(() -> flow().getCellCount())).as("none made at first").isZero();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(() -> flow().getCellCount() > 0));
        int screen = onFx(() -> (int) Math.floor(flow().getHeight() / flow().getFixedCellSize()));
        assertThat(onFx(() -> flow().getCellCount())).as("the screen's rows").isEqualTo(screen);
        List<TableRow<Integer>> made = onFx(this::rows);
        assertThat(made).hasSizeGreaterThanOrEqualTo(screen);
        assertThat(made).allMatch(row -> row.isEmpty() && row.getSkin() != null);
        assertThat(onFx(() -> made.stream().flatMap(row -> row.lookupAll(".table-cell").stream())
                .allMatch(cell -> ((TableCell<?, ?>) cell).getSkin() != null))).as("cells styled").isTrue();
        assertThat(onFx(() -> words().isVisible() && !flow().isVisible())).as("the table says it is empty").isTrue();
        assertThat(onFx(() -> words().getBoundsInParent())).as("its words where its rows would be")
                .isEqualTo(onFx(() -> flow().getBoundsInParent()));

        WaitForAsyncUtils.asyncFx(() -> prints.addAll(3, -2, 1)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> !words().isVisible() && flow().isVisible())).as("the rows shown").isTrue();
        assertThat(onFx(() -> rows().stream().filter(row -> !row.isEmpty())
                .sorted(Comparator.comparingInt(TableRow::getIndex)).map(row -> ((TableCell<?, ?>) row
                .lookup(".table-cell")).getText()).toList())).containsExactly("3", "-2", "1");
        assertThat(onFx(this::rows)).as("the rows made ahead, none new").containsExactlyInAnyOrderElementsOf(made);

        WaitForAsyncUtils.asyncFx(prints::clear).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> words().isVisible() && !flow().isVisible())).as("empty again, it says so").isTrue();
        assertThat(onFx(() -> flow().getCellCount())).as("its rows kept").isEqualTo(screen);
        assertThat(onFx(this::rows)).allMatch(TableRow::isEmpty);
    }

    private <V> V onFx(Callable<V> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) table.lookup(".virtual-flow");
    }

    private Node words() {
        return table.lookup(".placeholder");
    }

    @SuppressWarnings("unchecked")
    private List<TableRow<Integer>> rows() {
        return table.lookupAll(".table-row-cell").stream().filter(TableRow.class::isInstance)
                .map(row -> (TableRow<Integer>) row).filter(Node::isVisible).toList();
    }
}
