package com.suanli.desk.ui.workspace;

import java.util.Objects;
import javafx.beans.property.StringProperty;

/**
 * A panel's own setting that the user's layout keeps as words, by an id unique on the desk, e.g. the market watch's
 * columns shown ({@code market-watch-columns}: {@code SYMBOL,BID,ASK}). A change of the words is a change of the
 * layout; a restored layout sets them.
 */
record KeptSetting(String id, StringProperty words) {

    KeptSetting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(words, "words");
    }
}
