package com.suanli.desk.ui.form;

import atlantafx.base.theme.Styles;
import com.suanli.desk.ui.DeskTheme;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The small controls the desk's forms and tool bars are built from, styled alike. */
public final class Controls {

    /** How wide a tooltip holding a cut line's whole text may grow before it wraps. */
    private static final double WHOLE_TEXT_WIDTH = 560;

    private Controls() {
    }

    /** A panel's tool bar: the nodes in a row under the panel's title. */
    public static HBox toolbar(Node... nodes) {
        HBox bar = new HBox(nodes);
        bar.getStyleClass().add("panel-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The name of a field or figure, muted beside its value. */
    public static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    public static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    /** A figure: monospaced so that digits line up. */
    public static Label figure(String id, ObservableValue<String> text) {
        Label figure = label(id, text);
        figure.getStyleClass().add(DeskTheme.TABULAR);
        return figure;
    }

    /** Shows a label's whole text on hover while it has any: for a line a narrow panel cuts with "…". */
    public static void wholeOnHover(Label label) {
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(label.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(WHOLE_TEXT_WIDTH);
        label.tooltipProperty().bind(Bindings.when(label.textProperty().isEmpty()).then((Tooltip) null)
                .otherwise(whole));
    }

    /** A line for refusals and failures: red, and taking no room while empty. */
    public static Label errorLine(String id, ObservableValue<String> text) {
        Label error = label(id, text);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    /** A text field bound both ways to {@code value}. */
    public static TextField textField(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add(Styles.SMALL);
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        return field;
    }

    public static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(event -> action.run());
        return button;
    }
}
