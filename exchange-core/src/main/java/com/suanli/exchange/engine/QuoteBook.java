package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.RejectReason;

import java.util.List;

/**
 * Market makers' two-sided quotes: each side a GTC limit order flagged as a quote side. A new
 * quote replaces the account's old one atomically; a mass quote does so on several instruments,
 * all or nothing: every side of every instrument is checked before any quote changes. A quote
 * replaced in steady state allocates nothing here: the account's entry in the instrument's
 * index is reused.
 */
final class QuoteBook {
    private final EventLog log;
    private final WorkingOrders orders;
    private final OrderRouter router;
    private final PreTradeGate preTrade;
    private final SelfTradeGroups groups;
    private final LongMap<Instrument> byId;

    QuoteBook(EventLog log, WorkingOrders orders, OrderRouter router, PreTradeGate preTrade, SelfTradeGroups groups,
              LongMap<Instrument> byId) {
        this.log = log;
        this.orders = orders;
        this.router = router;
        this.preTrade = preTrade;
        this.groups = groups;
        this.byId = byId;
    }

    void quote(Quote q) {
        Rejection r = OrderChecks.account(q.account());
        if (r == null) {
            r = check(q.account(), q.sides());
        }
        if (r != null) {
            log.reject(q, r);
            return;
        }
        replace(byId.get(q.sides().instrumentId()), q.account(), q.sides());
    }

    void massQuote(MassQuote m) {
        List<QuoteSides> quotes = m.quotes();
        Rejection r = OrderChecks.account(m.account());
        if (r == null && quotes.isEmpty()) {
            r = new Rejection(RejectReason.QUOTE_EMPTY, "quotes: a mass quote needs at least one instrument");
        }
        int refusedInstrument = 0;
        for (int i = 0; r == null && i < quotes.size(); i++) {
            QuoteSides q = quotes.get(i);
            r = check(m.account(), q);
            for (int j = 0; r == null && j < i; j++) {
                if (quotes.get(j).instrumentId() == q.instrumentId()) {
                    r = new Rejection(RejectReason.QUOTE_DUPLICATE_INSTRUMENT, "quotes: instrument " + q.instrumentId()
                            + " is quoted twice");
                }
            }
            if (r != null) {
                refusedInstrument = q.instrumentId();
            }
        }
        if (r != null) {
            log.reject(m, refusedInstrument, r);
            return;
        }
        for (int i = 0; i < quotes.size(); i++) {
            QuoteSides q = quotes.get(i);
            replace(byId.get(q.instrumentId()), m.account(), q);
        }
    }

    private Rejection check(long account, QuoteSides q) {
        Instrument in = byId.get(q.instrumentId());
        Rejection r = OrderChecks.instrument(in, q.instrumentId());
        if (r == null) {
            r = OrderChecks.tradingPeriod(in, log.now);
        }
        if (r == null) {
            r = OrderChecks.sessionOpen(in);
        }
        if (r == null && q.hasBid()) {
            r = checkSide(account, in, q, Side.BID, "bidPrice", q.bidPrice(), "bidQuantity", q.bidQuantity());
        }
        if (r == null && q.hasAsk()) {
            r = checkSide(account, in, q, Side.ASK, "askPrice", q.askPrice(), "askQuantity", q.askQuantity());
        }
        if (r == null && q.hasBid() && q.hasAsk() && q.bidPrice() >= q.askPrice()) {
            r = new Rejection(RejectReason.QUOTE_CROSSED, "bidPrice: " + q.bidPrice() + " must be below askPrice "
                    + q.askPrice());
        }
        return r;
    }

    /**
     * One side of quote {@code q}: its own terms, then the pre-trade check, told also what the
     * quote's other side adds, so that margin and credit judge the two sides as one change.
     */
    private Rejection checkSide(long account, Instrument in, QuoteSides q, Side side, String priceField, long price,
                                String quantityField, long quantity) {
        Rejection r = OrderChecks.quantity(in.spec, quantityField, quantity);
        if (r == null) {
            r = OrderChecks.limitPrice(in, priceField, price);
        }
        if (r != null) {
            return r;
        }
        QuoteSideIds live = in.quotes.get(account);
        boolean otherQuoted = side == Side.BID ? q.hasAsk() : q.hasBid();
        long otherQuantity = !otherQuoted ? 0 : side == Side.BID ? q.askQuantity() : q.bidQuantity();
        Order otherReplaced = liveSide(live, side == Side.BID ? Side.ASK : Side.BID);
        long otherAdded = otherQuantity - (otherReplaced == null ? 0 : otherReplaced.open);
        return preTrade.quoteSide(account, in, side, price, quantity, liveSide(live, side), otherQuoted, otherAdded);
    }

    /** The account's live quote side on {@code side}, or null. */
    private Order liveSide(QuoteSideIds live, Side side) {
        long id = live == null ? 0 : side == Side.BID ? live.bidOrderId : live.askOrderId;
        return id == 0 ? null : orders.get(id);
    }

    private void replace(Instrument in, long account, QuoteSides q) {
        QuoteSideIds old = in.quotes.get(account);
        if (old != null) {
            // Retiring the old sides takes the emptied entry out of the index, to be reused below.
            cancelSides(old.bidOrderId, old.askOrderId);
        }
        long bidId = q.hasBid() ? orders.takeOrderId() : 0;
        long askId = q.hasAsk() ? orders.takeOrderId() : 0;
        publishAccepted(in, account, q, bidId, askId);
        if (bidId == 0 && askId == 0) {
            return;
        }
        QuoteSideIds ids = orders.quoteEntry(account);
        ids.bidOrderId = bidId;
        ids.askOrderId = askId;
        in.quotes.put(account, ids);
        Order bid = bidId == 0 ? null : sideOrder(bidId, account, in, Side.BID, q.bidPrice(), q.bidQuantity());
        Order ask = askId == 0 ? null : sideOrder(askId, account, in, Side.ASK, q.askPrice(), q.askQuantity());
        if (bid != null) {
            router.work(in, bid);
        }
        if (ask != null) {
            router.work(in, ask);
        }
    }

    /** Handed to the sink by its fields in a method of its own (docs/ENGINE.md, Hot path). */
    private void publishAccepted(Instrument in, long account, QuoteSides q, long bidId, long askId) {
        log.sink.onQuoteAccepted(log.next(), log.now, account, in.id, bidId, q.hasBid() ? q.bidPrice() : 0,
                q.bidQuantity(), askId, q.hasAsk() ? q.askPrice() : 0, q.askQuantity());
    }

    /**
     * Cancels the old sides (0 for a side not quoted) through one call site, so the JIT inlines the
     * cancellation once: inlined twice, it used up the budget that removes the quote's event record.
     */
    private void cancelSides(long bidOrderId, long askOrderId) {
        for (int side = 0; side < 2; side++) {
            long orderId = side == 0 ? bidOrderId : askOrderId;
            if (orderId != 0) {
                orders.cancel(orders.get(orderId), CancelReason.QUOTE_REPLACED);
            }
        }
    }

    private Order sideOrder(long id, long account, Instrument in, Side side, long price, long quantity) {
        Order o = orders.blank().init(id, account, 0, groups.of(account), in, side, OrderType.LIMIT,
                TimeInForce.GTC, price, quantity, 0, 0, 0, 0, false, true);
        orders.register(o);
        return o;
    }
}
