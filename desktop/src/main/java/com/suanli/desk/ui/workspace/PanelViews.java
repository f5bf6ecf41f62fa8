package com.suanli.desk.ui.workspace;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.TabPane;

/**
 * Where features plug in: the wiring hands the shell one of these, answering each panel with its view.
 * The workspace frames the view with the panel's title, so a feature supplies content only.
 */
@FunctionalInterface
public interface PanelViews {

    /**
     * The key under which a view may carry, in its {@code Node.getProperties()}, an {@code ObservableValue<String>}
     * to show on its panel's tab instead of the panel's title (the auto-quoter says whether it quotes).
     */
    String LIVE_TITLE = "desk.panel.liveTitle";

    /**
     * The key under which a view may carry, in its {@code Node.getProperties()}, the {@link TabPane} inside it
     * whose chosen tab the user's layout keeps (by the pane's id and the tab's id), e.g. the blotter's Rejects tab.
     */
    String CHOSEN_TAB = "desk.panel.chosenTab";

    /**
     * Marks {@code tabs}, inside {@code view}, as the tab pane whose chosen tab the user's layout keeps, by
     * {@code id}; its tabs are known by their ids.
     */
    static void keepChosenTab(Node view, TabPane tabs, String id) {
        tabs.setId(id);
        view.getProperties().put(CHOSEN_TAB, tabs);
    }

    /**
     * The key under which a view may carry, in its {@code Node.getProperties()}, a setting of its own that the
     * user's layout keeps as words (see {@link #keepSetting}).
     */
    String KEPT_SETTING = "desk.panel.keptSetting";

    /**
     * Marks {@code words}, a setting of {@code view} (the market watch's columns shown), as kept in the user's layout
     * by {@code id}: each change is saved with the layout, and a restored layout sets it back.
     */
    static void keepSetting(Node view, String id, StringProperty words) {
        view.getProperties().put(KEPT_SETTING, new KeptSetting(id, words));
    }

    /** A new view for the panel; called once per panel and workspace. */
    Node viewOf(Panel panel);

    /** Every panel shows what will appear there: the desk before any feature is wired. */
    static PanelViews emptyStates() {
        return EmptyPanelView::new;
    }
}
