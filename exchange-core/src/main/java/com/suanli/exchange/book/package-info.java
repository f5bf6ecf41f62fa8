/**
 * The order book of one instrument: price levels, price-time priority and the matching
 * step. Prices are {@code long} ticks and quantities {@code long} lots; nothing here
 * allocates per order in steady state, reads a clock or knows about sessions, accounts or
 * instruments: those are the engine's. Outcomes leave through {@link com.suanli.exchange.book.BookListener}.
 */
package com.suanli.exchange.book;
