package com.suanli.exchange.book;

import java.util.Arrays;
import java.util.List;

/**
 * The production order book: price levels in an array ladder per side, orders as pooled
 * nodes of intrusive FIFO queues, an open-addressing id index. Nothing is allocated per
 * command once the pools, the index and the ladders have grown to the working size. By default
 * they start small, so that an empty book costs a few KB (the engine lists about a thousand
 * instruments, most of them quiet), and double on demand; a replay that times a busy book from
 * empty sizes them up front so that the growth stays out of its figures.
 *
 * <p>The resting prices of one side may spread over at most {@value PriceLadder#MAX_SPAN}
 * ticks (far beyond any price band): an order whose remainder would have to rest further
 * out is refused with an {@link IllegalArgumentException} before anything changes. An
 * aggressor's limit is not bounded when it fills whole.
 *
 * <p>Not thread-safe: one matching thread owns it.
 */
public final class FastOrderBook implements OrderBook {
    private static final RestingOrder[] NO_ORDERS = new RestingOrder[0];

    private static final int SMALL_ORDERS = 16;
    private static final int SMALL_TICKS = PriceLadder.MIN_LENGTH;

    private final BookListener listener;
    private final PriceLadder bids;
    private final PriceLadder asks;
    private final OrderIndex index;
    private RestingOrder[] pool;
    private int pooled;
    private RestingOrder[] scratch = NO_ORDERS;
    private long sequence;
    /** Set by {@link #match} when self-trade prevention cancelled the aggressor's remainder. */
    private boolean aggressorCancelled;
    /** Quantity and cost found by {@link #probe}. */
    private long probedQuantity;
    private long probedCost;

    /** A book that starts small and grows with its orders and prices. */
    public FastOrderBook(BookListener listener) {
        this(listener, SMALL_ORDERS, SMALL_TICKS);
    }

    /**
     * A book sized up front; it still grows past these sizes when it must.
     * @param initialOrders resting orders the pool and the id index hold before they first grow
     * @param initialTicks ticks each side's price ladder spans before it first grows: a power of
     *        two from 64 to twice {@link PriceLadder#MAX_SPAN}
     */
    public FastOrderBook(BookListener listener, int initialOrders, int initialTicks) {
        if (listener == null) {
            throw new IllegalArgumentException("listener: must not be null (use BookListener.NONE)");
        }
        if (initialOrders <= 0) {
            throw new IllegalArgumentException("initialOrders: must be positive, was " + initialOrders);
        }
        this.listener = listener;
        this.bids = new PriceLadder(Side.BID, initialTicks);
        this.asks = new PriceLadder(Side.ASK, initialTicks);
        this.index = new OrderIndex(initialOrders);
        this.pool = new RestingOrder[initialOrders];
    }

    @Override
    public void place(long orderId, long account, long stpGroup, Side side, OrderKind kind,
                      long price, long quantity, long displayQuantity, SelfTradePrevention stp) {
        OrderArguments.requireValid(side, kind, quantity, displayQuantity, stp);
        PriceLadder own = side == Side.BID ? bids : asks;
        PriceLadder opposite = side == Side.BID ? asks : bids;
        long selfGroup = stp == SelfTradePrevention.NONE ? 0 : stpGroup;
        long limitKey = limitKey(side, price);
        long remaining = quantity;
        if (kind == OrderKind.LIMIT) {
            requireRoomUnlessFilledWhole(own, opposite, price, limitKey, quantity, selfGroup, stp);
            remaining = match(opposite, orderId, account, side, limitKey, quantity, selfGroup, stp);
            if (aggressorCancelled) {
                listener.removed(orderId, account, remaining, RemovalReason.SELF_TRADE, false);
            } else if (remaining > 0) {
                restNew(own, orderId, account, stpGroup, stp, price, remaining, displayQuantity);
            }
        } else if (kind == OrderKind.IOC) {
            remaining = match(opposite, orderId, account, side, limitKey, quantity, selfGroup, stp);
            if (remaining > 0) {
                listener.removed(orderId, account, remaining,
                        aggressorCancelled ? RemovalReason.SELF_TRADE : RemovalReason.IOC_REMAINDER, false);
            }
        } else if (kind == OrderKind.POST_ONLY) {
            own.requireRoomFor(price);
            PriceLevel best = opposite.best();
            if (best != null && best.key <= limitKey) {
                listener.removed(orderId, account, quantity, RemovalReason.POST_ONLY_WOULD_CROSS, false);
            } else {
                restNew(own, orderId, account, stpGroup, stp, price, quantity, displayQuantity);
            }
        } else {
            boolean budget = kind == OrderKind.FOK_BUDGET;
            long probeLimit = budget ? Long.MAX_VALUE : limitKey;
            probe(opposite, probeLimit, quantity, selfGroup, stp);
            boolean fills = probedQuantity == quantity
                    && (!budget || (side == Side.BID ? probedCost <= price : probedCost >= price));
            if (fills) {
                match(opposite, orderId, account, side, probeLimit, quantity, selfGroup, stp);
            } else {
                listener.removed(orderId, account, quantity, RemovalReason.FOK_UNFILLED, false);
            }
        }
    }

    @Override
    public void rest(long orderId, long account, long stpGroup, Side side, long price, long quantity, long displayQuantity) {
        OrderArguments.requireValid(side, OrderKind.LIMIT, quantity, displayQuantity, SelfTradePrevention.NONE);
        PriceLadder own = side == Side.BID ? bids : asks;
        own.requireRoomFor(price);
        restNew(own, orderId, account, stpGroup, SelfTradePrevention.NONE, price, quantity, displayQuantity);
    }

    @Override
    public long uncross(long price) {
        long executed = 0;
        while (true) {
            PriceLevel bidLevel = bids.best();
            PriceLevel askLevel = asks.best();
            if (bidLevel == null || askLevel == null || bidLevel.price < askLevel.price) {
                return executed;
            }
            RestingOrder bid = bidLevel.head;
            RestingOrder ask = askLevel.head;
            long quantity = Math.min(bid.visible, ask.visible);
            fill(bid, quantity);
            fill(ask, quantity);
            executed += quantity;
            // No aggressor in an auction: the order that joined the book later is reported as the taker.
            RestingOrder taker = bid.sequence > ask.sequence ? bid : ask;
            RestingOrder maker = taker == bid ? ask : bid;
            listener.trade(maker.id, maker.account, taker.id, taker.account, taker.side, price, quantity,
                    maker.open, taker.open);
            afterFill(bids, bidLevel, bid);
            afterFill(asks, askLevel, ask);
        }
    }

    @Override
    public BookStatus move(long orderId, long account, long newPrice) {
        RestingOrder order = index.get(orderId);
        if (order == null) {
            return BookStatus.UNKNOWN_ORDER;
        }
        if (order.account != account) {
            return BookStatus.NOT_OWNER;
        }
        Side side = order.side;
        PriceLadder own = side == Side.BID ? bids : asks;
        PriceLadder opposite = side == Side.BID ? asks : bids;
        SelfTradePrevention stp = order.stp;
        long selfGroup = stp == SelfTradePrevention.NONE ? 0 : order.stpGroup;
        long limitKey = limitKey(side, newPrice);
        requireRoomUnlessFilledWhole(own, opposite, newPrice, limitKey, order.open, selfGroup, stp);
        PriceLevel level = order.level;
        level.unlink(order);
        listener.levelChanged(side, level.price, level.displayed, level.count);
        if (level.count == 0) {
            own.release(level);
        }
        long remaining = match(opposite, orderId, account, side, limitKey, order.open, selfGroup, stp);
        if (aggressorCancelled) {
            index.remove(orderId);
            recycle(order);
            listener.removed(orderId, account, remaining, RemovalReason.SELF_TRADE, true);
        } else if (remaining == 0) {
            index.remove(orderId);
            recycle(order);
        } else {
            order.open = remaining;
            order.price = newPrice;
            order.visible = order.nextSlice();
            enqueue(own, order);
        }
        return BookStatus.DONE;
    }

    @Override
    public BookStatus reduce(long orderId, long account, long reduceBy) {
        if (reduceBy <= 0) {
            throw new IllegalArgumentException("reduceBy: must be positive, was " + reduceBy);
        }
        RestingOrder order = index.get(orderId);
        if (order == null) {
            return BookStatus.UNKNOWN_ORDER;
        }
        if (order.account != account) {
            return BookStatus.NOT_OWNER;
        }
        if (reduceBy >= order.open) {
            cancelResting(order, RemovalReason.CANCELLED);
            return BookStatus.DONE;
        }
        PriceLevel level = order.level;
        order.open -= reduceBy;
        level.open -= reduceBy;
        // The hidden reserve goes first; the visible slice shrinks only when nothing is left behind it.
        if (order.visible > order.open) {
            level.displayed -= order.visible - order.open;
            order.visible = order.open;
            listener.levelChanged(order.side, level.price, level.displayed, level.count);
        }
        return BookStatus.DONE;
    }

    @Override
    public BookStatus cancel(long orderId, long account) {
        RestingOrder order = index.get(orderId);
        if (order == null) {
            return BookStatus.UNKNOWN_ORDER;
        }
        if (order.account != account) {
            return BookStatus.NOT_OWNER;
        }
        cancelResting(order, RemovalReason.CANCELLED);
        return BookStatus.DONE;
    }

    @Override
    public int cancelAll(long account) {
        if (scratch.length < index.size()) {
            scratch = new RestingOrder[Math.max(64, Integer.highestOneBit(index.size()) << 1)];
        }
        RestingOrder[] orders = scratch;
        int n = index.collect(account, orders);
        TimePriority.sort(orders, n);
        for (int i = 0; i < n; i++) {
            cancelResting(orders[i], RemovalReason.CANCELLED);
            orders[i] = null;
        }
        return n;
    }

    @Override
    public long bestBid() {
        PriceLevel best = bids.best();
        return best == null ? NO_PRICE : best.price;
    }

    @Override
    public long bestAsk() {
        PriceLevel best = asks.best();
        return best == null ? NO_PRICE : best.price;
    }

    @Override
    public long fillCost(Side side, long quantity, long limitPrice, long stpGroup, SelfTradePrevention stp) {
        long selfGroup = stp == SelfTradePrevention.NONE ? 0 : stpGroup;
        probe(side == Side.BID ? asks : bids, limitKey(side, limitPrice), quantity, selfGroup, stp);
        return probedQuantity == quantity ? probedCost : NO_FILL;
    }

    @Override
    public long openQuantity(long orderId) {
        RestingOrder order = index.get(orderId);
        return order == null ? 0 : order.open;
    }

    @Override
    public int orderCount() {
        return index.size();
    }

    @Override
    public int depth(Side side, int maxLevels, long[] prices, long[] quantities, int[] orderCounts) {
        PriceLadder ladder = side == Side.BID ? bids : asks;
        int n = 0;
        for (PriceLevel level = ladder.best(); level != null && n < maxLevels; level = ladder.after(level)) {
            prices[n] = level.price;
            quantities[n] = level.displayed;
            orderCounts[n] = level.count;
            n++;
        }
        return n;
    }

    @Override
    public void walkLevels(Side side, LevelVisitor visitor) {
        PriceLadder ladder = side == Side.BID ? bids : asks;
        PriceLevel level = ladder.best();
        while (level != null && visitor.level(level.price, level.open)) {
            level = ladder.after(level);
        }
    }

    @Override
    public void walkResting(RestingVisitor visitor) {
        for (PriceLadder ladder : new PriceLadder[] {bids, asks}) {
            for (PriceLevel level = ladder.best(); level != null; level = ladder.after(level)) {
                for (RestingOrder o = level.head; o != null; o = o.next) {
                    visitor.resting(o.id, o.account, o.stpGroup, o.stp, o.side, o.price, o.open, o.visible,
                            o.displaySize, o.sequence);
                }
            }
        }
    }

    @Override
    public long prioritySequence() {
        return sequence;
    }

    @Override
    public void restore(List<RestingOrderImage> orders, long prioritySequence) {
        if (index.size() != 0) {
            throw new IllegalStateException("book: restore needs an empty book, this one holds " + index.size()
                    + " orders");
        }
        for (RestingOrderImage image : orders) {
            RestingOrder order = pooled > 0 ? pool[--pooled] : new RestingOrder();
            order.id = image.id();
            if (index.putIfAbsent(order) != null) {
                throw new IllegalStateException("book: order " + image.id() + " is restored twice");
            }
            order.account = image.account();
            order.stpGroup = image.stpGroup();
            order.stp = image.stp();
            order.side = image.side();
            order.price = image.price();
            order.open = image.open();
            order.visible = image.visible();
            order.displaySize = image.displaySize();
            order.sequence = image.priority();
            PriceLadder own = order.side == Side.BID ? bids : asks;
            own.requireRoomFor(order.price);
            own.obtain(order.price).append(order);
        }
        sequence = prioritySequence;
    }

    @Override
    public long stateHash() {
        BookHash hash = BookHash.start();
        for (PriceLadder ladder : new PriceLadder[] {bids, asks}) {
            for (PriceLevel level = ladder.best(); level != null; level = ladder.after(level)) {
                hash.level(ladder.side, level.price, level.displayed, level.count);
                for (RestingOrder o = level.head; o != null; o = o.next) {
                    hash.order(o.id, o.account, o.open, o.visible);
                }
            }
        }
        return hash.value();
    }

    @Override
    public void verifyIntegrity() {
        int orders = verifySide(bids) + verifySide(asks);
        if (orders != index.size()) {
            throw new IllegalStateException("levels hold " + orders + " orders but the index holds " + index.size());
        }
    }

    private int verifySide(PriceLadder ladder) {
        ladder.verify();
        int orders = 0;
        for (PriceLevel level = ladder.best(); level != null; level = ladder.after(level)) {
            long displayed = 0;
            long open = 0;
            int count = 0;
            long lastSequence = Long.MIN_VALUE;
            RestingOrder prev = null;
            for (RestingOrder o = level.head; o != null; o = o.next) {
                // The message is made only for a fault: a restored snapshot checks every resting order.
                String fault = o.prev != prev ? "broken back link"
                        : o.level != level || o.price != level.price || o.side != ladder.side ? "wrong level"
                        : o.sequence <= lastSequence ? "out of time priority"
                        : o.visible <= 0 || o.visible > o.open ? "visible " + o.visible + " of open " + o.open
                        : (o.displaySize == 0 ? o.visible != o.open : o.visible > o.displaySize) ? "bad slice"
                        : !index.indexes(o) ? "not indexed" : null;
                if (fault != null) {
                    throw new IllegalStateException(ladder.side + " order " + o.id + " at " + level.price + ": " + fault);
                }
                lastSequence = o.sequence;
                displayed += o.visible;
                open += o.open;
                count++;
                prev = o;
            }
            check(prev == level.tail, ladder.side + " level " + level.price + ": tail is not the last order");
            check(displayed == level.displayed && open == level.open && count == level.count && count > 0,
                    ladder.side + " level " + level.price + ": running sums disagree with its orders");
            orders += count;
        }
        return orders;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    /**
     * Refuses, before anything changes, an order whose remainder could not rest on its side
     * because its price is too far from the side's other prices; one that fills whole on
     * arrival never rests, so it passes wherever its limit is.
     */
    private void requireRoomUnlessFilledWhole(PriceLadder own, PriceLadder opposite, long price, long limitKey,
                                              long quantity, long selfGroup, SelfTradePrevention stp) {
        if (!own.hasRoomFor(price)) {
            probe(opposite, limitKey, quantity, selfGroup, stp);
            if (probedQuantity < quantity) {
                own.requireRoomFor(price);
            }
        }
    }

    /** The aggressor's limit as a key on the opposite ladder: levels with a key at most this can trade. */
    private static long limitKey(Side side, long price) {
        if (side == Side.BID) {
            return price;
        }
        return price == Long.MIN_VALUE ? Long.MAX_VALUE : -price;
    }

    /**
     * Matches an aggressor against the opposite side in price-time priority up to its limit.
     * @return the aggressor's unfilled quantity; {@link #aggressorCancelled} tells whether
     *         self-trade prevention cancelled it
     */
    private long match(PriceLadder opposite, long takerId, long takerAccount, Side takerSide, long limitKey,
                       long quantity, long selfGroup, SelfTradePrevention stp) {
        aggressorCancelled = false;
        long remaining = quantity;
        PriceLevel level;
        while (remaining > 0 && (level = opposite.best()) != null && level.key <= limitKey) {
            RestingOrder maker = level.head;
            if (selfGroup != 0 && maker.stpGroup == selfGroup) {
                if (stp != SelfTradePrevention.CANCEL_AGGRESSOR) {
                    cancelResting(maker, RemovalReason.SELF_TRADE);
                }
                if (stp != SelfTradePrevention.CANCEL_RESTING) {
                    aggressorCancelled = true;
                    return remaining;
                }
                continue;
            }
            long traded = Math.min(remaining, maker.visible);
            fill(maker, traded);
            remaining -= traded;
            listener.trade(maker.id, maker.account, takerId, takerAccount, takerSide, level.price, traded,
                    maker.open, remaining);
            afterFill(opposite, level, maker);
        }
        return remaining;
    }

    private static void fill(RestingOrder order, long quantity) {
        order.visible -= quantity;
        order.open -= quantity;
        PriceLevel level = order.level;
        level.displayed -= quantity;
        level.open -= quantity;
    }

    /** After a resting order traded: it leaves when done, or shows its next iceberg slice at the back. */
    private void afterFill(PriceLadder ladder, PriceLevel level, RestingOrder order) {
        if (order.visible == 0) {
            if (order.open == 0) {
                level.unlink(order);
                index.remove(order.id);
                recycle(order);
            } else {
                level.unlink(order);
                order.visible = order.nextSlice();
                order.sequence = ++sequence;
                level.append(order);
                listener.rested(order.id, order.account, order.side, level.price, order.visible);
            }
        }
        listener.levelChanged(ladder.side, level.price, level.displayed, level.count);
        if (level.count == 0) {
            ladder.release(level);
        }
    }

    /** Walks the opposite side as an aggressor would, without touching it, for the fill-or-kill kinds. */
    private void probe(PriceLadder opposite, long limitKey, long quantity, long selfGroup, SelfTradePrevention stp) {
        long need = quantity;
        long cost = 0;
        boolean blocked = false;
        for (PriceLevel level = opposite.best(); level != null && need > 0 && !blocked && level.key <= limitKey;
             level = opposite.after(level)) {
            long available = level.open;
            if (selfGroup != 0) {
                if (stp == SelfTradePrevention.CANCEL_RESTING) {
                    // Own orders would be cancelled on the way: only the others' quantity fills.
                    available = 0;
                    for (RestingOrder o = level.head; o != null; o = o.next) {
                        available += o.stpGroup == selfGroup ? 0 : o.open;
                    }
                } else {
                    // An own order stops the aggressor: it gets only the visible slices queued before it.
                    long ahead = 0;
                    for (RestingOrder o = level.head; o != null && !blocked; o = o.next) {
                        blocked = o.stpGroup == selfGroup;
                        ahead += blocked ? 0 : o.visible;
                    }
                    available = blocked ? ahead : level.open;
                }
            }
            long taken = Math.min(need, available);
            need -= taken;
            cost = Budget.add(cost, Budget.times(level.price, taken));
        }
        probedQuantity = quantity - need;
        probedCost = cost;
    }

    private void restNew(PriceLadder own, long orderId, long account, long stpGroup, SelfTradePrevention stp,
                         long price, long quantity, long displayQuantity) {
        RestingOrder order = pooled > 0 ? pool[--pooled] : new RestingOrder();
        order.id = orderId;
        if (index.putIfAbsent(order) != null) {
            recycle(order);
            listener.removed(orderId, account, quantity, RemovalReason.DUPLICATE_ORDER_ID, false);
            return;
        }
        order.account = account;
        order.stpGroup = stpGroup;
        order.stp = stp;
        order.side = own.side;
        order.price = price;
        order.open = quantity;
        order.displaySize = displayQuantity > 0 && displayQuantity < quantity ? displayQuantity : 0;
        order.visible = order.nextSlice();
        enqueue(own, order);
    }

    private void enqueue(PriceLadder own, RestingOrder order) {
        PriceLevel level = own.obtain(order.price);
        order.sequence = ++sequence;
        level.append(order);
        listener.rested(order.id, order.account, order.side, order.price, order.visible);
        listener.levelChanged(own.side, level.price, level.displayed, level.count);
    }

    private void cancelResting(RestingOrder order, RemovalReason reason) {
        PriceLadder ladder = order.side == Side.BID ? bids : asks;
        PriceLevel level = order.level;
        level.unlink(order);
        index.remove(order.id);
        listener.removed(order.id, order.account, order.open, reason, true);
        listener.levelChanged(ladder.side, level.price, level.displayed, level.count);
        if (level.count == 0) {
            ladder.release(level);
        }
        recycle(order);
    }

    private void recycle(RestingOrder order) {
        order.level = null;
        order.prev = null;
        order.next = null;
        if (pooled == pool.length) {
            pool = Arrays.copyOf(pool, pooled * 2);
        }
        pool[pooled++] = order;
    }
}
