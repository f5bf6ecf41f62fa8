package com.suanli.desk.ui.hotkey;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

/** What a trader does from the keyboard, with its default key; {@code desk-keys.properties} may rebind each. */
public enum TraderAction {
    BUY("Shortcut+B"),
    SELL("Shortcut+S"),
    JOIN_BID("Alt+B"),
    JOIN_ASK("Alt+S"),
    CANCEL_ALL("F12"),
    RECENTRE("Shortcut+R"),
    QUOTE("Shortcut+U"),
    QUANTITY_1("Alt+1"),
    QUANTITY_2("Alt+2"),
    QUANTITY_3("Alt+3"),
    QUANTITY_4("Alt+4"),
    QUANTITY_5("Alt+5"),
    KILL_QUOTER("Shortcut+K");

    private final String defaultKeys;

    TraderAction(String defaultKeys) {
        this.defaultKeys = defaultKeys;
    }

    public String title() {
        return Texts.get("hotkey." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
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
