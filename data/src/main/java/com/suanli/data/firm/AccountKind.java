package com.suanli.data.firm;

/** Whose money an account holds. */
public enum AccountKind {
    /** The firm's own. */
    HOUSE,
    /** A client's, segregated from the firm's. */
    CLIENT
}
