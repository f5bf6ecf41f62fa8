package com.suanli.desk.ui.form;

import javafx.scene.control.TableCell;

/**
 * A table cell of text without the clip JavaFX's cell skin gives every cell ({@code TableCellSkinBase}): the label skin
 * already cuts a text too long for its cell with an ellipsis, so the clip cut nothing a cell of text shows, and each
 * clip is one more node that every pulse's bounds pass walks and one more clip every frame paints (a table's every
 * cell on screen, the market watch's 200-odd among them: docs/BENCHMARKS.md, PulseProbe, branch pulse14p). Not for a
 * cell whose graphic may be wider than it. This class sets no text: {@link Tables#textCells()} shows the item's.
 */
public class UnclippedCell<S, T> extends TableCell<S, T> {

    public UnclippedCell() {
        // The skin sets the clip as it is made; a skin replaced (a theme's) sets it again.
        skinProperty().addListener((property, before, skin) -> setClip(null));
    }
}
