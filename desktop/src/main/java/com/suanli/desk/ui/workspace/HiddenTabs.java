package com.suanli.desk.ui.workspace;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps the content of a tab pane's tabs that are not chosen out of the scene until each is first chosen. A tab
 * pane keeps every tab's content in the scene, hidden: the window's first show would style each hidden table and
 * chart and lay it out, making its rows and cells, for nothing on screen (the blotter's five tabs behind the
 * working orders, the account's margin calls, the quote ticket). A feature may also leave a tab's content to be
 * built when first chosen ({@link #buildWhenChosen}): the depth and curve charts, whose construction is not cheap.
 */
public final class HiddenTabs {

    private HiddenTabs() {
    }

    /** Takes the content of {@code tabs}' tabs not chosen now out of the scene, each back in when first chosen. */
    static void untilChosen(TabPane tabs) {
        for (Tab tab : tabs.getTabs()) {
            Node content = tab.getContent();
            if (!tab.isSelected() && content != null) {
                tab.setContent(null);
                buildWhenChosen(tab, () -> content);
            }
        }
    }

    /**
     * Gives {@code tab} the content {@code built} makes, now if it is chosen (in its pane), else when it is first
     * chosen; until then the tab is empty.
     */
    public static void buildWhenChosen(Tab tab, Supplier<? extends Node> built) {
        Objects.requireNonNull(built, "built");
        if (tab.isSelected()) {
            tab.setContent(built.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean before, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(built.get());
                }
            }
        });
    }
}
