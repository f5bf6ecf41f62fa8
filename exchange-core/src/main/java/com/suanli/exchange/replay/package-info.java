/**
 * Replays recorded order-book workloads (the exchange-core generator's CSV) through an
 * {@link com.suanli.exchange.book.OrderBook}: loading them into compact primitive arrays,
 * the totals a replay produces, the final-book report and the command-line tool. Nothing
 * here is on the matching path of the engine; it only drives a book from outside.
 */
package com.suanli.exchange.replay;
