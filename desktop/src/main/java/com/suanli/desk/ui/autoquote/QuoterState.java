package com.suanli.desk.ui.autoquote;

/** What the auto-quoter is doing. */
public enum QuoterState {
    /** Not started. */
    OFF,
    /** Keeping its quote in the market. */
    QUOTING,
    /** Stopped by itself (a refusal, no fair value, its quote cancelled from elsewhere); its quote pulled. */
    STOPPED,
    /** Stopped by the kill switch; its quote pulled. */
    KILLED
}
