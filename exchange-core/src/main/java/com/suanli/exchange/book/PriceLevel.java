package com.suanli.exchange.book;

/**
 * One price of one side of the fast book: a FIFO queue of resting orders linked through the
 * orders themselves, with the displayed and the total open quantity kept as running sums.
 * A level object stays in its ladder slot when it empties, so a busy price never allocates.
 */
final class PriceLevel {
    long price;
    /** The ladder key: the price for asks, its negation for bids, so that lower is always better. */
    long key;
    RestingOrder head;
    RestingOrder tail;
    /** Sum of the visible slices. */
    long displayed;
    /** Sum of the open quantities, hidden reserves included. */
    long open;
    int count;

    void append(RestingOrder order) {
        order.level = this;
        order.next = null;
        order.prev = tail;
        if (tail == null) {
            head = order;
        } else {
            tail.next = order;
        }
        tail = order;
        count++;
        displayed += order.visible;
        open += order.open;
    }

    void unlink(RestingOrder order) {
        RestingOrder prev = order.prev;
        RestingOrder next = order.next;
        if (prev == null) {
            head = next;
        } else {
            prev.next = next;
        }
        if (next == null) {
            tail = prev;
        } else {
            next.prev = prev;
        }
        // The order's own links are left stale: append or recycling overwrites them, and every
        // reference store costs a GC barrier on the hot path.
        count--;
        displayed -= order.visible;
        open -= order.open;
    }
}
