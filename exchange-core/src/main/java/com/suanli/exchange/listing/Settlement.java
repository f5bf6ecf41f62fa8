package com.suanli.exchange.listing;

/** How a contract settles: in cash against the exchange index, or by delivering the capacity. */
public enum Settlement {
    CASH,
    PHYSICAL
}
