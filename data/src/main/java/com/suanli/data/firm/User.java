package com.suanli.data.firm;

import java.util.Objects;

/**
 * A person who logs in to the desk. The record never holds a password, only its hash.
 *
 * @param passwordHash as {@link PasswordHasher#hash} writes it
 * @param locked whether the login is refused
 */
public record User(String login, String firmCode, String displayName, UserRole role, String passwordHash,
                   boolean locked) {

    public User {
        login = Codes.require("login", login);
        firmCode = Codes.require("firm", firmCode);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName: must not be blank");
        }
    }

    /** Keeps the hash out of logs. */
    @Override
    public String toString() {
        return "User[" + login + ", " + firmCode + ", " + displayName + ", " + role + (locked ? ", locked]" : "]");
    }
}
