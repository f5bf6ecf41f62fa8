package com.suanli.desk.ui.form;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
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
 * down) restyles itself ({@link Tables#colourBySign}). Its flow of rows keeps its count while the table's rows come and
 * go within a block ({@link #BLOCK}), and while they grow by up to an eighth far below the screen ({@link #LAG}).
 */
public final class SteadyRowsSkin<T> extends TableViewSkin<T> {

    /**
     * A table's flow of rows holds, past the rows its screen shows, whole blocks of this many rows. A flow whose row
     * count changes lays itself out at once and again in the pulse, and takes every row out of its sheet (JavaFX's
     * {@code VirtualFlow.cellCount}): under a busy market, with working orders coming and going at each redraw, a tenth
     * of the FX thread (docs/BENCHMARKS.md, PulseProbe, branch pulse14i).
     */
    static final int BLOCK = 8;

    /**
     * A flow past its screen keeps its count while the table grows by up to this share of it (in whole blocks) and
     * the rows it shows are a screen or more above its last: the rows the flow does not hold yet are all below the
     * screen, and it holds them as soon as its last rows come on screen. Working orders on a quoting desk grow by tens
     * at each paced redraw, and with blocks alone the working orders' flow changed its count at nearly every one (133
     * times in PulseProbe's 30 s; a change took 30 times a steady layout, docs/BENCHMARKS.md, branch pulse14k). Cost to
     * the user: until then the scroll bar spans up to an eighth fewer rows than the table has.
     */
    static final int LAG = 8;

    /** The rows the flow holds now. */
    private int flowRows;
    /** Whether a look for a table or flow left marked is on the FX thread's queue. */
    private boolean askPending;

    /** Whether the table was laid out once, in a layout pass, its style applied. */
    private boolean laidOut;
    /** Whether the table's rows changed since the last pulse's start. */
    private boolean rowsChanged;
    private final ListChangeListener<T> rowsChangedListener = change -> rowsChanged = true;
    private final WeakListChangeListener<T> weakRowsChanged = new WeakListChangeListener<>(rowsChangedListener);
    private final ChangeListener<ObservableList<T>> rowsReplaced = (property, before, now) -> {
        if (before != null) {
            before.removeListener(weakRowsChanged);
        }
        if (now != null) {
            now.addListener(weakRowsChanged);
        }
        rowsChanged = true;
    };
    /** Lays the table out ahead of its scene's CSS pass when its rows changed. */
    private final Runnable layOutBeforeCss = this::layOutBeforeCss;
    private final ChangeListener<Scene> sceneChanged = (property, before, now) -> {
        if (before != null) {
            before.removePreLayoutPulseListener(layOutBeforeCss);
        }
        if (now != null) {
            now.addPreLayoutPulseListener(layOutBeforeCss);
        }
    };

    /**
     * A table whose rows changed is laid out at the start of the pulse, ahead of its scene's CSS pass, rather than in
     * the scene's layout pass after it. Laying out rows that moved restyles them (a row that fills or empties, a
     * figure marked up or down): restyled after the CSS pass, they leave the window's root marked for CSS, so JavaFX
     * runs one more pulse, whose CSS pass finds nothing left to change, and a pulse in which no node changed repaints
     * the whole window (JavaFX's {@code ViewPainter} paints all when no region is dirty). On a calm market that was a
     * whole window painted after each redraw of the tape, a frame of 18 to 20 ms in software (docs/BENCHMARKS.md,
     * branch repaint14w). Laid out first, the rows are restyled in the pulse's own CSS pass. Only a table laid out
     * before, in a layout pass after its style: laid out ahead of its first style, a table made rows for sizes its
     * style then changed (ThemeCutLooksTest found the market watch's rows differing between two themes).
     */
    public SteadyRowsSkin(TableView<T> table) {
        super(table);
        table.itemsProperty().addListener(rowsReplaced);
        rowsReplaced.changed(table.itemsProperty(), null, table.getItems());
        table.sceneProperty().addListener(sceneChanged);
        sceneChanged.changed(table.sceneProperty(), null, table.getScene());
    }

    private void layOutBeforeCss() {
        TableView<T> table = getSkinnable();
        if (rowsChanged && laidOut && table != null) {
            table.layout();
        }
        rowsChanged = false;
    }

    @Override
    public void dispose() {
        TableView<T> table = getSkinnable();
        if (table != null) {
            table.sceneProperty().removeListener(sceneChanged);
            sceneChanged.changed(table.sceneProperty(), table.getScene(), null);
            table.itemsProperty().removeListener(rowsReplaced);
            rowsReplaced.changed(table.itemsProperty(), table.getItems(), null);
        }
        super.dispose();
    }

    @Override
    protected int getItemCount() {
        return flowRows;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        super.layoutChildren(x, y, width, height);
        laidOut = true;
        // The flow was sized or scrolled just now: if the rows its screen shows changed (the first layout, a resize), its
        // count follows them at once, so that no scroll bar shows for rows that all fit; if its last rows come on
        // screen, it holds the table's every row at once. A flow scrolled to its end (a scroll to a row it did not
        // hold yet, the End key) is left at the new end, not at the old one.
        if (flowRows != flowRows(super.getItemCount(), flowRows, onScreen(), lastShown())) {
            boolean atEnd = getVirtualFlow().getPosition() >= 1;
            markItemCountDirty();
            super.layoutChildren(x, y, width, height);
            if (atEnd) {
                getVirtualFlow().setPosition(1);
            }
        }
        // Asked once the pass is over, whether the table or its flow was left marked in it.
        if (!askPending) {
            askPending = true;
            Platform.runLater(this::askAgainIfMarked);
        }
    }

    /**
     * A table or a flow asked for a layout during its own layout stays marked with no pass coming to it: the request
     * climbs no further than a parent laying out (JavaFX's {@code Parent.requestParentLayout}), so it is left marked
     * under a clean parent, where the scene's layout pass, which walks only marked branches, never comes; and a layout
     * root inside it (the market watch's live cells) then asks for layout in vain, its request climbing only to the
     * first marked ancestor. The flow asks its table so whenever its count changes ({@code VirtualFlow.cellCount}),
     * which happens inside the table's layout (the rows the screen shows changed, or the table's rows did, a new
     * listing), and the flow is marked during its own layout, under its table laying out. On a real window the watch's
     * view (a layout root in its panel) was laying out at those moments, so a new desk's watch drew its first figures
     * and never redrew them: a first session after a build, twice of two, left the table so, and with that case mended
     * the flow (docs/BENCHMARKS.md, branches pulse14n and watch14o). Asked again once the pass is over, the flow's
     * request climbs to the scene, and the next pulse lays out both.
     */
    private void askAgainIfMarked() {
        askPending = false;
        TableView<T> table = getSkinnable();
        VirtualFlow<?> flow = getVirtualFlow();
        if (table != null && flow != null && (table.isNeedsLayout() || flow.isNeedsLayout())) {
            flow.requestLayout();
        }
    }

    @Override
    protected void updateItemCount() {
        flowRows = flowRows(super.getItemCount(), flowRows, onScreen(), lastShown());
        super.updateItemCount();
    }

    private int onScreen() {
        return ((SteadyFlow<?>) getVirtualFlow()).onScreen();
    }

    /**
     * The index of the last row the flow shows, or will show at its next layout (a scroll moves its position first):
     * with rows of one height, where its position puts it.
     */
    private int lastShown() {
        VirtualFlow<?> flow = getVirtualFlow();
        int onScreen = onScreen();
        return (int) Math.ceil(flow.getPosition() * Math.max(0, flow.getCellCount() - onScreen)) + onScreen - 1;
    }

    /**
     * The rows a flow holding {@code held} rows holds for a table of {@code rows}, its last filled row on screen at
     * {@code lastShown}: {@code held} while the table is past the screen, outgrew the flow by up to an eighth of it in
     * whole blocks ({@link #LAG}) and the flow's last row is more than a screen below {@code lastShown}; else as
     * {@link #flowRows(int, int, int)}.
     */
    static int flowRows(int rows, int held, int onScreen, int lastShown) {
        boolean outgrownBelow = rows > held && held > onScreen && rows - held <= held / LAG / BLOCK * BLOCK
                && lastShown < held - onScreen;
        return outgrownBelow ? held : flowRows(rows, held, onScreen);
    }

    /**
     * The rows a flow holding {@code held} rows, of which its screen shows {@code onScreen}, holds for a table of
     * {@code rows}: none for none (the table then says it is empty); the screen's rows while the table's fit on it
     * (the flow shows them all the same, the rows under the table's last empty, and needs no scroll bar); past the
     * screen, the same as held while the table's rows fit in them and leave under two blocks empty (a table going to
     * and fro across a block's edge keeps its count), else the rows rounded up to a block. Rows past the table's last
     * are empty, as under a short table's last.
     */
    static int flowRows(int rows, int held, int onScreen) {
        if (rows == 0) {
            return 0;
        }
        if (rows <= onScreen) {
            return onScreen;
        }
        if (rows <= held && rows > held - 2 * BLOCK) {
            return held;
        }
        return (rows + BLOCK - 1) / BLOCK * BLOCK;
    }

    @Override
    protected VirtualFlow<TableRow<T>> createVirtualFlow() {
        return new SteadyFlow<>();
    }

    /** The flow of rows, restyling a row only when it moves, empties, fills, or its selection or focus changes. */
    private static final class SteadyFlow<R extends IndexedCell<?>> extends VirtualFlow<R> {

        /** The rows the flow shows at once, filled or empty; none when its rows are not of a fixed height. */
        int onScreen() {
            double row = getFixedCellSize();
            ScrollBar sideways = getHbar();
            double height = getHeight() - (sideways.isVisible() ? sideways.getHeight() : 0);
            return row > 0 && height > 0 ? (int) Math.floor(height / row) : 0;
        }

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
