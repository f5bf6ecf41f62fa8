package com.suanli.desk.ui.shell;

/** The in-process exchange engine as the status bar shows it. */
public enum EngineState {
    OFFLINE("Engine offline"),
    STARTING("Starting engine…"),
    RUNNING("Engine running"),
    HALTED("Engine halted"),
    /** It never started: the status bar's message says why. */
    FAILED("Engine failed");

    private final String label;

    EngineState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
