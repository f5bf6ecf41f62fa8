package com.suanli.exchange.book;

/** The side of an order: a bid buys, an ask sells. */
public enum Side {
    BID,
    ASK;

    public Side opposite() {
        return this == BID ? ASK : BID;
    }
}
