package com.suanli.desk.ui.shell;

/** The in-process exchange engine as the status bar shows it. */
public enum EngineState {
    OFFLINE("Engine offline"),
    STARTING("Engine starting"),
    RUNNING("Engine running"),
    HALTED("Engine halted");

    private final String label;

    EngineState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
