package com.suanli.desk.exchange;

/**
 * An account's margin requirement as the clearing house last published it, in fen.
 * @param initial what the account must hold to add risk
 * @param maintenance below which it is called
 */
public record AccountMargin(long account, long initial, long maintenance) {
}
