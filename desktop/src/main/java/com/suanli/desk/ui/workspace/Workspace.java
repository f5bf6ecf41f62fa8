package com.suanli.desk.ui.workspace;

import com.suanli.desk.ui.text.Texts;

/** A screen arrangement for one kind of work, switched from the View menu or by its accelerator. */
public enum Workspace {
    TRADING("Trading", "Shortcut+1"),
    RISK("Risk", "Shortcut+2"),
    SESSIONS(Texts.get("workspace.sessions"), "Shortcut+3");

    private final String title;
    private final String accelerator;

    Workspace(String title, String accelerator) {
        this.title = title;
        this.accelerator = accelerator;
    }

    public String title() {
        return title;
    }

    /** In {@code KeyCombination} notation; {@code Shortcut} is Ctrl, or Cmd on a Mac. */
    public String accelerator() {
        return accelerator;
    }
}
