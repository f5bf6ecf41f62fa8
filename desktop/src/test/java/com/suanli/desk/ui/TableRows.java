package com.suanli.desk.ui;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** Finds a table's row on screen by its index: row cells are recycled, so lookup order says nothing. */
public final class TableRows {

    private TableRows() {
    }

    public static TableRow<?> rowAt(FxRobot robot, TableView<?> table, int index) {
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getIndex() == index && !row.isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("row " + index + " is not on screen"));
    }
}
