package com.suanli.desk.clearing;

import com.suanli.exchange.engine.event.AccountKind;

/**
 * A member account of the clearing month.
 *
 * @param account its number
 * @param firmId its firm
 * @param kind what it is
 * @param depositFen what it deposits on the first day
 */
record MonthAccount(long account, long firmId, AccountKind kind, long depositFen) {
}
