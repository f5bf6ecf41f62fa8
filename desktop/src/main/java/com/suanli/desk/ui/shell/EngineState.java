package com.suanli.desk.ui.shell;

import com.suanli.desk.ui.text.Texts;

/** The in-process exchange engine as the status bar shows it. */
public enum EngineState {
    OFFLINE("engine.offline"),
    STARTING("engine.starting"),
    RUNNING("engine.running"),
    HALTED("engine.halted"),
    /** It never started: the status bar's message says why. */
    FAILED("engine.failed");

    private final String labelKey;

    EngineState(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return Texts.get(labelKey);
    }
}
