package com.suanli.data.firm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may do at the desk; the exchange host refuses the rest (docs/DESK-EXCHANGE.md, "Users and roles"). */
public enum UserRole {
    /** Sends orders, quotes and cancels for the accounts granted to it. */
    TRADER("trader"),
    /** Sees the whole desk and runs scenarios; sends no order, quote or cancel. */
    RISK_OFFICER("risk officer"),
    /** Manages users, firms, accounts, the catalogue and clearing; trades the accounts granted to it. */
    ADMINISTRATOR("administrator");

    private final String label;

    UserRole(String label) {
        this.label = label;
    }

    /** The role as people say it: {@code risk officer}. */
    public String label() {
        return label;
    }

    /** The role as typed: its label or constant, any case, with '-', '_' or a space between words. */
    public static UserRole parse(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        for (UserRole role : values()) {
            if (role.label.equals(typed)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role: must be one of " + Arrays.stream(values())
                .map(role -> role.label.replace(' ', '-')).collect(Collectors.joining(", "))
                + ", was " + (text == null ? "nothing" : "'" + text + "'"));
    }
}
