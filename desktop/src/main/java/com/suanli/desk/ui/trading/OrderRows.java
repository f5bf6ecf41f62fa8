package com.suanli.desk.ui.trading;

import java.util.Collection;
import java.util.Map;

/**
 * The trader's orders as the blotter lists them, newest first (order ids grow with time: highest id first), brought
 * up to date by the orders a batch touched, all in one change: a changed order set in its row, a new one inserted at
 * its place, a forgotten one removed. Comparing the whole list with every kept order on each batch with one of the
 * trader's events cost the fold the list's length (thousands on a quoting day), and a change deep in the list had
 * every row above it removed and inserted again, each heard by the working orders' filter (docs/BENCHMARKS.md,
 * PulseProbe). No table shows this list itself: each shows its copy ({@link ShownRows}), which never has a row
 * replaced. FX thread only.
 */
final class OrderRows extends ListedRows<OwnOrder> {

    /** Shows each order of {@code touched} as {@code kept} now holds it, or no longer when it holds it no more. */
    void show(Collection<Long> touched, Map<Long, OwnOrder> kept) {
        if (touched.isEmpty()) {
            return;
        }
        beginChange();
        try {
            for (long orderId : touched) {
                int row = rowOf(orderId);
                OwnOrder order = kept.get(orderId);
                if (row < 0) {
                    if (order != null) {
                        add(-row - 1, order);
                    }
                } else if (order == null) {
                    remove(row);
                } else if (!order.equals(get(row))) {
                    set(row, order);
                }
            }
        } finally {
            endChange();
        }
    }

    /** The row of the order, or {@code -(the row it would take) - 1}: a binary search on the ids, highest first. */
    private int rowOf(long orderId) {
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long id = get(middle).orderId();
            if (id > orderId) {
                low = middle + 1;
            } else if (id < orderId) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -low - 1;
    }
}
