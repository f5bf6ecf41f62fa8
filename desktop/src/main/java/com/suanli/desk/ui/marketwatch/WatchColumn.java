package com.suanli.desk.ui.marketwatch;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

/**
 * A column of the market watch. The live market is shown at first, in the order a trader scans it; the contract's
 * terms (already in its symbol and the filter bar) are there to be shown from the Columns menu. Each is named by
 * its full words in the menu and by short words over the column ({@code Bid\nlots}, {@code Chg}), so that the live
 * market fits a 1600-pixel screen whole; on a narrower watch the last trade's lots give way ({@link #givesWay()}), so
 * that the rest of it fits a 1280-pixel screen.
 */
public enum WatchColumn {
    SYMBOL(true),
    BID_LOTS(true),
    BID(true),
    ASK(true),
    ASK_LOTS(true),
    LAST(true),
    LAST_LOTS(true),
    CHANGE(true),
    VOLUME(true),
    OPEN_INTEREST(true),
    SETTLEMENT(true),
    INDEX(true),
    PRODUCT(false),
    HUB(false),
    GREEN(false),
    KIND(false),
    DELIVERY(false),
    SETTLES(false),
    CONTRACT(false),
    TICK(false),
    REF_CNY(false),
    BAND_LOW(false),
    BAND_HIGH(false);

    private final boolean shownAtFirst;

    WatchColumn(boolean shownAtFirst) {
        this.shownAtFirst = shownAtFirst;
    }

    /** Whether a trader who never chose sees it: the live market does, the contract's terms do not. */
    public boolean shownAtFirst() {
        return shownAtFirst;
    }

    /**
     * Whether the column steps aside, though chosen, while the watch is too narrow for the columns chosen: the last
     * trade's lots, which the ladder and the tape show too, so that the prices, the day's figures and the marks stay.
     */
    public boolean givesWay() {
        return this == LAST_LOTS;
    }

    /** The symbol is what every row is known by: it is always shown. */
    public boolean canHide() {
        return this != SYMBOL;
    }

    /** Its full words, as the Columns menu lists it, e.g. {@code Open interest}. */
    public String title() {
        return Texts.get("marketwatch." + slug());
    }

    /** The words over the column, one or two short lines, e.g. {@code Open\nint.}. */
    public String header() {
        return Texts.get("marketwatch.header." + slug());
    }

    /** Its name in words' keys and node ids, e.g. {@code open-interest}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
