package com.suanli.desk.ui.trading;

import java.util.Objects;
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
 * and follow each change after. The source stays the read model: counts and totals read it, never these rows. FX
 * thread only; needs no window.
 */
public final class ShownRows<T> {

    private final ObservableList<T> source;
    private final ObservableList<T> rows;
    private final ObservableList<T> rowsShown;

    /**
     * @param source the list the rows come from, in its order
     * @param shown whether the table is on screen (its tab selected); the rows are its copy at the start
     */
    public ShownRows(ObservableList<T> source, ObservableValue<Boolean> shown) {
        this.source = Objects.requireNonNull(source, "source");
        Objects.requireNonNull(shown, "shown");
        rows = FXCollections.observableArrayList(source);
        rowsShown = FXCollections.unmodifiableObservableList(rows);
        source.addListener((ListChangeListener<T>) change -> {
            if (Boolean.TRUE.equals(shown.getValue())) {
                catchUp();
            }
        });
        shown.addListener((property, before, now) -> {
            if (Boolean.TRUE.equals(now)) {
                catchUp();
            }
        });
    }

    private void catchUp() {
        TableRows.show(rows, source);
    }

    /** What the table shows: the source as of the last time it was shown, or now while it is. */
    public ObservableList<T> rows() {
        return rowsShown;
    }
}
