package com.suanli.desk.ui.trading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A read model's rows (the desk's fills, rejects, tape and positions, a panel's tape), brought up to date as
 * {@link TableRows} does but heard as one change. A table shows its copy ({@link ShownRows}), which on a busy market
 * redraws at the first change it hears in a new period: from two changes (the new rows on top, then the oldest cut) it
 * copied the rows half done, the capped tape 200 prints and up to 150 more, its table showed those for a period and
 * the table's row count changed twice, each a layout of its flow (docs/BENCHMARKS.md, PulseProbe, branch pulse14k).
 * Not for a table to show itself: within one change the two removals {@link TableRows} makes of a table's every row
 * are heard as one. FX thread only.
 */
public final class ModelRows<T> extends ListedRows<T> {

    /** Makes the rows equal to {@code next}, heard as one change; nothing is heard when they are equal already. */
    public void show(List<T> next) {
        beginChange();
        try {
            TableRows.show(this, next);
        } finally {
            endChange();
        }
    }

    /**
     * Puts {@code arrivedInOrder} on top, the newest first, and cuts the rows past {@code kept} from the bottom, heard
     * as one change: what {@link #show} reaches for rows that arrive on top, without copying the rows kept or comparing
     * them with their successors (the desk's tape, 500 rows copied and walked twice by {@code equals} each batch with a
     * print: docs/BENCHMARKS.md, branch fxwork14q). Nothing is heard when nothing arrived.
     */
    public void prepend(List<T> arrivedInOrder, int kept) {
        int arrived = Math.min(arrivedInOrder.size(), kept);
        if (arrived == 0) {
            return;
        }
        List<T> newestFirst = new ArrayList<>(arrivedInOrder.subList(arrivedInOrder.size() - arrived,
                arrivedInOrder.size()));
        Collections.reverse(newestFirst);
        beginChange();
        try {
            int cut = size() + arrived - kept;
            if (cut > 0) {
                remove(size() - cut, size());
            }
            addAll(0, newestFirst);
        } finally {
            endChange();
        }
    }
}
