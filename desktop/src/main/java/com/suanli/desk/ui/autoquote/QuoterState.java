package com.suanli.desk.ui.autoquote;

/** What the auto-quoter is doing. */
public enum QuoterState {
    /** Not started. */
    OFF("off"),
    /** Keeping its quote in the market. */
    QUOTING("quoting"),
    /** Stopped by itself (a refusal, no fair value, its quote cancelled from elsewhere); its quote pulled. */
    STOPPED("stopped"),
    /** Stopped by the kill switch; its quote pulled. */
    KILLED("killed");

    private final String title;

    QuoterState(String title) {
        this.title = title;
    }

    /** The state in a word, as the panel's tab shows it. */
    public String title() {
        return title;
    }
}
