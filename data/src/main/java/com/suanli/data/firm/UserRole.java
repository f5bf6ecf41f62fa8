package com.suanli.data.firm;

/** What a user may do at the desk. */
public enum UserRole {
    TRADER,
    RISK,
    OPERATOR,
    VIEWER
}
