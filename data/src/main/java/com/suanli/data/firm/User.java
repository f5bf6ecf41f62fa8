package com.suanli.data.firm;

import java.util.Objects;

/**
 * A person who logs in to the desk. The record never holds a password, only its hash.
 *
 * @param passwordHash as {@link PasswordHasher#hash} writes it, or {@link #NO_PASSWORD}
 * @param locked whether the login is refused
 */
public record User(String login, String firmCode, String displayName, UserRole role, String passwordHash,
                   boolean locked) {

    /**
     * The hash of a user who has no password: the local desk's first user, signed in without a prompt
     * while the desk has one user. No password matches it, so sign-in needs one set first.
     */
    public static final String NO_PASSWORD = "none";

    public User {
        login = Codes.require("login", login);
        firmCode = Codes.require("firm", firmCode);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName: must not be blank");
        }
    }

    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    /** Keeps the hash out of logs. */
    @Override
    public String toString() {
        return "User[" + login + ", " + firmCode + ", " + displayName + ", " + role + (locked ? ", locked]" : "]");
    }
}
