package com.suanli.desk.ui.workspace;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

/** A place in a workspace where one feature's view sits; its purpose is what the empty state tells the user. */
public enum Panel {
    MARKET_WATCH, LADDER, ORDER_TICKET, BLOTTER, RISK, SCENARIOS, CALCULATORS, CHARTS, ACCOUNT, AUTO_QUOTER,
    SESSION_LIBRARY, SESSION_REPLAY, MONITORING;

    public String title() {
        return Texts.get(key("title"));
    }

    /** The line an empty panel shows, e.g. "No orders yet". */
    public String emptyHeading() {
        return Texts.get(key("empty"));
    }

    /** What will appear in the panel, in the trader's words. */
    public String purpose() {
        return Texts.get(key("purpose"));
    }

    private String key(String part) {
        return "panel." + slug() + "." + part;
    }

    /** Stable node id, e.g. {@code panel-market-watch}, for tests and CSS. */
    public String nodeId() {
        return "panel-" + slug();
    }

    /** The panel's name in node ids, e.g. {@code market-watch}: its tab is {@code tab-market-watch}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
