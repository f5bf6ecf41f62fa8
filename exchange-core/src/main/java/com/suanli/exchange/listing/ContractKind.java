package com.suanli.exchange.listing;

/** Spot delivers the next day; a future delivers over a whole calendar month. */
public enum ContractKind {
    SPOT,
    FUTURE
}
