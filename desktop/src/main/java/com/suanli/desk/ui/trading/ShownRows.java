package com.suanli.desk.ui.trading;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The rows a table shows of a list that changes under it, following that list only while the table is shown. A
 * table in a hidden tab stays in the scene, and a change of its rows has it laid out again all the same (its row
 * count, its cells' indices, their styles): under a busy market the blotter's five hidden tables cost the FX pulse
 * as much as the shown one (docs/BENCHMARKS.md, PulseProbe). So while hidden the source's changes are left for later;
 * once shown, the rows are brought to the source's content in one go, with the fewest changes ({@link TableRows}),
 * and follow each change after: at once on a quiet market (in the heavy panels' turns), at a human rate on a busy one
 * ({@link PacedRedraw}). The source stays the read model: counts and totals read it, never these rows. FX thread
 * only; needs no window.
 */
public final class ShownRows<T> {

    private static final ObservableValue<Boolean> ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    private final ObservableList<T> source;
    private final ObservableList<T> rows;
    private final ObservableList<T> rowsShown;

    /**
     * @param source the list the rows come from, in its order
     * @param shown whether the table is on screen (its tab selected); the rows are its copy at the start
     */
    public ShownRows(ObservableList<T> source, ObservableValue<Boolean> shown) {
        this(source, shown, () -> false, PacedRedraw.Slot.BLOTTER);
    }

    /**
     * Rows that, while shown, follow the source at once on a quiet market and at a human rate on a busy one
     * ({@link PacedRedraw}); shown again, they catch up at once.
     *
     * @param busy whether the market is busy now ({@link TradingDesk#busy()})
     * @param slot the table's part of the redraw period
     */
    public ShownRows(ObservableList<T> source, ObservableValue<Boolean> shown, BooleanSupplier busy,
                     PacedRedraw.Slot slot) {
        this.source = Objects.requireNonNull(source, "source");
        Objects.requireNonNull(shown, "shown");
        rows = FXCollections.observableArrayList(source);
        rowsShown = FXCollections.unmodifiableObservableList(rows);
        PacedRedraw pace = new PacedRedraw(busy, slot, () -> {
            if (Boolean.TRUE.equals(shown.getValue())) {
                catchUp();
            }
        });
        source.addListener((ListChangeListener<T>) change -> {
            if (Boolean.TRUE.equals(shown.getValue())) {
                pace.changed();
            }
        });
        // Not on the constant of an always shown table: a listener there would keep these rows, their desk and its
        // panel for as long as the application runs (a desk left, the warm-up's private copy).
        if (shown != ALWAYS) {
            shown.addListener((property, before, now) -> {
                if (Boolean.TRUE.equals(now)) {
                    pace.now();
                }
            });
        }
    }

    /**
     * The rows of a table that is always on screen (a panel of its own, not a tab), following the source at once on a
     * quiet market and at a human rate on a busy one.
     */
    public static <T> ShownRows<T> paced(ObservableList<T> source, BooleanSupplier busy, PacedRedraw.Slot slot) {
        return new ShownRows<>(source, ALWAYS, busy, slot);
    }

    private void catchUp() {
        TableRows.show(rows, source);
    }

    /** What the table shows: the source as of the last time it was shown, or now while it is. */
    public ObservableList<T> rows() {
        return rowsShown;
    }
}
