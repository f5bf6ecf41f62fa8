package com.suanli.data.store;

import java.util.Optional;

/**
 * The desk database could not do what was asked, in words for the person at the desk: the message
 * names the database and what to do about it, never an SQL state or a stack trace. A database that would not
 * open also says why by a {@link Refusal} code, so that a window in another language words it itself.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a database would not open. */
    public enum Refusal {
        /** The database is encrypted and no key was given. */
        NEEDS_KEY,
        /** A key was given: it is wrong, or the database is not encrypted. */
        WRONG_KEY,
        /** A key was given: it is wrong, or the file is not a desk database. */
        WRONG_KEY_OR_NOT_A_DATABASE,
        /** Not a readable H2 database (or an encrypted one opened without its key). */
        UNREADABLE,
        /** Another process holds the file open. */
        IN_USE,
        /** The database refused the desk's user: not a desk database, or a wrong key. */
        USER_REFUSED,
        /** No such database. */
        NOT_FOUND,
        /** The database server cannot be reached. */
        UNREACHABLE
    }

    private final Refusal refusal;
    private final String database;

    public StoreException(String message) {
        super(message);
        this.refusal = null;
        this.database = null;
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.refusal = null;
        this.database = null;
    }

    /** {@code database} would not open, for {@code refusal}; {@code message} says so in English. */
    public StoreException(Refusal refusal, String database, String message, Throwable cause) {
        super(message, cause);
        this.refusal = refusal;
        this.database = database;
    }

    /** Why the database would not open, when that is known by its code. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The database that would not open, as its address reads; null with no refusal code. */
    public String database() {
        return database;
    }
}
