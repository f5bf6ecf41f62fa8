package com.suanli.desk.ui.workspace;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** A feature's view in its panel: the panel's node id and style class around the content a feature supplies. */
final class PanelFrame extends StackPane {

    static final String STYLE_CLASS = "desk-panel";

    PanelFrame(Panel panel, Node view) {
        super(view);
        setId(panel.nodeId());
        getStyleClass().add(STYLE_CLASS);
    }
}
