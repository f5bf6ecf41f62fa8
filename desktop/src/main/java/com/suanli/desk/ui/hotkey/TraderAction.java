package com.suanli.desk.ui.hotkey;

import java.util.Locale;

/** What a trader does from the keyboard, with its default key; {@code desk-keys.properties} may rebind each. */
public enum TraderAction {
    BUY("Buy from the order ticket", "Shortcut+B"),
    SELL("Sell from the order ticket", "Shortcut+S"),
    JOIN_BID("Join the best bid (ladder quantity)", "Alt+B"),
    JOIN_ASK("Join the best offer (ladder quantity)", "Alt+S"),
    CANCEL_ALL("Cancel all working orders", "F12"),
    RECENTRE("Recentre the ladder", "Shortcut+R"),
    QUOTE("Send the two-sided quote", "Shortcut+U"),
    QUANTITY_1("Quantity preset 1", "Alt+1"),
    QUANTITY_2("Quantity preset 2", "Alt+2"),
    QUANTITY_3("Quantity preset 3", "Alt+3"),
    QUANTITY_4("Quantity preset 4", "Alt+4"),
    QUANTITY_5("Quantity preset 5", "Alt+5"),
    KILL_QUOTER("Kill the auto-quoter (pull its quote)", "Shortcut+K");

    private final String title;
    private final String defaultKeys;

    TraderAction(String title, String defaultKeys) {
        this.title = title;
        this.defaultKeys = defaultKeys;
    }

    public String title() {
        return title;
    }

    /** In {@code KeyCombination} notation; {@code Shortcut} is Ctrl, or Cmd on a Mac. */
    public String defaultKeys() {
        return defaultKeys;
    }

    /** The name in {@code desk-keys.properties}, e.g. {@code join-bid}. */
    public String propertyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The preset's position from 0, or -1 for an action that is not a quantity preset. */
    public int presetIndex() {
        return name().startsWith("QUANTITY_") ? ordinal() - QUANTITY_1.ordinal() : -1;
    }
}
