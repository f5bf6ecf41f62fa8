package com.suanli.desk.ui.shell;

import com.suanli.desk.ui.text.Texts;

/** The shell's own menu actions that have a key; workspace keys come from {@code Workspace}. */
public enum ShellAction {
    QUIT("shell.quit", "Shortcut+Q"),
    FULL_SCREEN("shell.full-screen", "F11"),
    KEYBOARD_SHORTCUTS("shell.keyboard-shortcuts", "F1");

    private final String titleKey;
    private final String accelerator;

    ShellAction(String titleKey, String accelerator) {
        this.titleKey = titleKey;
        this.accelerator = accelerator;
    }

    public String title() {
        return Texts.get(titleKey);
    }

    /** In {@code KeyCombination} notation; {@code Shortcut} is Ctrl, or Cmd on a Mac. */
    public String accelerator() {
        return accelerator;
    }
}
