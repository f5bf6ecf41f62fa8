package com.suanli.exchange.engine;

import com.suanli.exchange.book.BookStatus;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.OrderCancelled;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The order blotter: every working order from acceptance to its one terminal event, found by
 * exchange id, by account and client id, and (for GTD orders) by expiry time. Finished orders go
 * back to a pool, so placing allocates nothing in steady state.
 */
final class WorkingOrders {
    private final EventLog log;
    private final BookStep step;
    private final OrderTable orders = new OrderTable();
    /** Finished orders ready for reuse. */
    private Order[] pool = new Order[1 << 10];
    private int pooled;
    /** Quote entries that left the quote index, ready for reuse. */
    private QuoteSideIds[] quoteEntries = new QuoteSideIds[16];
    private int quoteEntriesPooled;
    /** Working orders by account and client order id. */
    private final ClientOrderIndex clientOrders;
    private final TreeSet<Order> gtdOrders = new TreeSet<>(Order.BY_EXPIRY);
    private long nextOrderId = 1;

    /** @param countsPerAccount whether each account's count of working orders is kept, for {@link #clientOrderCount} */
    WorkingOrders(EventLog log, BookStep step, boolean countsPerAccount) {
        this.log = log;
        this.step = step;
        this.clientOrders = new ClientOrderIndex(countsPerAccount);
    }

    long nextOrderId() {
        return nextOrderId;
    }

    /** Continues the id sequence of a restored snapshot. */
    void restoreNextOrderId(long next) {
        nextOrderId = next;
    }

    /** Hands out the next exchange order id. */
    long takeOrderId() {
        return nextOrderId++;
    }

    /** A blank order object (from the pool when one is free). */
    Order blank() {
        return pooled > 0 ? pool[--pooled] : new Order();
    }

    /** An empty quote entry for {@code account} (a finished one when one is free). */
    QuoteSideIds quoteEntry(long account) {
        if (quoteEntriesPooled == 0) {
            return new QuoteSideIds(account);
        }
        QuoteSideIds ids = quoteEntries[--quoteEntriesPooled];
        quoteEntries[quoteEntriesPooled] = null;
        ids.account = account;
        return ids;
    }

    void register(Order o) {
        orders.put(o);
        o.instrument.working.append(o);
        if (o.clientOrderId != 0) {
            clientOrders.put(o);
        }
        if (o.timeInForce == TimeInForce.GTD) {
            gtdOrders.add(o);
        }
    }

    /**
     * The order is finished: filled, cancelled or expired. Its object goes back to the pool:
     * callers read nothing from it afterwards, and no new order is made before they are done.
     */
    void retire(Order o) {
        orders.remove(o, nextOrderId);
        o.instrument.working.remove(o);
        if (o.clientOrderId != 0) {
            clientOrders.remove(o);
        }
        if (o.timeInForce == TimeInForce.GTD) {
            gtdOrders.remove(o);
        }
        if (o.held) {
            o.instrument.stops.release(o);
            o.held = false;
        }
        if (o.quoteSide) {
            QuoteSideIds ids = o.instrument.quotes.get(o.account);
            ids.forget(o.id);
            if (ids.isEmpty()) {
                o.instrument.quotes.remove(o.account);
                if (quoteEntriesPooled == quoteEntries.length) {
                    quoteEntries = Arrays.copyOf(quoteEntries, quoteEntriesPooled * 2);
                }
                quoteEntries[quoteEntriesPooled++] = ids;
            }
        }
        if (pooled == pool.length) {
            pool = Arrays.copyOf(pool, pooled * 2);
        }
        pool[pooled++] = o;
    }

    /** Ends an order that is not in a book (held, or removed by it) with an {@link OrderCancelled}. */
    void finish(Order o, long quantity, CancelReason reason) {
        finish(o, quantity, reason, "");
    }

    /** As {@link #finish(Order, long, CancelReason)}, telling the trader why in {@code message}. */
    void finish(Order o, long quantity, CancelReason reason, String message) {
        log.sink.onOrderCancelled(log.next(), log.now, o.id, o.account, o.instrument.id, o.side, quantity, reason,
                message);
        o.open = 0;
        retire(o);
    }

    /** Cancels a working order, held or resting, for {@code reason}. */
    void cancel(Order o, CancelReason reason) {
        if (o.held) {
            finish(o, o.open, reason);
            return;
        }
        step.cancelReason = reason;
        BookStatus status = o.instrument.book.cancel(o.id, o.account);
        step.cancelReason = CancelReason.USER;
        if (status != BookStatus.DONE) {
            throw new IllegalStateException("order " + o.id + " is working but its book answered " + status);
        }
    }

    Order get(long orderId) {
        return orders.get(orderId);
    }

    /**
     * How many orders (quote sides aside, which carry no client id) the account has working.
     * @throws IllegalStateException when the blotter was made without counts per account
     */
    int clientOrderCount(long account) {
        return clientOrders.count(account);
    }

    /** The order a book callback names: usually the one being handed over. */
    Order inBook(long orderId) {
        Order o = step.active;
        return o != null && o.id == orderId ? o : orders.get(orderId);
    }

    /** Reads ahead what a new order of the account with this client order id will read ({@link ClientOrderIndex#readAhead}). */
    long readAheadClient(long account, long clientOrderId) {
        return clientOrders.readAhead(account, clientOrderId);
    }

    Order byClientId(long account, long clientOrderId) {
        return clientOrders.get(account, clientOrderId);
    }

    /** The GTD order that expires first, or null. */
    Order firstToExpire() {
        return gtdOrders.isEmpty() ? null : gtdOrders.first();
    }

    /**
     * Cancels the working orders of {@code in}, resting or held, in acceptance order: those with
     * time in force {@code only}, or every one when it is null. Walks that instrument's orders
     * alone.
     */
    void cancelAll(Instrument in, TimeInForce only, CancelReason reason) {
        Order next;
        for (Order o = in.working.first(); o != null; o = next) {
            // Taken before the cancel, which retires the order and unlinks it; it ends no other order.
            next = o.nextOnInstrument;
            if (only == null || o.timeInForce == only) {
                cancel(o, reason);
            }
        }
    }

    /**
     * Checks each instrument's list of working orders against the blotter (for tests).
     * @throws IllegalStateException when they disagree
     */
    void verifyInstrumentLists(Instrument[] instruments) {
        long listed = 0;
        for (Instrument in : instruments) {
            in.working.verify(in);
            listed += in.working.size();
        }
        if (listed != orders.size()) {
            throw new IllegalStateException("instruments list " + listed + " working orders but " + orders.size()
                    + " are working");
        }
    }

    void forEach(Consumer<Order> action) {
        orders.forEach(action);
    }

    int size() {
        return orders.size();
    }
}
