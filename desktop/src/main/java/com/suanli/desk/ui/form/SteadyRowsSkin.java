package com.suanli.desk.ui.form;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table's skin whose rows are styled again only when their look can change. When a table's rows change (new ones on
 * top of a blotter or a tape, a figure re-read), JavaFX lays out every row on screen again and, for each row whose text
 * changed, styles the row and every cell in it afresh ({@code VirtualFlow.setCellIndex} calls {@code applyCss}), which
 * walks each node's ancestors up to the window: under a busy market that restyling was about a third of the FX
 * thread's time (docs/BENCHMARKS.md, PulseProbe). A row that keeps its place and stays filled, selected and focused as
 * it was only shows other words: its style stands. A cell whose own style follows its item (a figure marked up or
 * down) restyles itself ({@link Tables#colourBySign}).
 */
public final class SteadyRowsSkin<T> extends TableViewSkin<T> {

    public SteadyRowsSkin(TableView<T> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<T>> createVirtualFlow() {
        return new SteadyFlow<>();
    }

    /** The flow of rows, restyling a row only when it moves, empties, fills, or its selection or focus changes. */
    private static final class SteadyFlow<R extends IndexedCell<?>> extends VirtualFlow<R> {

        @Override
        protected void setCellIndex(R row, int index) {
            // A new row, or one moved to another place, is styled as JavaFX does: its size may follow its style.
            if (row.getIndex() != index || row.getSkin() == null) {
                super.setCellIndex(row, index);
                return;
            }
            boolean empty = row.isEmpty();
            boolean selected = row.isSelected();
            boolean focused = row.isFocused();
            row.updateIndex(index);
            if (row.isEmpty() != empty || row.isSelected() != selected || row.isFocused() != focused) {
                row.applyCss();
            }
        }
    }
}
