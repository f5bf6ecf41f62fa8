package com.suanli.desk.ui.trading;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;

/**
 * Rows kept in an array list and heard as JavaFX list changes: what {@link ModelRows} and {@link OrderRows} share.
 * They differ only in how a batch brings the rows up to date, in one change. FX thread only.
 */
abstract class ListedRows<T> extends ModifiableObservableListBase<T> {

    private final List<T> rows = new ArrayList<>();

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
