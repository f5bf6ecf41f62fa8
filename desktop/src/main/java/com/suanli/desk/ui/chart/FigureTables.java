package com.suanli.desk.ui.chart;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.suanli.desk.ui.DeskTheme;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The tables beside the charts (tape, strip): dense, figures right-aligned and monospaced, up and down coloured. */
public final class FigureTables {

    /** desk.css right-aligns cells and headers with this class. */
    private static final String FIGURES = "figures";

    private FigureTables() {
    }

    public static <T> TableView<T> table(String id, ObservableList<T> rows, String empty) {
        TableView<T> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new javafx.scene.control.Label(empty));
        return table;
    }

    /** A column of text ({@code figures} false) or of figures. */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> text, boolean figures) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        column.setSortable(false);
        if (figures) {
            column.getStyleClass().addAll(FIGURES, DeskTheme.TABULAR);
        }
        return column;
    }

    /** A column of figures coloured by {@code direction}: above zero up (green), below down (red). */
    public static <T> TableColumn<T, String> signedColumn(String title, Function<T, String> text,
                                                         ToIntFunction<T> direction) {
        TableColumn<T, String> column = column(title, text, true);
        column.setCellFactory(each -> new TableCell<>() {
            @Override
            protected void updateItem(String figure, boolean empty) {
                super.updateItem(figure, empty);
                setText(empty ? null : figure);
                getStyleClass().removeAll(DeskTheme.UP, DeskTheme.DOWN);
                T row = empty ? null : getTableRow().getItem();
                int sign = row == null ? 0 : direction.applyAsInt(row);
                if (sign != 0) {
                    getStyleClass().add(sign > 0 ? DeskTheme.UP : DeskTheme.DOWN);
                }
            }
        });
        return column;
    }
}
