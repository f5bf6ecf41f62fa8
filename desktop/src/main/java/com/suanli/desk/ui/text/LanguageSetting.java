package com.suanli.desk.ui.text;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The language the desk speaks in this run, the {@code language} the settings file names (what the menu's
 * choice shows) and where a new choice is kept. A choice applies at the next start: the screens read their
 * words as they are built.
 *
 * @param stored the settings file's {@code language}: {@code en}, {@code zh} or {@code system}
 * @param keep stores a new choice, by its setting's name
 */
public record LanguageSetting(String stored, Consumer<String> keep) {

    public static final String SYSTEM = "system";

    /** The system's language, nothing stored: tests and desks without a settings file of their own. */
    public static final LanguageSetting UNSTORED = new LanguageSetting(SYSTEM, choice -> { });

    public LanguageSetting {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(keep, "keep");
    }
}
