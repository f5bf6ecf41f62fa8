package com.suanli.exchange.book;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent account of every order, kept from the listener callbacks alone, that
 * checks the book's conservation laws after each command: quantity in equals quantity
 * traded, resting, removed or reduced; every incoming order ends in exactly one state
 * (resting, filled, or removed); a resting order leaves exactly once; bought equals sold;
 * trades respect the aggressor's limit and move away from the best price only.
 */
final class OrderLedger {
    private final Map<Long, Long> restingOpen = new HashMap<>();
    private final Map<Long, Long> positions = new HashMap<>();
    private long bought;
    private long sold;

    /** Checks one command's callbacks against the ledger, then books them. */
    void record(BookCommand command, Object result, List<BookEvent> events, OrderBook book) {
        long incomingId = Long.MIN_VALUE;
        long incoming = 0;
        boolean limitChecked = false;
        long limit = 0;
        if (command instanceof BookCommand.Place p) {
            incomingId = p.orderId();
            incoming = p.quantity();
            limitChecked = p.kind() != OrderKind.FOK_BUDGET;
            limit = p.price();
        } else if (command instanceof BookCommand.Rest r) {
            incomingId = r.orderId();
            incoming = r.quantity();
        } else if (command instanceof BookCommand.Move m && result == BookStatus.DONE) {
            incomingId = m.orderId();
            incoming = require(restingOpen.remove(m.orderId()), "moved order " + m.orderId() + " was not resting");
            limitChecked = true;
            limit = m.newPrice();
        }
        boolean incomingRested = false;
        boolean incomingRemoved = false;
        long lastTradePrice = Long.MIN_VALUE;
        long restingRemovals = 0;
        for (BookEvent event : events) {
            if (event instanceof BookEvent.Trade t) {
                check(t.quantity() > 0, "trade of nothing: " + t);
                long makerOpen = require(restingOpen.get(t.makerOrderId()), "maker not resting: " + t);
                check(makerOpen - t.quantity() == t.makerRemaining(), "maker remaining is off: " + t);
                settle(t.makerOrderId(), t.makerRemaining());
                if (command instanceof BookCommand.Uncross) {
                    long takerOpen = require(restingOpen.get(t.takerOrderId()), "auction taker not resting: " + t);
                    check(takerOpen - t.quantity() == t.takerRemaining(), "auction taker remaining is off: " + t);
                    settle(t.takerOrderId(), t.takerRemaining());
                } else {
                    check(t.takerOrderId() == incomingId, "taker is not the incoming order: " + t);
                    incoming -= t.quantity();
                    check(incoming == t.takerRemaining(), "taker remaining is off: " + t);
                    Side side = t.takerSide();
                    check(!limitChecked || (side == Side.BID ? t.price() <= limit : t.price() >= limit),
                            "trade beyond the aggressor's limit: " + t);
                    check(lastTradePrice == Long.MIN_VALUE
                                    || (side == Side.BID ? t.price() >= lastTradePrice : t.price() <= lastTradePrice),
                            "aggressor went back to a better price: " + t);
                    lastTradePrice = t.price();
                }
                boolean takerBuys = t.takerSide() == Side.BID;
                position(takerBuys ? t.takerAccount() : t.makerAccount(), t.quantity());
                position(takerBuys ? t.makerAccount() : t.takerAccount(), -t.quantity());
                bought += t.quantity();
                sold += t.quantity();
            } else if (event instanceof BookEvent.Rested r) {
                if (r.orderId() == incomingId && !incomingRested && !restingOpen.containsKey(r.orderId())) {
                    incomingRested = true;
                    check(incoming > 0 && r.restingQuantity() <= incoming, "rested more than is open: " + r);
                    restingOpen.put(r.orderId(), incoming);
                } else {
                    check(restingOpen.containsKey(r.orderId()), "slice refreshed for an order not resting: " + r);
                }
            } else if (event instanceof BookEvent.Removed x) {
                if (x.orderId() == incomingId && !incomingRested && !incomingRemoved
                        && (!x.wasResting() || command instanceof BookCommand.Move)) {
                    incomingRemoved = true;
                    check(x.quantity() == incoming, "removed quantity of the incoming order is off: " + x);
                } else {
                    check(x.wasResting(), "removal of an order that never rested: " + x);
                    long open = require(restingOpen.remove(x.orderId()), "removed order was not resting: " + x);
                    check(open == x.quantity(), "removed quantity is not the open quantity: " + x);
                    restingRemovals++;
                }
            }
        }
        if (incomingId != Long.MIN_VALUE) {
            int states = (incoming == 0 ? 1 : 0) + (incomingRested ? 1 : 0) + (incomingRemoved ? 1 : 0);
            check(states == 1, "incoming order " + incomingId + " ended in " + states + " states: " + events);
        }
        if (command instanceof BookCommand.Reduce r && result == BookStatus.DONE && restingRemovals == 0) {
            long open = require(restingOpen.get(r.orderId()), "reduced order was not resting");
            check(r.reduceBy() < open, "a reduce by the whole size must remove the order");
            restingOpen.put(r.orderId(), open - r.reduceBy());
        }
        if (command instanceof BookCommand.CancelAll c) {
            check(((Integer) result) == restingRemovals, "cancel-all count differs from its removals");
        }
        check(bought == sold, "bought " + bought + " but sold " + sold);
        check(restingOpen.size() == book.orderCount(),
                "ledger holds " + restingOpen.size() + " resting orders, the book " + book.orderCount());
        for (BookEvent event : events) {
            long id = event instanceof BookEvent.Trade t ? t.makerOrderId() : event instanceof BookEvent.Rested r
                    ? r.orderId() : event instanceof BookEvent.Removed x ? x.orderId() : Long.MIN_VALUE;
            if (id != Long.MIN_VALUE) {
                check(book.openQuantity(id) == restingOpen.getOrDefault(id, 0L), "open quantity of " + id + " is off");
            }
        }
    }

    /** Every resting order's open quantity as the book reports it. */
    void checkAllOpen(OrderBook book) {
        restingOpen.forEach((id, open) -> check(book.openQuantity(id) == open, "open quantity of " + id + " is off"));
        long net = positions.values().stream().mapToLong(Long::longValue).sum();
        check(net == 0, "net position over all accounts is " + net);
    }

    private void settle(long id, long remaining) {
        if (remaining == 0) {
            restingOpen.remove(id);
        } else {
            restingOpen.put(id, remaining);
        }
    }

    private void position(long account, long quantity) {
        positions.merge(account, quantity, Long::sum);
    }

    private static long require(Long value, String message) {
        check(value != null, message);
        return value;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
