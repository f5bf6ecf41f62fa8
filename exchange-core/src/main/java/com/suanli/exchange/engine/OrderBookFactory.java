package com.suanli.exchange.engine;

import com.suanli.exchange.book.BookListener;
import com.suanli.exchange.book.FastOrderBook;
import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.listing.ContractSpec;

/** Makes the order book of each listed instrument; tests may swap in another implementation. */
@FunctionalInterface
public interface OrderBookFactory {

    OrderBook create(ContractSpec contract, BookListener listener);

    OrderBookFactory FAST = (contract, listener) -> new FastOrderBook(listener);
}
