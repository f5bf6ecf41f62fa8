package com.suanli.exchange.book;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A deliberately simple order book to check the fast one against: sorted maps of FIFO
 * queues, a hash map of ids, and fill-or-kill decided by a dry run on a copy of the book
 * rather than by any clever walk. Slow and obviously correct.
 */
final class ReferenceOrderBook implements OrderBook {

    private static final class Order {
        long id;
        long account;
        long stpGroup;
        SelfTradePrevention stp;
        Side side;
        long price;
        long open;
        long visible;
        long displaySize;
        long sequence;

        long slice() {
            return displaySize == 0 ? open : Math.min(displaySize, open);
        }

        Order copy() {
            Order o = new Order();
            o.id = id;
            o.account = account;
            o.stpGroup = stpGroup;
            o.stp = stp;
            o.side = side;
            o.price = price;
            o.open = open;
            o.visible = visible;
            o.displaySize = displaySize;
            o.sequence = sequence;
            return o;
        }
    }

    private final BookListener listener;
    private final TreeMap<Long, ArrayDeque<Order>> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Long, ArrayDeque<Order>> asks = new TreeMap<>();
    private final Map<Long, Order> byId = new HashMap<>();
    private long sequence;
    private boolean aggressorCancelled;
    private long matchedCost;

    ReferenceOrderBook(BookListener listener) {
        this.listener = listener;
    }

    private TreeMap<Long, ArrayDeque<Order>> sideOf(Side side) {
        return side == Side.BID ? bids : asks;
    }

    @Override
    public void place(long orderId, long account, long stpGroup, Side side, OrderKind kind,
                      long price, long quantity, long displayQuantity, SelfTradePrevention stp) {
        OrderArguments.requireValid(side, kind, quantity, displayQuantity, stp);
        TreeMap<Long, ArrayDeque<Order>> opposite = sideOf(side.opposite());
        boolean noLimit = kind == OrderKind.FOK_BUDGET;
        if (kind == OrderKind.POST_ONLY) {
            if (!opposite.isEmpty() && crosses(side, price, opposite.firstKey())) {
                listener.removed(orderId, account, quantity, RemovalReason.POST_ONLY_WOULD_CROSS, false);
            } else {
                restNew(orderId, account, stpGroup, stp, side, price, quantity, displayQuantity);
            }
            return;
        }
        if (kind == OrderKind.FOK || kind == OrderKind.FOK_BUDGET) {
            TreeMap<Long, ArrayDeque<Order>> copy = copyOf(opposite);
            long left = match(copy, BookListener.NONE, orderId, account, side, price, noLimit, quantity, stpGroup, stp);
            boolean fills = left == 0 && !aggressorCancelled
                    && (kind == OrderKind.FOK || (side == Side.BID ? matchedCost <= price : matchedCost >= price));
            if (!fills) {
                listener.removed(orderId, account, quantity, RemovalReason.FOK_UNFILLED, false);
                return;
            }
        }
        long remaining = match(opposite, listener, orderId, account, side, price, noLimit, quantity, stpGroup, stp);
        if (aggressorCancelled) {
            listener.removed(orderId, account, remaining, RemovalReason.SELF_TRADE, false);
        } else if (remaining > 0 && kind == OrderKind.IOC) {
            listener.removed(orderId, account, remaining, RemovalReason.IOC_REMAINDER, false);
        } else if (remaining > 0) {
            restNew(orderId, account, stpGroup, stp, side, price, remaining, displayQuantity);
        }
    }

    @Override
    public long fillCost(Side side, long quantity, long limitPrice, long stpGroup, SelfTradePrevention stp) {
        long left = match(copyOf(sideOf(side.opposite())), BookListener.NONE, 0, 0, side, limitPrice, false, quantity,
                stpGroup, stp);
        return left == 0 && !aggressorCancelled ? matchedCost : NO_FILL;
    }

    private static boolean crosses(Side aggressor, long limit, long restingPrice) {
        return aggressor == Side.BID ? restingPrice <= limit : restingPrice >= limit;
    }

    private TreeMap<Long, ArrayDeque<Order>> copyOf(TreeMap<Long, ArrayDeque<Order>> side) {
        TreeMap<Long, ArrayDeque<Order>> copy = new TreeMap<>(side.comparator());
        for (Map.Entry<Long, ArrayDeque<Order>> level : side.entrySet()) {
            ArrayDeque<Order> queue = new ArrayDeque<>();
            for (Order o : level.getValue()) {
                queue.add(o.copy());
            }
            copy.put(level.getKey(), queue);
        }
        return copy;
    }

    private long match(TreeMap<Long, ArrayDeque<Order>> opposite, BookListener out, long takerId, long takerAccount,
                       Side takerSide, long limit, boolean noLimit, long quantity, long stpGroup, SelfTradePrevention stp) {
        aggressorCancelled = false;
        matchedCost = 0;
        boolean live = opposite == bids || opposite == asks;
        long remaining = quantity;
        while (remaining > 0 && !opposite.isEmpty()) {
            long price = opposite.firstKey();
            if (!noLimit && !crosses(takerSide, limit, price)) {
                break;
            }
            ArrayDeque<Order> queue = opposite.firstEntry().getValue();
            Order maker = queue.peekFirst();
            if (stp != SelfTradePrevention.NONE && stpGroup != 0 && maker.stpGroup == stpGroup) {
                if (stp == SelfTradePrevention.CANCEL_AGGRESSOR) {
                    aggressorCancelled = true;
                    return remaining;
                }
                queue.pollFirst();
                if (live) {
                    byId.remove(maker.id);
                }
                out.removed(maker.id, maker.account, maker.open, RemovalReason.SELF_TRADE, true);
                levelChanged(opposite, out, takerSide.opposite(), price);
                if (stp == SelfTradePrevention.CANCEL_BOTH) {
                    aggressorCancelled = true;
                    return remaining;
                }
                continue;
            }
            long traded = Math.min(remaining, maker.visible);
            maker.visible -= traded;
            maker.open -= traded;
            remaining -= traded;
            matchedCost = Math.addExact(matchedCost, Math.multiplyExact(price, traded));
            out.trade(maker.id, maker.account, takerId, takerAccount, takerSide, price, traded, maker.open, remaining);
            settle(opposite, out, queue, maker);
            levelChanged(opposite, out, takerSide.opposite(), price);
        }
        return remaining;
    }

    /** A resting order that traded leaves when done, or sends its next iceberg slice to the back. */
    private void settle(TreeMap<Long, ArrayDeque<Order>> side, BookListener out, ArrayDeque<Order> queue, Order order) {
        if (order.visible > 0) {
            return;
        }
        queue.remove(order);
        if (order.open == 0) {
            if (side == bids || side == asks) {
                byId.remove(order.id);
            }
            return;
        }
        order.visible = order.slice();
        order.sequence = ++sequence;
        queue.addLast(order);
        out.rested(order.id, order.account, order.side, order.price, order.visible);
    }

    private static void levelChanged(TreeMap<Long, ArrayDeque<Order>> side, BookListener out, Side which, long price) {
        ArrayDeque<Order> queue = side.get(price);
        out.levelChanged(which, price, displayed(queue), queue.size());
        if (queue.isEmpty()) {
            side.remove(price);
        }
    }

    private void restNew(long orderId, long account, long stpGroup, SelfTradePrevention stp, Side side,
                         long price, long quantity, long displayQuantity) {
        if (byId.containsKey(orderId)) {
            listener.removed(orderId, account, quantity, RemovalReason.DUPLICATE_ORDER_ID, false);
            return;
        }
        Order o = new Order();
        o.id = orderId;
        o.account = account;
        o.stpGroup = stpGroup;
        o.stp = stp;
        o.side = side;
        o.price = price;
        o.open = quantity;
        o.displaySize = displayQuantity > 0 && displayQuantity < quantity ? displayQuantity : 0;
        o.visible = o.slice();
        byId.put(orderId, o);
        enqueue(o);
    }

    private void enqueue(Order o) {
        o.sequence = ++sequence;
        TreeMap<Long, ArrayDeque<Order>> own = sideOf(o.side);
        own.computeIfAbsent(o.price, p -> new ArrayDeque<>()).addLast(o);
        listener.rested(o.id, o.account, o.side, o.price, o.visible);
        levelChanged(own, listener, o.side, o.price);
    }

    private static long displayed(ArrayDeque<Order> queue) {
        long displayed = 0;
        for (Order o : queue) {
            displayed += o.visible;
        }
        return displayed;
    }

    @Override
    public void rest(long orderId, long account, long stpGroup, Side side, long price, long quantity, long displayQuantity) {
        OrderArguments.requireValid(side, OrderKind.LIMIT, quantity, displayQuantity, SelfTradePrevention.NONE);
        restNew(orderId, account, stpGroup, SelfTradePrevention.NONE, side, price, quantity, displayQuantity);
    }

    @Override
    public long uncross(long price) {
        long executed = 0;
        while (!bids.isEmpty() && !asks.isEmpty() && bids.firstKey() >= asks.firstKey()) {
            ArrayDeque<Order> bidQueue = bids.firstEntry().getValue();
            ArrayDeque<Order> askQueue = asks.firstEntry().getValue();
            Order bid = bidQueue.peekFirst();
            Order ask = askQueue.peekFirst();
            long quantity = Math.min(bid.visible, ask.visible);
            for (Order o : List.of(bid, ask)) {
                o.visible -= quantity;
                o.open -= quantity;
            }
            executed += quantity;
            Order taker = bid.sequence > ask.sequence ? bid : ask;
            Order maker = taker == bid ? ask : bid;
            listener.trade(maker.id, maker.account, taker.id, taker.account, taker.side, price, quantity,
                    maker.open, taker.open);
            long bidPrice = bid.price;
            settle(bids, listener, bidQueue, bid);
            levelChanged(bids, listener, Side.BID, bidPrice);
            long askPrice = ask.price;
            settle(asks, listener, askQueue, ask);
            levelChanged(asks, listener, Side.ASK, askPrice);
        }
        return executed;
    }

    @Override
    public BookStatus move(long orderId, long account, long newPrice) {
        Order o = byId.get(orderId);
        if (o == null) {
            return BookStatus.UNKNOWN_ORDER;
        }
        if (o.account != account) {
            return BookStatus.NOT_OWNER;
        }
        TreeMap<Long, ArrayDeque<Order>> own = sideOf(o.side);
        own.get(o.price).remove(o);
        levelChanged(own, listener, o.side, o.price);
        long remaining = match(sideOf(o.side.opposite()), listener, o.id, o.account, o.side, newPrice, false, o.open,
                o.stpGroup, o.stp);
        if (aggressorCancelled) {
            byId.remove(orderId);
            listener.removed(orderId, account, remaining, RemovalReason.SELF_TRADE, true);
        } else if (remaining == 0) {
            byId.remove(orderId);
        } else {
            o.open = remaining;
            o.price = newPrice;
            o.visible = o.slice();
            enqueue(o);
        }
        return BookStatus.DONE;
    }

    @Override
    public BookStatus reduce(long orderId, long account, long reduceBy) {
        if (reduceBy <= 0) {
            throw new IllegalArgumentException("reduceBy: must be positive, was " + reduceBy);
        }
        Order o = byId.get(orderId);
        if (o == null) {
            return BookStatus.UNKNOWN_ORDER;
        }
        if (o.account != account) {
            return BookStatus.NOT_OWNER;
        }
        if (reduceBy >= o.open) {
            cancelResting(o, RemovalReason.CANCELLED);
        } else {
            o.open -= reduceBy;
            if (o.visible > o.open) {
                o.visible = o.open;
                TreeMap<Long, ArrayDeque<Order>> own = sideOf(o.side);
                levelChanged(own, listener, o.side, o.price);
            }
        }
        return BookStatus.DONE;
    }

    private void cancelResting(Order o, RemovalReason reason) {
        TreeMap<Long, ArrayDeque<Order>> own = sideOf(o.side);
        own.get(o.price).remove(o);
        byId.remove(o.id);
        listener.removed(o.id, o.account, o.open, reason, true);
        levelChanged(own, listener, o.side, o.price);
    }

    @Override
    public BookStatus cancel(long orderId, long account) {
        Order o = byId.get(orderId);
        if (o == null) {
            return BookStatus.UNKNOWN_ORDER;
        }
        if (o.account != account) {
            return BookStatus.NOT_OWNER;
        }
        cancelResting(o, RemovalReason.CANCELLED);
        return BookStatus.DONE;
    }

    @Override
    public int cancelAll(long account) {
        List<Order> mine = new ArrayList<>();
        for (Order o : byId.values()) {
            if (o.account == account) {
                mine.add(o);
            }
        }
        mine.sort(Comparator.comparingLong(o -> o.sequence));
        mine.forEach(o -> cancelResting(o, RemovalReason.CANCELLED));
        return mine.size();
    }

    @Override
    public long bestBid() {
        return bids.isEmpty() ? NO_PRICE : bids.firstKey();
    }

    @Override
    public long bestAsk() {
        return asks.isEmpty() ? NO_PRICE : asks.firstKey();
    }

    @Override
    public long openQuantity(long orderId) {
        Order o = byId.get(orderId);
        return o == null ? 0 : o.open;
    }

    @Override
    public int orderCount() {
        return byId.size();
    }

    @Override
    public int depth(Side side, int maxLevels, long[] prices, long[] quantities, int[] orderCounts) {
        int n = 0;
        for (Map.Entry<Long, ArrayDeque<Order>> level : sideOf(side).entrySet()) {
            if (n == maxLevels) {
                break;
            }
            prices[n] = level.getKey();
            quantities[n] = displayed(level.getValue());
            orderCounts[n] = level.getValue().size();
            n++;
        }
        return n;
    }

    @Override
    public void walkLevels(Side side, LevelVisitor visitor) {
        for (Map.Entry<Long, ArrayDeque<Order>> level : sideOf(side).entrySet()) {
            long open = 0;
            for (Order o : level.getValue()) {
                open += o.open;
            }
            if (!visitor.level(level.getKey(), open)) {
                return;
            }
        }
    }

    @Override
    public void walkResting(RestingVisitor visitor) {
        for (Side side : Side.values()) {
            for (ArrayDeque<Order> level : sideOf(side).values()) {
                for (Order o : level) {
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
        if (!byId.isEmpty()) {
            throw new IllegalStateException("book: restore needs an empty book");
        }
        for (RestingOrderImage image : orders) {
            Order o = new Order();
            o.id = image.id();
            o.account = image.account();
            o.stpGroup = image.stpGroup();
            o.stp = image.stp();
            o.side = image.side();
            o.price = image.price();
            o.open = image.open();
            o.visible = image.visible();
            o.displaySize = image.displaySize();
            o.sequence = image.priority();
            byId.put(o.id, o);
            sideOf(o.side).computeIfAbsent(o.price, p -> new ArrayDeque<>()).addLast(o);
        }
        sequence = prioritySequence;
    }

    @Override
    public long stateHash() {
        BookHash hash = BookHash.start();
        for (Side side : Side.values()) {
            for (Map.Entry<Long, ArrayDeque<Order>> level : sideOf(side).entrySet()) {
                hash.level(side, level.getKey(), displayed(level.getValue()), level.getValue().size());
                for (Order o : level.getValue()) {
                    hash.order(o.id, o.account, o.open, o.visible);
                }
            }
        }
        return hash.value();
    }

    @Override
    public void verifyIntegrity() {
        int resting = 0;
        for (Side side : Side.values()) {
            NavigableMap<Long, ArrayDeque<Order>> levels = sideOf(side);
            for (Map.Entry<Long, ArrayDeque<Order>> level : levels.entrySet()) {
                if (level.getValue().isEmpty()) {
                    throw new IllegalStateException(side + " level " + level.getKey() + " is empty but listed");
                }
                for (Order o : level.getValue()) {
                    if (byId.get(o.id) != o || o.price != level.getKey() || o.visible <= 0 || o.visible > o.open) {
                        throw new IllegalStateException(side + " order " + o.id + " is inconsistent");
                    }
                    resting++;
                }
            }
        }
        if (resting != byId.size()) {
            throw new IllegalStateException("levels hold " + resting + " orders, the id map " + byId.size());
        }
    }
}
