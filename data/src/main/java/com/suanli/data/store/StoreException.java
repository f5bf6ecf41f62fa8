package com.suanli.data.store;

/**
 * The desk database could not do what was asked, in words for the person at the desk: the message
 * names the database and what to do about it, never an SQL state or a stack trace.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
