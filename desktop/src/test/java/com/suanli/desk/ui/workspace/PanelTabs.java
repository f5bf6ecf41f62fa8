package com.suanli.desk.ui.workspace;

import javafx.scene.Node;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/** What window tests read off a docked panel's tab. */
public final class PanelTabs {

    private PanelTabs() {
    }

    /** The title on a panel's tab. */
    public static String title(FxRobot robot, Panel panel) {
        return robot.from(robot.lookup("#tab-" + panel.slug()).queryParent()).lookup((Node node) -> node instanceof Text)
                .queryAllAs(Text.class).stream().map(Text::getText).filter(text -> !text.isBlank())
                .findFirst().orElseThrow();
    }
}
