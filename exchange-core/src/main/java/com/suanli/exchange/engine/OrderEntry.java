package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.OrderKind;
import com.suanli.exchange.book.SelfTradePrevention;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.session.SessionState;

import java.util.List;

/**
 * Order entry: new orders (validated, pre-trade checked, accepted, then held as stops or
 * worked), cancels, price and quantity amendments and mass cancels.
 */
final class OrderEntry {
    private final EventLog log;
    private final BookStep step;
    private final WorkingOrders orders;
    private final OrderRouter router;
    private final PreTradeGate preTrade;
    private final SelfTradeGroups groups;
    private final SelfTradePrevention selfTradePrevention;

    OrderEntry(EventLog log, BookStep step, WorkingOrders orders, OrderRouter router, PreTradeGate preTrade,
               SelfTradeGroups groups, SelfTradePrevention selfTradePrevention) {
        this.log = log;
        this.step = step;
        this.orders = orders;
        this.router = router;
        this.preTrade = preTrade;
        this.groups = groups;
        this.selfTradePrevention = selfTradePrevention;
    }

    void place(PlaceOrder p, Instrument in) {
        Rejection r = OrderChecks.place(p, in);
        // A stop market has no limit until it triggers; a market order's is set below.
        long limit = p.type() == OrderType.STOP ? 0 : p.price();
        if (r == null && orders.byClientId(p.account(), p.clientOrderId()) != null) {
            r = new Rejection(RejectReason.DUPLICATE_CLIENT_ORDER_ID, "clientOrderId: " + p.clientOrderId()
                    + " is already working for account " + p.account());
        }
        if (r == null && p.type() == OrderType.MARKET) {
            long best = in.oppositeBest(p.side());
            if (best == OrderBook.NO_PRICE) {
                r = new Rejection(RejectReason.NO_LIQUIDITY_FOR_MARKET, "side: no " + p.side().opposite()
                        + " orders for a market " + p.side() + " to trade against");
            } else {
                limit = Instrument.protectedLimit(p.side(), best, p.protectionTicks());
            }
        }
        if (r == null && p.postOnly() && in.session == SessionState.CONTINUOUS && in.crosses(p.side(), limit)) {
            r = OrderChecks.postOnlyWouldCross("price", limit, in, p.side());
        }
        if (r == null) {
            // A stop market has no limit until it triggers: its stop price is the indication.
            r = preTrade.newOrder(orders.nextOrderId(), p.type(), p.account(), in, p.side(),
                    p.type() == OrderType.STOP ? p.stopPrice() : limit, p.quantity());
        }
        if (r != null) {
            log.reject(p, r);
            return;
        }
        Order o = orders.blank().init(orders.takeOrderId(), p.account(), p.clientOrderId(),
                groups.of(p.account()), in, p.side(), p.type(), p.timeInForce(), limit, p.quantity(),
                p.displayQuantity(), p.stopPrice(), p.protectionTicks(), p.expireAt(), p.postOnly(), false);
        orders.register(o);
        publishAccepted(o);
        if (o.held) {
            in.stops.hold(o);
        } else {
            router.work(in, o);
        }
    }

    void cancel(CancelOrder c) {
        Order o = orders.get(c.orderId());
        Rejection r = OrderChecks.ownership(o, c.orderId(), c.account());
        if (r != null) {
            log.reject(c, r);
            return;
        }
        orders.cancel(o, CancelReason.USER);
    }

    void amendPrice(AmendPrice a) {
        Order o = orders.get(a.orderId());
        Rejection r = OrderChecks.ownership(o, a.orderId(), a.account());
        if (r == null && o.held) {
            r = new Rejection(RejectReason.ORDER_NOT_AMENDABLE, "orderId: " + a.orderId()
                    + " is a held stop order; cancel it and enter a new one");
        }
        Instrument in = r == null ? o.instrument : null;
        if (r == null) {
            r = OrderChecks.tradingPeriod(in, a.timestamp());
        }
        if (r == null) {
            r = OrderChecks.sessionOpen(in);
        }
        if (r == null) {
            r = OrderChecks.limitPrice(in, "newPrice", a.newPrice());
        }
        if (r == null && o.postOnly && in.session == SessionState.CONTINUOUS && in.crosses(o.side, a.newPrice())) {
            r = OrderChecks.postOnlyWouldCross("newPrice", a.newPrice(), in, o.side);
        }
        if (r == null) {
            r = preTrade.amendment(o, a.newPrice());
        }
        if (r != null) {
            log.reject(a, in == null ? 0 : in.id, r);
            return;
        }
        publishAmended(o, a.newPrice(), o.open);
        if (in.session.isCallAuction()) {
            // The book's move would match; in an auction the order only changes its place.
            takeOutOfBook(in, o);
            o.price = a.newPrice();
            router.restInAuction(in, o, o.open);
        } else if (CircuitBreaker.wouldTradeOutsideBandFirst(in, o.side, a.newPrice())) {
            // The moved order would trade first against an order left outside the band.
            takeOutOfBook(in, o);
            o.price = a.newPrice();
            router.halt(in, o, o.open);
        } else if (o.restedWithoutStp && selfTradePrevention != SelfTradePrevention.NONE) {
            // The book's move would match it with no self-trade prevention: enter it again instead.
            takeOutOfBook(in, o);
            o.restedWithoutStp = false;
            o.price = a.newPrice();
            step.active = o;
            in.book.place(o.id, o.account, o.stpGroup, o.side, o.postOnly ? OrderKind.POST_ONLY : OrderKind.LIMIT,
                    o.price, o.open, o.displayQuantity, selfTradePrevention);
        } else {
            o.price = a.newPrice();
            step.active = o;
            in.book.move(o.id, o.account, a.newPrice());
        }
    }

    // Each event goes to the sink by its fields from a small method of its own (docs/ENGINE.md, Hot path).

    private void publishAccepted(Order o) {
        log.sink.onOrderAccepted(log.next(), log.now, o.id, o.account, o.clientOrderId, o.instrument.id, o.side,
                o.type, o.timeInForce, o.price, o.open, o.displayQuantity, o.stopPrice, o.expireAt, o.postOnly);
    }

    private void publishAmended(Order o, long price, long open) {
        log.sink.onOrderAmended(log.next(), log.now, o.id, o.account, o.instrument.id, price, open);
    }

    /** Removes a resting order from its book as part of an amendment: the order goes on working. */
    private void takeOutOfBook(Instrument in, Order o) {
        step.swallowRemoval = true;
        in.book.cancel(o.id, o.account);
        step.swallowRemoval = false;
    }

    void amendQuantity(AmendQuantity a) {
        Order o = orders.get(a.orderId());
        Rejection r = OrderChecks.ownership(o, a.orderId(), a.account());
        Instrument in = r == null ? o.instrument : null;
        if (r == null && in.session == SessionState.EXPIRED) {
            r = OrderChecks.sessionOpen(in);
        }
        if (r == null) {
            r = OrderChecks.quantity(in.spec, "newQuantity", a.newQuantity());
        }
        if (r == null && a.newQuantity() >= o.open) {
            r = new Rejection(RejectReason.QUANTITY_NOT_REDUCED, "newQuantity: " + a.newQuantity()
                    + " must be below the open quantity " + o.open);
        }
        if (r != null) {
            log.reject(a, in == null ? 0 : in.id, r);
            return;
        }
        long reduceBy = o.open - a.newQuantity();
        publishAmended(o, o.price, a.newQuantity());
        if (!o.held) {
            in.book.reduce(o.id, o.account, reduceBy);
        }
        o.open = a.newQuantity();
    }

    /** Cancels every working order of the account on one instrument or on all of them, in instrument order. */
    void massCancel(MassCancel m, Instrument[] instruments, LongMap<Instrument> byId) {
        Rejection r = OrderChecks.account(m.account());
        boolean all = m.instrumentId() == MassCancel.ALL_INSTRUMENTS;
        if (r == null && !all) {
            r = OrderChecks.instrument(byId.get(m.instrumentId()), m.instrumentId());
        }
        if (r != null) {
            log.reject(m, r);
            return;
        }
        for (Instrument in : instruments) {
            if (all || in.id == m.instrumentId()) {
                cancelAll(in, m.account(), CancelReason.MASS_CANCEL);
            }
        }
    }

    /** Cancels every working order of {@code account} on {@code in}, resting and held, for {@code reason}. */
    void cancelAll(Instrument in, long account, CancelReason reason) {
        step.cancelReason = reason;
        in.book.cancelAll(account);
        step.cancelReason = CancelReason.USER;
        List<Order> held = in.stops.heldBy(account);
        for (int i = 0; i < held.size(); i++) {
            orders.finish(held.get(i), held.get(i).open, reason);
        }
    }
}
