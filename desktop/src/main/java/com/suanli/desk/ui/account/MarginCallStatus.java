package com.suanli.desk.ui.account;

/** Where a margin call stands (docs/CLEARING.md, "Margin calls"). */
public enum MarginCallStatus {
    /** The account must bring its cash back to its initial margin by the deadline. */
    UNMET,
    /** Its cash reached the initial margin in time. */
    MET,
    /** The deadline passed with the call unmet: the account is in default and liquidated. */
    DEFAULTED
}
