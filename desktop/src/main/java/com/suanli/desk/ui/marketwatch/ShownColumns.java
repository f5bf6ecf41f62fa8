package com.suanli.desk.ui.marketwatch;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Which columns of the market watch the trader shows, and the same as words the user's layout keeps: the names of
 * the columns shown, in the watch's order, e.g. {@code SYMBOL,BID,ASK,LAST}. Words the layout gives back set the
 * columns; a name this desk no longer has is passed over, and the symbol is always shown. FX thread only.
 */
public final class ShownColumns {

    private final Map<WatchColumn, BooleanProperty> shown = new EnumMap<>(WatchColumn.class);
    private final StringProperty words = new SimpleStringProperty(this, "words");
    /** Set while the columns and the words follow each other, so that neither echoes the other. */
    private boolean following;

    ShownColumns() {
        for (WatchColumn column : WatchColumn.values()) {
            BooleanProperty each = new SimpleBooleanProperty(this, column.name(), column.shownAtFirst());
            each.addListener(changed -> write());
            shown.put(column, each);
        }
        write();
        words.addListener(changed -> read());
    }

    /** Whether the column is shown; the menu and the table's column bind to it. */
    public BooleanProperty shownProperty(WatchColumn column) {
        return shown.get(column);
    }

    /** The columns shown as words, e.g. {@code SYMBOL,BID,ASK}: what the user's layout keeps and gives back. */
    public StringProperty wordsProperty() {
        return words;
    }

    private void write() {
        if (following) {
            return;
        }
        following = true;
        try {
            words.set(Arrays.stream(WatchColumn.values()).filter(column -> shown.get(column).get())
                    .map(WatchColumn::name).collect(Collectors.joining(",")));
        } finally {
            following = false;
        }
    }

    private void read() {
        if (following || words.get() == null) {
            return;
        }
        Set<String> named = Arrays.stream(words.get().split(",")).map(String::trim).collect(Collectors.toSet());
        following = true;
        try {
            shown.forEach((column, each) -> each.set(!column.canHide() || named.contains(column.name())));
        } finally {
            following = false;
        }
        write();
    }
}
