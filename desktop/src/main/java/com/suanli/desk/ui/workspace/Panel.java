package com.suanli.desk.ui.workspace;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

/** A place in a workspace where one feature's view sits; its purpose is what the empty state tells the user. */
public enum Panel {
    MARKET_WATCH("Market watch", "No instruments listed",
            "Every listed instrument with bid and ask (size), last, change, volume, open interest and settlement,"
                    + " filtered by product, hub, green tag and month."),
    LADDER("Ladder", "No instrument chosen",
            "Depth of market for the chosen instrument: your working orders at their levels, last trade and"
                    + " volume at price. Click a level to buy or sell, drag to amend."),
    ORDER_TICKET("Order ticket", "No instrument chosen",
            "Every order type of the exchange and the market maker's two-sided quote, driven from the keyboard."),
    BLOTTER("Blotter", "No orders yet",
            "Working orders, fills and rejects with their reasons; positions with live P&L, margin and cash."),
    RISK("Risk", "No portfolio loaded",
            "The desk's portfolio with its Greeks and deltas bucketed by month and hub; margin held against"
                    + " required, and limit breaches."),
    SCENARIOS("Scenarios", "No scenarios run",
            "Shocks to curves, volatility, hub spreads, outages and carbon price: P&L per scenario, VaR and ES,"
                    + " and the P&L explain."),
    CALCULATORS("Calculators", "No calculator chosen",
            "Futures fair value, an option on its smile, outage cover and price-spike cap quotes, the green premium"
                    + " and carbon footprint, cross-hardware conversion."),
    CHARTS("Charts", "No instrument chosen",
            "Candles with volume, the depth chart, the forward curve against the futures strip and the trade tape"
                    + " of the chosen instrument."),
    ACCOUNT(Texts.get("panel.account"), Texts.get("panel.account.empty"), Texts.get("panel.account.purpose")),
    AUTO_QUOTER(Texts.get("panel.autoQuoter"), Texts.get("panel.autoQuoter.empty"),
            Texts.get("panel.autoQuoter.purpose")),
    SESSION_LIBRARY("Recorded sessions", "No recorded sessions",
            "Every simulated session recorded in the database (desk simulate --record), newest first, to open for replay."),
    SESSION_REPLAY("Replay", "No session opened",
            "The recorded session's market at any moment: contracts, ladder and price, a time slider to scrub,"
                    + " play at a chosen speed, and the session report's figures and charts."),
    MONITORING(Texts.get("monitoring.title"), Texts.get("monitoring.noReadings"), Texts.get("monitoring.purpose"));

    private final String title;
    private final String emptyHeading;
    private final String purpose;

    Panel(String title, String emptyHeading, String purpose) {
        this.title = title;
        this.emptyHeading = emptyHeading;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    /** The line an empty panel shows, e.g. "No orders yet". */
    public String emptyHeading() {
        return emptyHeading;
    }

    /** What will appear in the panel, in the trader's words. */
    public String purpose() {
        return purpose;
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
