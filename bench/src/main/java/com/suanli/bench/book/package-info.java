/**
 * Order-book speed: the side-by-side replay against the anchor engine's
 * {@code OrderBookDirectImpl} and the JMH latency benchmarks of {@link com.suanli.exchange.book.FastOrderBook};
 * and the anchor's final book for any workload, which the replay tests' reference books are made with.
 * The anchor is used here only, never in a product module.
 */
package com.suanli.bench.book;
