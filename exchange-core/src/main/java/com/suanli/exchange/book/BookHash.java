package com.suanli.exchange.book;

/**
 * The state hash every {@link OrderBook} implementation computes the same way, so two books
 * holding the same orders in the same queues hash equal: bids then asks, best level first,
 * and in each level the orders in queue order.
 */
final class BookHash {
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private long hash = 0x5A17_D35C_0000_0001L;

    private BookHash() {
    }

    static BookHash start() {
        return new BookHash();
    }

    BookHash level(Side side, long price, long displayed, int orders) {
        return mix(side.ordinal()).mix(price).mix(displayed).mix(orders);
    }

    BookHash order(long id, long account, long open, long visible) {
        return mix(id).mix(account).mix(open).mix(visible);
    }

    private BookHash mix(long value) {
        long h = (hash ^ value) * MULTIPLIER;
        hash = h ^ (h >>> 29);
        return this;
    }

    long value() {
        return hash;
    }
}
