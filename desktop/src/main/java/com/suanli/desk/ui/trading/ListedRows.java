package com.suanli.desk.ui.trading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * Rows kept in an array list and heard as JavaFX list changes: what {@link ModelRows} and {@link OrderRows} share.
 * They differ only in how a batch brings the rows up to date, in one change. FX thread only.
 */
abstract class ListedRows<T> extends ModifiableObservableListBase<T> {

    private final List<T> rows = new ArrayList<>();

    /**
     * Inserts {@code added} at {@code index} in one move of the rows below, heard as one addition: the list's own
     * {@code addAll} inserts one row at a time, each moving every row below it (a tape's busy batch, hundreds of
     * prints on top of 500).
     */
    @Override
    public boolean addAll(int index, Collection<? extends T> added) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException("index: must be within 0 and " + size() + ", was " + index);
        }
        if (added.isEmpty()) {
            return false;
        }
        beginChange();
        try {
            rows.addAll(index, added);
            nextAdd(index, index + added.size());
            modCount++;
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public T get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, T row) {
        rows.add(index, row);
    }

    @Override
    protected T doSet(int index, T row) {
        return rows.set(index, row);
    }

    @Override
    protected T doRemove(int index) {
        return rows.remove(index);
    }
}
