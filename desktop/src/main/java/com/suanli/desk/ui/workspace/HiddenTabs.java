package com.suanli.desk.ui.workspace;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps the content of a tab pane's tabs that are not chosen out of the scene until each is first chosen. A tab
 * pane keeps every tab's content in the scene, hidden: the window's first show would style each hidden table and
 * chart and lay it out, making its rows and cells, for nothing on screen (the blotter's five tabs behind the
 * working orders, the account's margin calls, the quote ticket, the depth and curve charts). The content itself is
 * built as before; only its first styling and layout wait for the trader to look at it.
 */
final class HiddenTabs {

    private HiddenTabs() {
    }

    /** Takes the content of {@code tabs}' tabs not chosen now out of the scene, each back in when first chosen. */
    static void untilChosen(TabPane tabs) {
        for (Tab tab : tabs.getTabs()) {
            Node content = tab.getContent();
            if (!tab.isSelected() && content != null) {
                tab.setContent(null);
                tab.selectedProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> selected, Boolean before,
                                        Boolean now) {
                        if (now) {
                            tab.selectedProperty().removeListener(this);
                            tab.setContent(content);
                        }
                    }
                });
            }
        }
    }
}
