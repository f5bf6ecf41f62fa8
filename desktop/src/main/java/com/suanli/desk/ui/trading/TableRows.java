package com.suanli.desk.ui.trading;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings a table's rows to their next content with the fewest list changes, of the kinds a {@code TableView} follows
 * by re-reading the cells it has. A table whose rows are replaced ({@code setAll}, {@code set}) or that loses in one
 * change as many rows as it showed throws away every row and cell it has and builds new ones, each styled by CSS
 * again: under a busy market, a large share of the FX pulse (docs/BENCHMARKS.md, PulseProbe). So rows arriving on top
 * are inserted there and the oldest removed from the bottom; any other change removes only the rows that differ and
 * inserts their successors; and a removal of every row is made in two. A change of the row count still has the
 * table re-add and restyle its visible cells: that no edit of the list avoids. FX thread only.
 */
public final class TableRows {

    private TableRows() {
    }

    /** Makes {@code rows} equal to {@code next}; nothing changes, and no listener hears, when they are equal already. */
    public static <T> void show(ObservableList<T> rows, List<T> next) {
        if (rows.equals(next)) {
            return;
        }
        int shown = rows.size();
        int arrivedOnTop = rows.isEmpty() ? -1 : next.indexOf(rows.get(0));
        if (arrivedOnTop > 0 && continues(next, arrivedOnTop, rows)) {
            rows.addAll(0, next.subList(0, arrivedOnTop));
            remove(rows, next.size(), rows.size(), shown);
            return;
        }
        int same = 0;
        while (same < shown && same < next.size() && rows.get(same).equals(next.get(same))) {
            same++;
        }
        int sameAtEnd = 0;
        while (sameAtEnd < shown - same && sameAtEnd < next.size() - same
                && rows.get(shown - 1 - sameAtEnd).equals(next.get(next.size() - 1 - sameAtEnd))) {
            sameAtEnd++;
        }
        remove(rows, same, shown - sameAtEnd, shown);
        rows.addAll(same, next.subList(same, next.size() - sameAtEnd));
    }

    /** Whether {@code next} from {@code from} on is the rows' beginning: the rows moved down, the oldest maybe cut. */
    private static <T> boolean continues(List<T> next, int from, List<T> rows) {
        int kept = next.size() - from;
        return kept <= rows.size() && next.subList(from, next.size()).equals(rows.subList(0, kept));
    }

    /** Removes {@code [from, to)}; never as one change of all the {@code shown} rows the table had. */
    private static <T> void remove(ObservableList<T> rows, int from, int to, int shown) {
        if (to - from == shown && shown > 1) {
            rows.remove(to - 1);
            to--;
        }
        if (to > from) {
            rows.remove(from, to);
        }
    }
}
