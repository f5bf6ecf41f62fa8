package com.suanli.desk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A steady table whose rows are listed while the view holding it lays out, as the market watch's first listing comes
 * into its view (a layout root in its panel, as {@code MarketWatchView}'s is), is laid out again in a later pulse: the
 * flow's new count asks the table for a layout during the table's own, a request that stops at the view laying out,
 * and a table left so stayed marked under a clean view, where no layout pass comes (a desk's first session after a
 * build drew its first quotes and never redrew them; docs/BENCHMARKS.md, branch watch14o).
 */
@ExtendWith(ApplicationExtension.class)
class SteadyRowsRelayoutTest {

    private static final long WAIT_SECONDS = 30;

    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private TableView<Integer> table;
    private Label count;

    @Start
    void start(Stage stage) {
        table = Tables.table("listing", rows);
        table.getColumns().add(Tables.column("Lots", Object::toString, true));
        count = new Label("none listed");
        BorderPane view = new BorderPane(table, count, null, null, null);
        view.setManaged(false);
        // The panel places its view itself, as a PanelFrame does: the view lays out as a root of its own.
        Pane panel = new Pane(view) {
            @Override
            protected void layoutChildren() {
                view.resizeRelocate(0, 0, getWidth(), getHeight());
            }
        };
        stage.setScene(new Scene(panel, 300, 400));
        stage.show();
    }

    @Test
    void a_table_listed_while_its_view_lays_out_is_laid_out_again_and_left_clean() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // The listing and its count in one go, before the pulse that lays the view out.
        WaitForAsyncUtils.asyncFx(() -> {
            rows.setAll(IntStream.rangeClosed(1, 100).boxed().toList());
            count.setText("100 listed");
        }).get(WAIT_SECONDS, TimeUnit.SECONDS);

        boolean clean = false;
        for (int look = 0; look < 100 && !clean; look++) {
            Thread.sleep(20);
            clean = !WaitForAsyncUtils.asyncFx(table::isNeedsLayout).get(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        assertThat(clean).as("the table laid out after its listing (not left marked for a layout)").isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").stream()
                .anyMatch(row -> "1".equals(((javafx.scene.control.TableRow<?>) row).getItem() == null ? null
                        : String.valueOf(((javafx.scene.control.TableRow<?>) row).getItem()))))
                .get(WAIT_SECONDS, TimeUnit.SECONDS)).as("the first row listed is shown").isTrue();
    }
}
