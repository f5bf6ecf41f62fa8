package com.suanli.desk.ui.autoquote;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

/** Where the auto-quoter takes its fair value from. */
public enum FairValueSource {
    /** The pricing library's forward curve through the other months of the instrument's strip. */
    CURVE,
    /** The mid of the best bid and offer of the other members' orders. */
    MID;

    @Override
    public String toString() {
        return Texts.get("autoquote.source." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
