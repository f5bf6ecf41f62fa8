package com.suanli.desk.ui.workspace;

import static com.suanli.desk.ui.workspace.Arrangement.at;
import static com.suanli.desk.ui.workspace.Arrangement.column;
import static com.suanli.desk.ui.workspace.Arrangement.row;
import static com.suanli.desk.ui.workspace.Arrangement.tabs;
import static com.suanli.desk.ui.workspace.Panel.ACCOUNT;
import static com.suanli.desk.ui.workspace.Panel.AUTO_QUOTER;
import static com.suanli.desk.ui.workspace.Panel.BLOTTER;
import static com.suanli.desk.ui.workspace.Panel.CALCULATORS;
import static com.suanli.desk.ui.workspace.Panel.CHARTS;
import static com.suanli.desk.ui.workspace.Panel.LADDER;
import static com.suanli.desk.ui.workspace.Panel.MARKET_WATCH;
import static com.suanli.desk.ui.workspace.Panel.MONITORING;
import static com.suanli.desk.ui.workspace.Panel.ORDER_TICKET;
import static com.suanli.desk.ui.workspace.Panel.SCENARIOS;
import static com.suanli.desk.ui.workspace.Panel.SESSION_LIBRARY;
import static com.suanli.desk.ui.workspace.Panel.SESSION_REPLAY;

import com.suanli.desk.ui.text.Texts;
import java.util.List;
import java.util.Locale;

/**
 * A screen arrangement for one kind of work, switched from the View menu or by its accelerator, with the place of
 * each of its panels until the user docks them elsewhere (View &gt; Reset layout brings this back). A new panel
 * is one more name in its workspace's arrangement here.
 */
public enum Workspace {
    // Watch, ladder and ticket side by side over the blotter and charts: the eye moves left to right to trade.
    // The market watch has the live market's dozen columns whole at 1600 pixels (its terms behind its Columns
    // menu); the ladder and the ticket must be whole to trade. The account and the auto-quoter are tabs behind
    // the blotter, which keeps over half the width for its columns and totals. The top row takes three fifths of the
    // height: the ladder and the ticket's fields give way on a short screen (the ladder shows the levels round its
    // centre, the fields scroll above Buy and Sell), so the blotter and the charts keep their two fifths.
    TRADING("Shortcut+1", column(at(0.6),
            row(at(0.46, 0.73), tabs(MARKET_WATCH), tabs(LADDER), tabs(ORDER_TICKET)),
            row(at(0.56),
                    tabs(BLOTTER, ACCOUNT, AUTO_QUOTER),
                    tabs(CHARTS)))),
    // The book's risk over the calculators on the left; the scenario workspace, table beside charts, wide on the right.
    RISK("Shortcut+2", row(at(0.36),
            column(at(0.22), tabs(Panel.RISK), tabs(CALCULATORS)),
            tabs(SCENARIOS))),
    // The library narrow on the left, the replay with its market and report charts wide on the right.
    SESSIONS("Shortcut+3", row(at(0.26), tabs(SESSION_LIBRARY),
            column(at(0.62), tabs(SESSION_REPLAY), tabs(MONITORING))));

    private final String accelerator;
    private final Arrangement standard;

    Workspace(String accelerator, Arrangement standard) {
        this.accelerator = accelerator;
        this.standard = standard;
    }

    public String title() {
        return Texts.get("workspace." + name().toLowerCase(Locale.ROOT));
    }

    /** In {@code KeyCombination} notation; {@code Shortcut} is Ctrl, or Cmd on a Mac. */
    public String accelerator() {
        return accelerator;
    }

    /** Where the panels sit until the user moves them, and after View &gt; Reset layout. */
    public Arrangement standardArrangement() {
        return standard;
    }

    /** The panels this workspace places by default: what its View &gt; Panels menu opens and closes. */
    public List<Panel> panels() {
        return standard.panels();
    }
}
