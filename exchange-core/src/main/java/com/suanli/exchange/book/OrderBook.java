package com.suanli.exchange.book;

import java.util.List;
import java.util.function.Consumer;

/**
 * The order book of one instrument. Price-time priority; prices in ticks, quantities in
 * lots. Every outcome is reported to the book's {@link BookListener}; the methods return
 * only what the caller needs to branch on. Validation of ticks, lots, bands, sessions and
 * ownership beyond {@code account} is the engine's: the book trusts its caller. A
 * non-positive quantity or {@code reduceBy}, or a negative display quantity, is refused
 * with an {@link IllegalArgumentException} before anything changes.
 *
 * <h2>Callbacks, in order</h2>
 * <ul>
 *   <li>Each fill: {@code trade} (at the resting order's price; {@code makerRemaining} and
 *       {@code takerRemaining} are open quantities after the fill, hidden iceberg reserve
 *       included), then, if the maker's slice is used up but reserve is left, {@code rested}
 *       for its next slice at the back of the level, then {@code levelChanged} for that level.</li>
 *   <li>A resting order cancelled, reduced to nothing, or cancelled by self-trade
 *       prevention: {@code removed(..., wasResting = true)}, then {@code levelChanged}.</li>
 *   <li>An incoming order or remainder refused (IOC remainder, fill-or-kill, post-only,
 *       duplicate id, self-trade prevention of the aggressor): {@code removed(..., wasResting = false)}
 *       after any fills; a moved order cancelled by self-trade prevention reports
 *       {@code wasResting = true}.</li>
 *   <li>An order or remainder resting: {@code rested} with its displayed quantity, then {@code levelChanged}.</li>
 *   <li>A move: {@code levelChanged} for the level it left, then the fills, then {@code rested}
 *       and {@code levelChanged} at the new price if anything is left.</li>
 *   <li>A partial reduce: {@code levelChanged} only if the displayed quantity changed (an
 *       iceberg's hidden reserve goes first).</li>
 * </ul>
 * A fill-or-kill (plain or budget) is decided before the book is touched: either nothing
 * but one {@code removed(FOK_UNFILLED)} happens, or it fills whole. With self-trade
 * prevention, own orders that would be cancelled do not count towards the fill, and an own
 * order that would stop the aggressor ends the quantity available to it.
 */
public interface OrderBook {

    /** Sentinel of {@link #bestBid()} / {@link #bestAsk()} on an empty side. */
    long NO_PRICE = Long.MIN_VALUE;

    /** Sentinel of {@link #fillCost} when the quantity cannot be filled whole. */
    long NO_FILL = Long.MIN_VALUE;

    /**
     * Places an order and matches it. {@code displayQuantity} &gt; 0 and &lt; quantity makes
     * an iceberg: only that much shows, and each new slice joins the back of its level.
     * {@code stpGroup} 0 means no self-trade group.
     */
    void place(long orderId, long account, long stpGroup, Side side, OrderKind kind,
               long price, long quantity, long displayQuantity, SelfTradePrevention stp);

    /**
     * Rests an order without matching, as in a call auction; the book may then be crossed.
     * Such an order carries no self-trade prevention mode (a later move matches with none).
     */
    void rest(long orderId, long account, long stpGroup, Side side, long price, long quantity, long displayQuantity);

    /**
     * Ends a call auction: matches crossed orders in price-time priority, all at
     * {@code price}, until the book is no longer crossed. Each fill pairs the best bid and
     * the best ask at the head of their queues; the one that joined the book later is
     * reported as the taker. After each {@code trade}: the bid's {@code rested} (next iceberg
     * slice) and {@code levelChanged}, then the ask's.
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

    /**
     * What an aggressor on {@code side} would pay (bid) or receive (ask) to fill {@code quantity}
     * whole now, trading up to {@code limitPrice}, as a fill-or-kill decides it: best prices first,
     * hidden iceberg reserve included, self-trade prevention as given. Changes nothing.
     * @return the sum of price x quantity, saturating at {@link Long#MAX_VALUE}; {@link #NO_FILL}
     *         when less than {@code quantity} would fill
     */
    long fillCost(Side side, long quantity, long limitPrice, long stpGroup, SelfTradePrevention stp);

    /** Open quantity of a resting order (hidden iceberg reserve included), or 0 when not resting. */
    long openQuantity(long orderId);

    int orderCount();

    /**
     * Copies up to {@code maxLevels} levels of one side, best first, into the arrays.
     * @return the number of levels copied
     */
    int depth(Side side, int maxLevels, long[] prices, long[] quantities, int[] orderCounts);

    /**
     * Walks the levels of one side, best first, handing each level's price and whole open quantity
     * (hidden iceberg reserve included, unlike {@link #depth}) to {@code visitor}, until it returns
     * false or the side ends. Costs one step per level visited and allocates nothing; the visitor
     * must not change the book.
     */
    void walkLevels(Side side, LevelVisitor visitor);

    /**
     * Hands every resting order to {@code action}: bids then asks, best level first, each level
     * in queue order. What a snapshot keeps; {@link #restore} puts it back.
     */
    default void forEachResting(Consumer<RestingOrderImage> action) {
        walkResting((id, account, stpGroup, stp, side, price, open, visible, displaySize, priority) -> action.accept(
                new RestingOrderImage(id, account, stpGroup, stp, side, price, open, visible, displaySize, priority)));
    }

    /**
     * {@link #forEachResting}'s walk, each order's fields handed over as they lie: no object an order (a
     * member's snapshot walks a million resting orders; their images were 88 MB of garbage each time). The
     * visitor must not change the book.
     */
    void walkResting(RestingVisitor visitor);

    /** One resting order's fields in {@link RestingOrderImage}'s order and meaning. */
    @FunctionalInterface
    interface RestingVisitor {
        void resting(long id, long account, long stpGroup, SelfTradePrevention stp, Side side, long price, long open,
                     long visible, long displaySize, long priority);
    }

    /** The last time-priority stamp handed out; a snapshot keeps it with the orders. */
    long prioritySequence();

    /**
     * Fills an empty book with the orders a snapshot kept, given in {@link #forEachResting}
     * order, and its last priority stamp. Tells the listener nothing: the orders were announced
     * when they first rested.
     * @throws IllegalStateException when the book is not empty
     */
    void restore(List<RestingOrderImage> orders, long prioritySequence);

    /** A hash of the whole book: levels, queue order and open quantities. */
    long stateHash();

    /** Checks internal consistency (for tests); throws {@link IllegalStateException} when broken. */
    void verifyIntegrity();
}
