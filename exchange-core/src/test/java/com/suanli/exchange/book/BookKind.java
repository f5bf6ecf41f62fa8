package com.suanli.exchange.book;

import java.util.function.Function;

/** The two implementations every behaviour test runs against. */
enum BookKind {
    FAST(FastOrderBook::new),
    REFERENCE(ReferenceOrderBook::new);

    private final Function<BookListener, OrderBook> factory;

    BookKind(Function<BookListener, OrderBook> factory) {
        this.factory = factory;
    }

    OrderBook create(BookListener listener) {
        return factory.apply(listener);
    }
}
