/**
 * Options on compute futures and on the delivery-month average: Black-76 prices and Greeks,
 * implied volatility, the volatility smile per expiry, average-price approximations
 * (Kemna-Vorst, Turnbull-Wakeman) and the Monte Carlo pricer that quotes them. Option
 * contracts here know nothing of market data; pricers take a resolved trade and a
 * {@link com.suanli.pricing.market.MarketData}. No curve building, no order books.
 */
package com.suanli.pricing.option;
