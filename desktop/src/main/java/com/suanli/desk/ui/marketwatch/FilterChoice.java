package com.suanli.desk.ui.marketwatch;

import java.util.Objects;

/**
 * One entry of a filter's drop-down: a value to match, or "any" (value null) which matches everything.
 *
 * @param label what the drop-down shows
 * @param value the value a row must have, or null for any
 */
public record FilterChoice<T>(String label, T value) {

    public FilterChoice {
        Objects.requireNonNull(label, "label");
    }

    public static <T> FilterChoice<T> any(String label) {
        return new FilterChoice<>(label, null);
    }

    public boolean admits(T actual) {
        return value == null || value.equals(actual);
    }

    /** The drop-down's cells show {@code toString()}. */
    @Override
    public String toString() {
        return label;
    }
}
