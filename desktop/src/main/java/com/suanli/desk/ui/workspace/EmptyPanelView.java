package com.suanli.desk.ui.workspace;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A panel that has no feature behind it yet, saying what will appear there. */
final class EmptyPanelView extends VBox {

    static final String STYLE_CLASS = "empty-state";

    EmptyPanelView(Panel panel) {
        Label title = new Label(panel.emptyHeading());
        title.getStyleClass().addAll(Styles.TITLE_4, Styles.TEXT_MUTED);
        Label purpose = new Label(panel.purpose());
        purpose.getStyleClass().addAll(Styles.TEXT_SUBTLE, "empty-state-purpose");
        purpose.setWrapText(true);
        getChildren().addAll(title, purpose);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER);
    }
}
