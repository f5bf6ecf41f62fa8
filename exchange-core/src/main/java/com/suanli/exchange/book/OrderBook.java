package com.suanli.exchange.book;

/**
 * The order book of one instrument. Price-time priority; prices in ticks, quantities in
 * lots. Every outcome is reported to the book's {@link BookListener}; the methods return
 * only what the caller needs to branch on. Validation of ticks, lots, bands, sessions and
 * ownership beyond {@code account} is the engine's: the book trusts its caller.
 */
public interface OrderBook {

    /** Sentinel of {@link #bestBid()} / {@link #bestAsk()} on an empty side. */
    long NO_PRICE = Long.MIN_VALUE;

    /**
     * Places an order and matches it. {@code displayQuantity} &gt; 0 and &lt; quantity makes
     * an iceberg: only that much shows, and each new slice joins the back of its level.
     * {@code stpGroup} 0 means no self-trade group.
     */
    void place(long orderId, long account, long stpGroup, Side side, OrderKind kind,
               long price, long quantity, long displayQuantity, SelfTradePrevention stp);

    /** Rests an order without matching, as in a call auction; the book may then be crossed. */
    void rest(long orderId, long account, long stpGroup, Side side, long price, long quantity, long displayQuantity);

    /**
     * Ends a call auction: matches crossed orders in price-time priority, all at
     * {@code price}, until the book is no longer crossed.
     * @return the quantity executed
     */
    long uncross(long price);

    /** Moves an order to a new price: it loses time priority, may match, then rests at the back. */
    BookStatus move(long orderId, long account, long newPrice);

    /** Reduces an order's open quantity keeping its place; by its whole open size or more removes it. */
    BookStatus reduce(long orderId, long account, long reduceBy);

    BookStatus cancel(long orderId, long account);

    /** Cancels every resting order of {@code account}, in time priority order. @return how many */
    int cancelAll(long account);

    long bestBid();

    long bestAsk();

    /** Open quantity of a resting order (hidden iceberg reserve included), or 0 when not resting. */
    long openQuantity(long orderId);

    int orderCount();

    /**
     * Copies up to {@code maxLevels} levels of one side, best first, into the arrays.
     * @return the number of levels copied
     */
    int depth(Side side, int maxLevels, long[] prices, long[] quantities, int[] orderCounts);

    /** A hash of the whole book: levels, queue order and open quantities. */
    long stateHash();

    /** Checks internal consistency (for tests); throws {@link IllegalStateException} when broken. */
    void verifyIntegrity();
}
