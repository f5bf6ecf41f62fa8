package com.suanli.desk.ui.shell;

/** The shell's own menu actions that have a key; workspace keys come from {@code Workspace}. */
public enum ShellAction {
    QUIT("Quit", "Shortcut+Q"),
    FULL_SCREEN("Full screen", "F11"),
    KEYBOARD_SHORTCUTS("Keyboard shortcuts", "F1");

    private final String title;
    private final String accelerator;

    ShellAction(String title, String accelerator) {
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
