package com.suanli.desk.access;

/** Which rule of the roles a refused command or request broke: the screens say it in the user's language. */
public enum AccessRule {
    /** Firm, account, catalogue and clearing administration: an administrator's only. */
    ADMINISTRATION,
    /** A risk officer sends no order, quote or cancel. */
    RISK_OFFICER_TRADES,
    /** A trader or administrator trades only the accounts granted to it. */
    ACCOUNT_NOT_GRANTED,
    /** Only an administrator manages the desk's users. */
    USERS,
    /** A risk officer buys no insurance. */
    RISK_OFFICER_BUYS
}
