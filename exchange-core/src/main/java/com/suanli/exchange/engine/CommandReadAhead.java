package com.suanli.exchange.engine;

import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingReadAhead;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;

import java.util.Arrays;

/**
 * Reads ahead, before a batch of commands is applied, the state the batch's orders will read: a
 * new order's entry in the client order index, the working order a cancel or amendment names (its
 * slot, the order, its place in its book) and each order's account and position in the clearing
 * house ({@link ClearingReadAhead}); an engine without a house has none. Nothing changes. In passes over the whole batch, each
 * pass's loads independent of one another, so that the cache misses of many commands overlap
 * instead of following one another; the commands are then applied one by one as before. The
 * words read are summed into a field so that the compiler keeps the loads.
 */
final class CommandReadAhead {
    private final WorkingOrders orders;
    private final ClearingReadAhead clearing;
    private Order[] named = new Order[64];
    private long seen;

    CommandReadAhead(WorkingOrders orders, ClearingHouse house) {
        this.orders = orders;
        this.clearing = house.readAhead();
    }

    void run(Command[] batch, int from, int to) {
        if (named.length < to - from) {
            named = new Order[Math.max(to - from, named.length * 2)];
        }
        long word = 0;
        // New orders' client ids and quotes' accounts; the slots of the orders named by id.
        for (int i = from; i < to; i++) {
            Command c = batch[i];
            Order o = null;
            if (c instanceof PlaceOrder p) {
                word += orders.readAheadClient(p.account(), p.clientOrderId());
                clearing.add(p.account(), p.instrumentId(), ClearingHouse.NO_POSITION);
            } else if (c instanceof CancelOrder cancel) {
                o = orders.get(cancel.orderId());
            } else if (c instanceof AmendQuantity amend) {
                o = orders.get(amend.orderId());
            } else if (c instanceof AmendPrice amend) {
                o = orders.get(amend.orderId());
            } else if (c instanceof Quote q) {
                clearing.add(q.account(), q.instrumentId(), ClearingHouse.NO_POSITION);
            }
            named[i - from] = o;
        }
        // The orders named: their place in their book, their account and position.
        for (int k = 0; k < to - from; k++) {
            Order o = named[k];
            if (o != null) {
                word += o.instrument.book.openQuantity(o.id);
                clearing.add(o.account, o.instrument.id, o.clearingPosition);
            }
        }
        Arrays.fill(named, 0, to - from, null);
        clearing.run();
        seen += word;
    }

    /** The sum of the words read so far: meaningless, but it keeps the reads. */
    long seen() {
        return seen;
    }
}
