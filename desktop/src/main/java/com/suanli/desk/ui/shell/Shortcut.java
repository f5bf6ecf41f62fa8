package com.suanli.desk.ui.shell;

import java.util.Objects;

/**
 * One line of the keyboard-shortcut sheet.
 *
 * @param action what the key does, as the menu names it
 * @param keys the key in {@code KeyCombination} notation
 */
public record Shortcut(String action, String keys) {

    public Shortcut {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(keys, "keys");
        if (action.isBlank()) {
            throw new IllegalArgumentException("action: must not be blank");
        }
        if (keys.isBlank()) {
            throw new IllegalArgumentException("keys: must not be blank for '" + action + "'");
        }
    }
}
