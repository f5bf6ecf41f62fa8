package com.suanli.pricing.risk;

/**
 * Bump-and-revalue measures of a trade or a book in CNY: delta per 1 CNY move of every forward
 * together, gamma its second derivative, vega per 1.00 (100 vol points) of every implied
 * volatility together, theta the value change over one calendar day with the market unchanged.
 */
public record Greeks(double presentValue, double delta, double gamma, double vega, double theta) {
}
