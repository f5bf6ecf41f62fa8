package com.suanli.desk.ui.workspace;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

/** A screen arrangement for one kind of work, switched from the View menu or by its accelerator. */
public enum Workspace {
    TRADING("Shortcut+1"),
    RISK("Shortcut+2");

    private final String accelerator;

    Workspace(String accelerator) {
        this.accelerator = accelerator;
    }

    public String title() {
        return Texts.get("workspace." + name().toLowerCase(Locale.ROOT));
    }

    /** In {@code KeyCombination} notation; {@code Shortcut} is Ctrl, or Cmd on a Mac. */
    public String accelerator() {
        return accelerator;
    }
}
