package com.suanli.exchange.book;

import java.util.List;

/** A book of either kind with a recorder and the trade's shorthand for placing orders. */
final class BookFixture {
    static final long ALICE = 1;
    static final long BOB = 2;
    static final long CAROL = 3;

    final RecordingListener events = new RecordingListener();
    final OrderBook book;

    BookFixture(BookKind kind) {
        this.book = kind.create(events);
    }

    BookFixture limit(long id, long account, Side side, long price, long quantity) {
        book.place(id, account, 0, side, OrderKind.LIMIT, price, quantity, 0, SelfTradePrevention.NONE);
        return this;
    }

    BookFixture place(long id, long account, Side side, OrderKind kind, long price, long quantity) {
        book.place(id, account, 0, side, kind, price, quantity, 0, SelfTradePrevention.NONE);
        return this;
    }

    BookFixture iceberg(long id, long account, Side side, long price, long quantity, long display) {
        book.place(id, account, 0, side, OrderKind.LIMIT, price, quantity, display, SelfTradePrevention.NONE);
        return this;
    }

    BookFixture grouped(long id, long account, long group, Side side, OrderKind kind, long price, long quantity,
                        SelfTradePrevention stp) {
        book.place(id, account, group, side, kind, price, quantity, 0, stp);
        return this;
    }

    /** Forgets what happened so far: the next assertion looks at the next command only. */
    BookFixture settled() {
        events.drain();
        return this;
    }

    List<BookEvent> drain() {
        return events.drain();
    }

    String depth(Side side) {
        long[] prices = new long[64];
        long[] quantities = new long[64];
        int[] counts = new int[64];
        int n = book.depth(side, 64, prices, quantities, counts);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(quantities[i]).append('@').append(prices[i]).append('x').append(counts[i]);
        }
        return out.toString();
    }

    /** The first {@code maxLevels} levels of a {@link OrderBook#walkLevels walk}: "open@price", best first. */
    String walk(Side side, int maxLevels) {
        StringBuilder out = new StringBuilder();
        int[] seen = {0};
        book.walkLevels(side, (price, open) -> {
            out.append(seen[0] == 0 ? "" : " ").append(open).append('@').append(price);
            return ++seen[0] < maxLevels;
        });
        return out.toString();
    }

    static BookEvent.Trade trade(long maker, long makerAccount, long taker, long takerAccount, Side takerSide,
                                 long price, long quantity, long makerRemaining, long takerRemaining) {
        return new BookEvent.Trade(maker, makerAccount, taker, takerAccount, takerSide, price, quantity,
                makerRemaining, takerRemaining);
    }

    static BookEvent.Rested rested(long id, long account, Side side, long price, long quantity) {
        return new BookEvent.Rested(id, account, side, price, quantity);
    }

    static BookEvent.Removed removed(long id, long account, long quantity, RemovalReason reason, boolean wasResting) {
        return new BookEvent.Removed(id, account, quantity, reason, wasResting);
    }

    static BookEvent.LevelChanged level(Side side, long price, long quantity, int orders) {
        return new BookEvent.LevelChanged(side, price, quantity, orders);
    }
}
