/**
 * The order book of one instrument: price levels, price-time priority and the matching
 * step. The contract is {@link com.suanli.exchange.book.OrderBook} with its
 * {@link com.suanli.exchange.book.BookListener}; {@link com.suanli.exchange.book.FastOrderBook}
 * is the implementation, built from package-private parts (a price ladder per side, pooled
 * resting orders in intrusive level queues, an open-addressing id index).
 *
 * <p>Prices are {@code long} ticks and quantities {@code long} lots; nothing here
 * allocates per order in steady state, reads a clock or knows about sessions, risk,
 * instruments or persistence: those are the engine's. Outcomes leave through
 * {@link com.suanli.exchange.book.BookListener} only.
 */
package com.suanli.exchange.book;
