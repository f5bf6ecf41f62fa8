/**
 * Options on compute futures and on the delivery-month average: Black-76 prices and Greeks,
 * implied volatility, the volatility smile per expiry, and average-price options (the
 * conditioning analytic that quotes them, Monte Carlo where it was not checked, the exact
 * Kemna-Vorst geometric value as control variate). Option contracts here know nothing of
 * market data; pricers take a resolved trade and a
 * {@link com.suanli.pricing.market.MarketData}. No curve building, no order books.
 */
package com.suanli.pricing.option;
