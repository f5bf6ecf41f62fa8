package com.suanli.exchange.book;

/** Result of an operation on a resting order. */
public enum BookStatus {
    DONE,
    UNKNOWN_ORDER,
    NOT_OWNER
}
