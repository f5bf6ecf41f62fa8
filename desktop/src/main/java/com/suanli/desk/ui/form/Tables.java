package com.suanli.desk.ui.form;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.text.Texts;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/** The desk's read-only tables of figures, built alike: dense, striped, columns in the order a trader scans. */
public final class Tables {

    /** A column of figures: right-aligned by desk.css. */
    public static final String FIGURES = "figures";
    /** Symbols are long (H100-YRD-G-2027M06) and what the eye looks for first: never cut. */
    private static final double SYMBOL_WIDTH = 150;
    /** A column header's words: bold, at the desk's 13px (desk.css over the theme's header style). */
    private static final Font HEADER_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    /** Words as a cell shows them: the desk's face at 13px. */
    private static final Font WORDS_FONT = Font.font(Font.getDefault().getFamily(), 13);
    /** A figure as a cell shows it: the desk's monospaced face at 13px. */
    private static final Font FIGURE_FONT = Font.font("monospace", 13);
    /** The header label's padding (half an em each side), the sort arrow's gap and the column's borders. */
    private static final double HEADER_PADDING = 24;
    /** Room for a table's vertical scroll bar and its borders. */
    public static final double SCROLL_BAR = 18;
    /** A cell's padding either side of its figure, and its borders. */
    private static final double CELL_PADDING = 20;
    /** A button's words as a cell shows them: the desk's 13px, bold to be on the safe side of the theme. */
    private static final Font BUTTON_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    /** A button's padding either side of its words (the theme's 12px) and its borders. */
    private static final double BUTTON_PADDING = 26;

    private Tables() {
    }

    public static <T> TableView<T> table(String id, ObservableList<T> rows) {
        TableView<T> table = steady(rows);
        table.setId(id);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        fitHeaders(table);
        // JavaFX's own words for an empty table are English whatever the desk's language.
        table.setPlaceholder(new Label(Texts.get("table.empty")));
        return table;
    }

    /** A table of {@code rows}, its rows styled again only when their look can change ({@link SteadyRowsSkin}). */
    public static <T> TableView<T> steady(ObservableList<T> rows) {
        return new TableView<>(rows) {
            @Override
            protected Skin<?> createDefaultSkin() {
                return new SteadyRowsSkin<>(this);
            }
        };
    }

    /** As {@link #table(String, ObservableList)}, saying {@code empty} while it has no rows. */
    public static <T> TableView<T> table(String id, ObservableList<T> rows, String empty) {
        TableView<T> table = table(id, rows);
        table.setPlaceholder(new Label(empty));
        return table;
    }

    /** A column of text, not sortable; figures are monospaced and right-aligned. */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> text, boolean figures) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        column.setCellFactory(textCells());
        column.setSortable(false);
        fitHeader(column);
        if (figures) {
            column.getStyleClass().addAll(FIGURES, DeskTheme.TABULAR);
        }
        return column;
    }

    /** Cells showing their item's text, as a column's own cells do, without a clip ({@link UnclippedCell}). */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> textCells() {
        return column -> new UnclippedCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
    }

    public static <T> TableColumn<T, String> symbolColumn(Function<T, String> symbol) {
        TableColumn<T, String> column = column(Texts.get("marketwatch.symbol"), symbol, false);
        column.setMinWidth(Math.max(SYMBOL_WIDTH, column.getMinWidth()));
        return column;
    }

    /** A column of figures coloured by {@code direction}: above zero up (green), below down (red). */
    public static <T> TableColumn<T, String> signedColumn(String title, Function<T, String> text,
                                                         ToIntFunction<T> direction) {
        TableColumn<T, String> column = column(title, text, true);
        column.setCellFactory(each -> new UnclippedCell<>() {
            @Override
            protected void updateItem(String figure, boolean empty) {
                super.updateItem(figure, empty);
                setText(empty ? null : figure);
                T row = empty ? null : getTableRow().getItem();
                colourBySign(this, row == null ? 0 : direction.applyAsInt(row));
            }
        });
        return column;
    }

    /** A column of amounts as {@code shown} writes them, gains green and losses red. */
    public static <T> TableColumn<T, BigDecimal> amountColumn(String title, Function<T, BigDecimal> amount,
                                                              Function<BigDecimal, String> shown) {
        TableColumn<T, BigDecimal> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(amount.apply(row.getValue())));
        column.setSortable(false);
        fitHeader(column);
        column.getStyleClass().addAll(FIGURES, DeskTheme.TABULAR);
        column.setCellFactory(each -> new UnclippedCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                boolean blank = empty || value == null;
                setText(blank ? null : shown.apply(value));
                colourBySign(this, blank ? 0 : value.signum());
            }
        });
        return column;
    }

    /**
     * Never narrower than its header's words, so a squeezed table scrolls sideways instead of cutting a title
     * to "O…": the table's resize policy shares out only the width above the columns' minimums.
     */
    public static void fitHeader(TableColumn<?, ?> column) {
        column.setMinWidth(Math.max(column.getMinWidth(), width(column.getText(), HEADER_FONT) + HEADER_PADDING));
    }

    /** {@link #fitHeader Fits} every column of the table, those added later too. */
    public static <T> void fitHeaders(TableView<T> table) {
        table.getColumns().forEach(Tables::fitHeader);
        table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(Tables::fitHeader);
            }
        });
    }

    /** The width the table needs to show every column at its minimum, and its vertical scroll bar. */
    public static double minimumWidth(TableView<?> table) {
        return table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR;
    }

    /** Never narrower than {@code typical} written as a figure, nor than its header's words. */
    public static void fitFigure(TableColumn<?, ?> column, String typical) {
        fitHeader(column);
        column.setMinWidth(Math.max(column.getMinWidth(), width(typical, FIGURE_FONT) + CELL_PADDING));
    }

    /** Never narrower than the longest of the {@code words} a cell of it may show, nor than its header's words. */
    public static void fitWords(TableColumn<?, ?> column, Collection<String> words) {
        fitHeader(column);
        column.setMinWidth(Math.max(column.getMinWidth(),
                words.stream().mapToDouble(each -> width(each, WORDS_FONT)).max().orElse(0) + CELL_PADDING));
    }

    /**
     * Exactly as wide as a button saying {@code words} in each cell needs, in the desk's language (a fixed width
     * cut "Cancel" to "…"), and never wider: the other columns keep the room.
     */
    public static void fitButton(TableColumn<?, ?> column, String words) {
        fitHeader(column);
        double width = Math.max(column.getMinWidth(), width(words, BUTTON_FONT) + BUTTON_PADDING + CELL_PADDING);
        column.setMinWidth(width);
        column.setMaxWidth(width);
    }

    private static double width(String words, Font font) {
        Text text = new Text(words);
        text.setFont(font);
        return Math.ceil(text.getLayoutBounds().getWidth());
    }

    /**
     * Marks a figure up (green) or down (red) by its sign ({@link DeskTheme#UP}, {@link DeskTheme#DOWN}); zero stays
     * plain. A changed mark is styled at once, in the pulse that shows the figure: a table's row that only shows
     * another item is not styled again ({@link SteadyRowsSkin}), and a table re-marks its visible cells on every pulse
     * that moves its rows.
     */
    public static void colourBySign(Node figure, int signum) {
        markBySign(figure, DeskTheme.UP, DeskTheme.DOWN, signum);
    }

    /**
     * Lights a live figure's cell up by the direction it just moved ({@link DeskTheme#FLASH_UP},
     * {@link DeskTheme#FLASH_DOWN}), or puts it out for zero; styled at once, as {@link #colourBySign}.
     */
    public static void flashBySign(Node figure, int signum) {
        markBySign(figure, DeskTheme.FLASH_UP, DeskTheme.FLASH_DOWN, signum);
    }

    /**
     * As {@link #colourBySign}, for a figure changed before the pulse's CSS pass (in its animations: a timeline's
     * beat), which styles the mark in the same pulse: styling it at once would walk the cell's ancestors for each
     * changed mark (a tenth of the FX thread's time under a busy market, docs/BENCHMARKS.md, PulseProbe).
     */
    public static void colourBySignBeforeCss(Node figure, int signum) {
        mark(figure, DeskTheme.UP, signum > 0);
        mark(figure, DeskTheme.DOWN, signum < 0);
    }

    /** As {@link #flashBySign}, for a figure changed before the pulse's CSS pass ({@link #colourBySignBeforeCss}). */
    public static void flashBySignBeforeCss(Node figure, int signum) {
        mark(figure, DeskTheme.FLASH_UP, signum > 0);
        mark(figure, DeskTheme.FLASH_DOWN, signum < 0);
    }

    private static void markBySign(Node figure, PseudoClass up, PseudoClass down, int signum) {
        boolean changed = mark(figure, up, signum > 0);
        changed |= mark(figure, down, signum < 0);
        if (changed) {
            figure.applyCss();
        }
    }

    /** Whether the mark was set or cleared. */
    private static boolean mark(Node figure, PseudoClass mark, boolean marked) {
        if (figure.getPseudoClassStates().contains(mark) == marked) {
            return false;
        }
        figure.pseudoClassStateChanged(mark, marked);
        return true;
    }
}
