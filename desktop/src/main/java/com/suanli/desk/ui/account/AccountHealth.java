package com.suanli.desk.ui.account;

/** How the account stands against its margin; a call or a default outranks the cash figures. */
public enum AccountHealth {
    /** Clearing has moved no cash for the account yet: it cannot trade before a deposit. */
    NO_CASH,
    /** A margin call went past its deadline unmet. */
    DEFAULTED,
    /** A margin call is open. */
    CALLED,
    /** Cash is below the maintenance margin: the next settlement calls the account. */
    BELOW_MAINTENANCE,
    /** Cash is below the initial margin: orders that add risk are refused. */
    BELOW_INITIAL,
    /** Cash covers the initial margin. */
    COVERED
}
