package com.suanli.gateway.order;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import quickfix.SessionID;

/**
 * One order a FIX session entered, as the gateway follows it from the events: its FIX identity (the current
 * ClOrdID), the engine's (account, client order id, order id), what is filled and what is open, and the
 * cancels and replaces sent for it and not yet answered, oldest first. Guarded by the {@link OrderDesk}'s lock.
 */
final class LiveOrder {

    /** A cancel or replace on its way to the engine. */
    record Request(boolean cancel, String clOrdId, long orderQty, long priceTicks) {
    }

    final SessionID session;
    final ContractSpec contract;
    final long account;
    final long clientOrderId;
    final Side side;
    final char ordType;
    final char timeInForce;
    final long stopTicks;
    final Deque<Request> requests = new ArrayDeque<>(2);
    boolean done;
    String clOrdId;
    long orderQty;
    long priceTicks;
    long orderId;
    long cumQty;
    /** Sum of price x lots over the fills, in ticks, for the average price. */
    long filledTicks;
    /** The last event already counted in the order (taken back at a restart): the ones up to it are not news. */
    long seenUpTo;

    LiveOrder(SessionID session, ContractSpec contract, String clOrdId, long account, long clientOrderId, Side side,
              char ordType, char timeInForce, long orderQty, long priceTicks, long stopTicks) {
        this.session = session;
        this.contract = contract;
        this.clOrdId = clOrdId;
        this.account = account;
        this.clientOrderId = clientOrderId;
        this.side = side;
        this.ordType = ordType;
        this.timeInForce = timeInForce;
        this.orderQty = orderQty;
        this.priceTicks = priceTicks;
        this.stopTicks = stopTicks;
    }

    long leaves() {
        return Math.max(0, orderQty - cumQty);
    }

    BigDecimal averagePrice() {
        if (cumQty == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal ticks = BigDecimal.valueOf(filledTicks).divide(BigDecimal.valueOf(cumQty),
                6, RoundingMode.HALF_EVEN);
        return ticks.multiply(contract.tickSize()).stripTrailingZeros();
    }

    /** The oldest unanswered request of that kind, removed; null when there is none. */
    Request take(boolean cancel) {
        for (var it = requests.iterator(); it.hasNext(); ) {
            Request request = it.next();
            if (request.cancel() == cancel) {
                it.remove();
                return request;
            }
        }
        return null;
    }
}
