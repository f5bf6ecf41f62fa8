package com.suanli.desk.ui.ticket;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.DeskTheme;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A ticket's grid of labelled fields. A field the last send could not read turns red, takes the focus and
 * shows its problem on the line under it, next to its cause.
 */
final class TicketForm {

    private final GridPane grid = new GridPane();
    private final ReadOnlyObjectProperty<TicketField> errorField;
    private final ReadOnlyStringProperty message;
    private int rows;

    TicketForm(ReadOnlyObjectProperty<TicketField> errorField, ReadOnlyStringProperty message) {
        this.errorField = errorField;
        this.message = message;
        grid.getStyleClass().add("ticket-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
    }

    GridPane grid() {
        return grid;
    }

    /** A text field for {@code field}, bound both ways to {@code value}. */
    TextField text(TicketField field, StringProperty value) {
        TextField input = new TextField();
        input.setId(field.nodeId());
        input.getStyleClass().add(DeskTheme.TABULAR);
        input.textProperty().bindBidirectional(value);
        add(field.label(), input, field);
        return input;
    }

    /** Any other input on a labelled line, with its own error line when it has a field. */
    void add(String label, Node input, TicketField field) {
        // Small inputs: the whole order fits the ticket's share of a 1080-line screen without scrolling.
        input.getStyleClass().add(Styles.SMALL);
        Label name = new Label(label);
        name.setLabelFor(input);
        grid.addRow(rows++, name, input);
        if (field == null) {
            return;
        }
        errorField.addListener((property, before, after) -> {
            input.pseudoClassStateChanged(Styles.STATE_DANGER, after == field);
            if (after == field) {
                input.requestFocus();
            }
        });
        Label problem = new Label();
        problem.setId(field.nodeId() + "-error");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "ticket-field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.when(errorField.isEqualTo(field)).then(message).otherwise(""));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        grid.add(problem, 1, rows++);
    }
}
