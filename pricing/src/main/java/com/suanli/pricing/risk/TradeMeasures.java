package com.suanli.pricing.risk;

/** The measures of one trade of a price request. */
public record TradeMeasures(String id, Greeks greeks) {
}
