package com.suanli.desk.ui.autoquote;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

/** What the auto-quoter is doing. */
public enum QuoterState {
    /** Not started. */
    OFF,
    /** Keeping its quote in the market. */
    QUOTING,
    /** Stopped by itself (a refusal, no fair value, its quote cancelled from elsewhere); its quote pulled. */
    STOPPED,
    /** Stopped by the kill switch; its quote pulled. */
    KILLED;

    /** The state in a word, as the panel's tab shows it. */
    public String title() {
        return Texts.get("autoquote.state." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
