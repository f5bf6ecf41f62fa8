package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.QuoteSides;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;

import java.util.List;

/**
 * Market makers' two-sided quotes: each side a GTC limit order flagged as a quote side. A new
 * quote replaces the account's old one atomically; a mass quote does so on several instruments,
 * all or nothing.
 */
final class QuoteBook {
    private final EventLog log;
    private final WorkingOrders orders;
    private final OrderRouter router;
    private final PreTradeGate preTrade;
    private final EngineConfig config;
    private final LongMap<Instrument> byId;

    QuoteBook(EventLog log, WorkingOrders orders, OrderRouter router, PreTradeGate preTrade, EngineConfig config,
              LongMap<Instrument> byId) {
        this.log = log;
        this.orders = orders;
        this.router = router;
        this.preTrade = preTrade;
        this.config = config;
        this.byId = byId;
    }

    void quote(long account, List<QuoteSides> quotes, RejectedCommand command) {
        Rejection r = OrderChecks.account(account);
        int badInstrument = 0;
        if (r == null && quotes.isEmpty()) {
            r = new Rejection(RejectReason.QUOTE_EMPTY, "quotes: a mass quote needs at least one instrument");
        }
        for (int i = 0; r == null && i < quotes.size(); i++) {
            QuoteSides q = quotes.get(i);
            badInstrument = q.instrumentId();
            r = check(account, q);
            for (int j = 0; r == null && j < i; j++) {
                if (quotes.get(j).instrumentId() == q.instrumentId()) {
                    r = new Rejection(RejectReason.QUOTE_DUPLICATE_INSTRUMENT, "quotes: instrument " + q.instrumentId()
                            + " is quoted twice");
                }
            }
        }
        if (r != null) {
            log.reject(log.now, command, account, 0, badInstrument, 0, r);
            return;
        }
        for (QuoteSides q : quotes) {
            replace(byId.get(q.instrumentId()), account, q);
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
            r = checkSide(account, in, Side.BID, q.bidPrice(), q.bidQuantity());
        }
        if (r == null && q.hasAsk()) {
            r = checkSide(account, in, Side.ASK, q.askPrice(), q.askQuantity());
        }
        if (r == null && q.hasBid() && q.hasAsk() && q.bidPrice() >= q.askPrice()) {
            r = new Rejection(RejectReason.QUOTE_CROSSED, "bidPrice: " + q.bidPrice() + " must be below askPrice "
                    + q.askPrice());
        }
        return r;
    }

    private Rejection checkSide(long account, Instrument in, Side side, long price, long quantity) {
        String prefix = side == Side.BID ? "bid" : "ask";
        Rejection r = OrderChecks.quantity(in.spec, prefix + "Quantity", quantity);
        if (r == null) {
            r = OrderChecks.limitPrice(in, prefix + "Price", price);
        }
        return r == null ? preTrade.check(account, in, side, price, quantity) : r;
    }

    private void replace(Instrument in, long account, QuoteSides q) {
        QuoteSideIds previous = in.quotes.get(account);
        if (previous != null) {
            long oldBid = previous.bidOrderId;
            long oldAsk = previous.askOrderId;
            if (oldBid != 0) {
                orders.cancel(orders.get(oldBid), CancelReason.QUOTE_REPLACED);
            }
            if (oldAsk != 0) {
                orders.cancel(orders.get(oldAsk), CancelReason.QUOTE_REPLACED);
            }
        }
        long bidId = q.hasBid() ? orders.takeOrderId() : 0;
        long askId = q.hasAsk() ? orders.takeOrderId() : 0;
        log.sink.onEvent(new QuoteAccepted(log.next(), log.now, account, in.id, bidId, q.hasBid() ? q.bidPrice() : 0,
                q.bidQuantity(), askId, q.hasAsk() ? q.askPrice() : 0, q.askQuantity()));
        if (bidId == 0 && askId == 0) {
            return;
        }
        QuoteSideIds ids = in.quotes.computeIfAbsent(account, k -> new QuoteSideIds());
        ids.bidOrderId = bidId;
        ids.askOrderId = askId;
        Order bid = bidId == 0 ? null : sideOrder(bidId, account, in, Side.BID, q.bidPrice(), q.bidQuantity());
        Order ask = askId == 0 ? null : sideOrder(askId, account, in, Side.ASK, q.askPrice(), q.askQuantity());
        if (bid != null) {
            router.work(in, bid);
        }
        if (ask != null) {
            router.work(in, ask);
        }
    }

    private Order sideOrder(long id, long account, Instrument in, Side side, long price, long quantity) {
        Order o = orders.blank().init(id, account, 0, config.groupOf(account), in, side, OrderType.LIMIT,
                TimeInForce.GTC, price, quantity, 0, 0, 0, 0, false, true);
        orders.register(o);
        return o;
    }
}
