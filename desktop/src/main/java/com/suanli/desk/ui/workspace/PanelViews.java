package com.suanli.desk.ui.workspace;

import javafx.scene.Node;

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

    /** A new view for the panel; called once per panel and workspace. */
    Node viewOf(Panel panel);

    /** Every panel shows what will appear there: the desk before any feature is wired. */
    static PanelViews emptyStates() {
        return EmptyPanelView::new;
    }
}
