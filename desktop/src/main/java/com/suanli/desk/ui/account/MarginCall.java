package com.suanli.desk.ui.account;

import java.util.Objects;

/**
 * One margin call on the account.
 *
 * @param amountFen what the account had to bring in: initial margin less its cash when called
 * @param deadline epoch milliseconds; the call is met in time up to and including this millisecond
 * @param cashFen the account's cash when called, or when the call was met or ended in default
 */
public record MarginCall(long callId, long amountFen, long deadline, long cashFen, MarginCallStatus status) {

    public MarginCall {
        Objects.requireNonNull(status, "status");
    }

    MarginCall ended(MarginCallStatus how, long cashThen) {
        return new MarginCall(callId, amountFen, deadline, cashThen, how);
    }
}
