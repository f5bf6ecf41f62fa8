package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.BestBidOfferChanged;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.OrderRested;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.ReferencePriceChanged;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.marketdata.BestBidOffer;
import com.suanli.exchange.marketdata.DepthBook;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds from the events alone what must hold after every command, and fails the moment it
 * does not: gap-free sequences; every order working until exactly one terminal event (filled
 * or cancelled) and silent after it, with quantities that add up; no trade through either order's
 * limit, auctions included; buy and sell fills equal per
 * instrument; every continuous trade against the head of the best opposite level of a shadow
 * book (price-time priority); no crossed book outside a call auction; depth events gap-free per
 * instrument and rebuilding the book's depth; the last published top of book equal to the book's;
 * no continuous trade priced outside the last announced price band (in either direction).
 */
final class InvariantChecker implements EventSink {
    /** Full cross-checks of the engine's working orders against the events, every this many commands. */
    private static final int DEEP_CHECK_EVERY = 5_000;

    private Engine engine;
    private final Map<Long, WorkingOrder> open = new HashMap<>();
    /** Per instrument: lots filled on finished buy orders and on finished sell orders. */
    private final Map<Integer, long[]> finishedFills = new HashMap<>();
    /** Shadow queues: instrument*2+side -> price -> order ids in time priority. */
    private final Map<Long, TreeMap<Long, LinkedHashSet<Long>>> shadow = new HashMap<>();
    private final Map<Long, Long> shadowPrice = new HashMap<>();
    /** Depth rebuilt from the depth events alone, per instrument. */
    private final Map<Integer, DepthBook> depth = new HashMap<>();
    private final Map<Integer, BestBidOfferChanged> lastTop = new HashMap<>();
    /** The price band last announced per instrument: no continuous trade may be priced outside it. */
    private final Map<Integer, long[]> bands = new HashMap<>();
    private long lastSequence;
    private long commands;
    private long trades;

    /** What the events say about one working order. */
    private static final class WorkingOrder {
        final int instrumentId;
        final Side side;
        final long original;
        long open;
        /** Taken away without trading: amended down or cancelled. */
        long removed;
        /** The limit the order may not trade through; 0 when the events do not tell (budget, stop market). */
        long limit;

        WorkingOrder(int instrumentId, Side side, long open, long limit) {
            this.instrumentId = instrumentId;
            this.side = side;
            this.original = open;
            this.open = open;
            this.limit = limit;
        }

        /** What the order has traded, by its own accounting rather than by summing trades. */
        long filled() {
            return original - open - removed;
        }
    }

    /** The engine whose state is cross-checked against the events. */
    void attach(Engine engine) {
        this.engine = engine;
    }

    long trades() {
        return trades;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        check(event.sequence() == lastSequence + 1, "sequence " + event.sequence() + " after " + lastSequence);
        lastSequence = event.sequence();
        if (event instanceof OrderAccepted a) {
            boolean limited = a.type() == OrderType.LIMIT || a.type() == OrderType.STOP_LIMIT
                    || a.type() == OrderType.MARKET;
            check(open.put(a.orderId(), new WorkingOrder(a.instrumentId(), a.side(), a.quantity(),
                    limited ? a.price() : 0)) == null,
                    "order " + a.orderId() + " accepted twice");
        } else if (event instanceof QuoteAccepted q) {
            if (q.bidOrderId() != 0) {
                open.put(q.bidOrderId(), new WorkingOrder(q.instrumentId(), Side.BID, q.bidQuantity(), q.bidPrice()));
            }
            if (q.askOrderId() != 0) {
                open.put(q.askOrderId(), new WorkingOrder(q.instrumentId(), Side.ASK, q.askQuantity(), q.askPrice()));
            }
        } else if (event instanceof TradeExecuted t) {
            trade(t);
        } else if (event instanceof ReferencePriceChanged r) {
            bands.put(r.instrumentId(), new long[] {r.bandLow(), r.bandHigh()});
        } else if (event instanceof OrderCancelled c) {
            WorkingOrder o = working(c.orderId());
            check(c.cancelledQuantity() == o.open, "order " + c.orderId() + " cancelled " + c.cancelledQuantity()
                    + " with " + o.open + " open");
            o.removed += o.open;
            o.open = 0;
            finish(c.orderId(), o);
        } else if (event instanceof OrderAmended a) {
            WorkingOrder o = working(a.orderId());
            check(a.openQuantity() <= o.open, "order " + a.orderId() + " amended up");
            o.removed += o.open - a.openQuantity();
            o.open = a.openQuantity();
            o.limit = a.price();
        } else if (event instanceof DepthChanged d) {
            DepthBook book = depth.computeIfAbsent(d.instrumentId(), DepthBook::new);
            check(d.depthSequence() == book.lastSeq() + 1, "depth sequence " + d.depthSequence() + " after "
                    + book.lastSeq() + " on instrument " + d.instrumentId());
            book.update(d.depthSequence(), d.side(), d.price(), d.quantity(), d.orderCount());
        } else if (event instanceof BestBidOfferChanged b) {
            lastTop.put(b.instrumentId(), b);
        } else if (event instanceof OrderRested r) {
            // A triggered stop market never rests; anything that rests does so at its limit.
            working(r.orderId()).limit = r.price();
            unqueue(r.orderId());
            queue(r.instrumentId(), r.side()).computeIfAbsent(r.price(), p -> new LinkedHashSet<>()).add(r.orderId());
            shadowPrice.put(r.orderId(), r.price());
        }
    }

    private void trade(TradeExecuted t) {
        trades++;
        WorkingOrder buy = working(t.buyOrderId());
        WorkingOrder sell = working(t.sellOrderId());
        check(buy.side == Side.BID && sell.side == Side.ASK, "trade " + t.tradeId() + " has its sides mixed up");
        check((buy.limit == 0 || t.price() <= buy.limit) && (sell.limit == 0 || t.price() >= sell.limit),
                "trade " + t.tradeId() + " at " + t.price() + " goes through a limit (buy " + buy.limit + ", sell "
                        + sell.limit + ")");
        check(t.quantity() > 0 && t.quantity() <= buy.open && t.quantity() <= sell.open,
                "trade " + t.tradeId() + " of " + t.quantity() + " exceeds what is open");
        long[] band = bands.get(t.instrumentId());
        check(t.aggressor() == Aggressor.AUCTION || band == null || t.price() >= band[0] && t.price() <= band[1],
                "trade " + t.tradeId() + " at " + t.price() + " is outside the price band "
                        + (band == null ? "" : band[0] + ".." + band[1]));
        if (t.aggressor() != Aggressor.AUCTION) {
            long maker = t.aggressor() == Aggressor.BUYER ? t.sellOrderId() : t.buyOrderId();
            Side makerSide = t.aggressor() == Aggressor.BUYER ? Side.ASK : Side.BID;
            TreeMap<Long, LinkedHashSet<Long>> levels = queue(t.instrumentId(), makerSide);
            check(!levels.isEmpty(), "trade " + t.tradeId() + " against an empty shadow side");
            Map.Entry<Long, LinkedHashSet<Long>> best = makerSide == Side.ASK ? levels.firstEntry() : levels.lastEntry();
            check(best.getKey() == t.price(), "trade " + t.tradeId() + " at " + t.price() + " but the best "
                    + makerSide + " is " + best.getKey());
            check(best.getValue().iterator().next() == maker, "trade " + t.tradeId() + " skipped the head of the "
                    + makerSide + " queue at " + t.price());
        }
        buy.open -= t.quantity();
        sell.open -= t.quantity();
        check(buy.open == t.buyRemaining() && sell.open == t.sellRemaining(),
                "trade " + t.tradeId() + " remaining quantities disagree with the events");
        finishIfFilled(t.buyOrderId(), buy);
        finishIfFilled(t.sellOrderId(), sell);
    }

    private void finishIfFilled(long orderId, WorkingOrder o) {
        if (o.open == 0) {
            finish(orderId, o);
        }
    }

    private void finish(long orderId, WorkingOrder o) {
        open.remove(orderId);
        unqueue(orderId);
        finishedFills.computeIfAbsent(o.instrumentId, k -> new long[2])[o.side.ordinal()] += o.filled();
    }

    @Override
    public void onCommandProcessed(Command command, long sequence) {
        commands++;
        check(sequence == lastSequence, "command ended at " + sequence + " but the last event was " + lastSequence);
        check(open.size() == engine.workingOrderCount(), "events leave " + open.size() + " orders working, the engine "
                + engine.workingOrderCount() + " after " + command);
        for (int id : engine.instrumentIds()) {
            BestBidOffer bbo = engine.bestBidOffer(id);
            check(engine.session(id).isCallAuction() || !bbo.isCrossed(), "instrument " + id + " crossed in "
                    + engine.session(id) + " after " + command);
            BestBidOfferChanged top = lastTop.get(id);
            long bid = top == null ? 0 : top.bidPrice();
            long ask = top == null ? 0 : top.askPrice();
            check(bid == (bbo.hasBid() ? bbo.bidPrice() : 0) && ask == (bbo.hasAsk() ? bbo.askPrice() : 0),
                    "the last published top of instrument " + id + " is not the book's after " + command);
        }
        if (commands % DEEP_CHECK_EVERY == 0) {
            deepCheck();
        }
    }

    /** The engine's books and working orders agree with each other and with the events. */
    void deepCheck() {
        engine.verifyIntegrity();
        for (Map.Entry<Long, WorkingOrder> e : open.entrySet()) {
            long engineOpen = engine.workingOrder(e.getKey()).orElseThrow(
                    () -> new AssertionError("order " + e.getKey() + " is working by the events only")).openQuantity();
            check(engineOpen == e.getValue().open, "order " + e.getKey() + " has " + engineOpen
                    + " open in the engine, " + e.getValue().open + " by the events");
        }
        for (Map.Entry<Integer, DepthBook> e : depth.entrySet()) {
            check(e.getValue().snapshot().equals(engine.depth(e.getKey(), Integer.MAX_VALUE)),
                    "depth rebuilt from the events differs from the book of instrument " + e.getKey());
        }
        Map<Integer, long[]> fills = new HashMap<>();
        finishedFills.forEach((id, sides) -> fills.put(id, sides.clone()));
        for (WorkingOrder o : open.values()) {
            fills.computeIfAbsent(o.instrumentId, k -> new long[2])[o.side.ordinal()] += o.filled();
        }
        fills.forEach((id, sides) -> check(sides[Side.BID.ordinal()] == sides[Side.ASK.ordinal()],
                "instrument " + id + ": buy orders filled " + sides[Side.BID.ordinal()] + " lots, sell orders "
                        + sides[Side.ASK.ordinal()]));
    }

    private WorkingOrder working(long orderId) {
        WorkingOrder o = open.get(orderId);
        check(o != null, "event for order " + orderId + " which is not working (never accepted, or already finished)");
        return o;
    }

    private TreeMap<Long, LinkedHashSet<Long>> queue(int instrumentId, Side side) {
        return shadow.computeIfAbsent(instrumentId * 2L + side.ordinal(), k -> new TreeMap<>());
    }

    private void unqueue(long orderId) {
        Long price = shadowPrice.remove(orderId);
        if (price == null) {
            return;
        }
        for (TreeMap<Long, LinkedHashSet<Long>> levels : shadow.values()) {
            LinkedHashSet<Long> level = levels.get(price);
            if (level != null && level.remove(orderId)) {
                if (level.isEmpty()) {
                    levels.remove(price);
                }
                return;
            }
        }
        throw new AssertionError("order " + orderId + " is not in the shadow book at " + price);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
