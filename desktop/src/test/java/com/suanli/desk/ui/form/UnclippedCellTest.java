package com.suanli.desk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk's text cells carry no clip (each was one more node in every pulse's bounds pass and one more clip in every
 * frame), and a text too long for its cell is still cut inside it, by the label's ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class UnclippedCellTest {

    private static final long WAIT_SECONDS = 30;
    private static final String LONG = "H100-GZ-2027M06 and a great deal more than a narrow column holds";

    private final ObservableList<String> rows = FXCollections.observableArrayList(List.of("12.50", "-3.25", LONG));
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = Tables.table("cells", rows);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<String, String> words = Tables.column("Words", row -> row, false);
        words.setPrefWidth(60);
        TableColumn<String, String> signed = Tables.signedColumn("Signed", row -> row,
                row -> row.startsWith("-") ? -1 : 1);
        TableColumn<String, BigDecimal> amount = Tables.amountColumn("Amount",
                row -> row.equals(LONG) ? BigDecimal.ONE : new BigDecimal(row), BigDecimal::toPlainString);
        table.getColumns().addAll(List.of(words, signed, amount));
        stage.setScene(new Scene(table, 400, 300));
        stage.show();
    }

    @Test
    void text_cells_have_no_clip_and_cut_a_long_text_inside_the_cell() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell<?, ?>> cells = WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-cell").stream()
                .<TableCell<?, ?>>map(cell -> (TableCell<?, ?>) cell)
                .filter(cell -> !cell.isEmpty())
                .toList()).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(cells).as("a cell for each of three rows in three columns").hasSize(9);
        assertThat(cells).allSatisfy(cell -> assertThat(cell.getClip()).as(cell.getText()).isNull());
        TableCell<?, ?> longCell = cells.stream().filter(cell -> LONG.equals(cell.getItem())).findFirst().orElseThrow();
        Text drawn = WaitForAsyncUtils.asyncFx(() -> (Text) longCell.lookup(".text")).get(WAIT_SECONDS,
                TimeUnit.SECONDS);
        assertThat(drawn.getText()).as("the long words, cut with an ellipsis").isNotEqualTo(LONG).endsWith("...");
        Node text = drawn;
        assertThat(text.getBoundsInParent().getMaxX()).as("the text's right edge, within the cell")
                .isLessThanOrEqualTo(longCell.getWidth());
    }
}
