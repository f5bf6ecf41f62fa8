package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingOutcome;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.OrderAmended;
import com.suanli.exchange.engine.event.OrderCancelled;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.ContractSpec;

/**
 * The seam between matching and clearing, on the sequencer thread. As the engine's sink it
 * passes every event on, then hands the clearing house what changed: lots working
 * ({@code OrderAccepted}, each side of a {@code QuoteAccepted}), fills ({@code TradeExecuted}) and
 * lots lost without a trade ({@code OrderCancelled}, a quantity amendment). The house publishes
 * its own events straight to the downstream sink, numbered by the engine's {@link EventLog}, so
 * they follow the engine event that caused them in the one gap-free stream. As the pre-trade
 * check it asks the plugged-in check, then the house's margin for the lots the order adds.
 *
 * <p>The engine refuses every order clearing would refuse before accepting it, so the house
 * refusing a hook is a wiring fault: counted (and the first kept) for the tests to prove there
 * are none, never thrown, since the engine is total.
 */
final class ClearingFeed implements EventSink, PreTradeCheck {
    private final EventSink sink;
    private final PreTradeCheck inner;
    private ClearingHouse house;
    private WorkingOrders orders;
    /** The account the exchange is closing out right now: its own orders pass, though it is in default. */
    private long closingOut;
    private long faults;
    private String firstFault = "";

    ClearingFeed(EventSink sink, PreTradeCheck inner) {
        this.sink = sink;
        this.inner = inner;
    }

    void attach(ClearingHouse house, WorkingOrders orders) {
        this.house = house;
        this.orders = orders;
    }

    /** Lets the exchange's closing orders for {@code account} through (0: none) while it is in default. */
    void closingOut(long account) {
        closingOut = account;
    }

    long faults() {
        return faults;
    }

    String firstFault() {
        return firstFault;
    }

    @Override
    public PreTradeVerdict check(long account, ContractSpec contract, Side side,
                                 long price, long quantity, long timestamp) {
        throw new IllegalStateException("the engine asks clearing with the whole order");
    }

    @Override
    public PreTradeVerdict check(PreTradeOrder order) {
        if (closingOut != 0 && order.account() == closingOut) {
            // The exchange's own closing order: margin and the member's limits do not apply to it.
            return PreTradeVerdict.ALLOW;
        }
        long defaultId = house.defaultId(order.account());
        if (defaultId != 0) {
            return PreTradeVerdict.refuse("account: " + order.account() + " is in default (default " + defaultId
                    + "): the exchange is closing its positions and it may not trade until the default is resolved");
        }
        PreTradeVerdict verdict = inner.check(order);
        if (verdict == null || !verdict.allowed()) {
            return verdict;
        }
        ClearingOutcome outcome = clearingCheck(order);
        return outcome.accepted() ? PreTradeVerdict.ALLOW : PreTradeVerdict.refuse(outcome.message());
    }

    /** The order's terms against the account's limits, then margin, position and credit limits, then spot risk. */
    private ClearingOutcome clearingCheck(PreTradeOrder order) {
        long account = order.account();
        int instrumentId = order.contract().instrumentId();
        boolean opens = order.purpose() == PreTradeOrder.Purpose.NEW_ORDER;
        boolean sized = opens || order.purpose() == PreTradeOrder.Purpose.QUOTE_REPLACEMENT;
        ClearingOutcome outcome = house.checkOrderTerms(account, instrumentId, collarPrice(order),
                sized ? order.quantity() : 0, opens ? orders.clientOrderCount(account) + 1L : 0);
        long added = order.addedQuantity();
        if (outcome.accepted() && order.purpose() == PreTradeOrder.Purpose.QUOTE_REPLACEMENT) {
            outcome = checkQuote(order);
        } else if (outcome.accepted() && added > 0) {
            // Fewer or the same lots: what is working already passed the margin and position checks.
            outcome = house.checkOrder(account, instrumentId, order.side(), added);
        }
        if (outcome.accepted()) {
            long notional = order.isBudget() ? order.budget() : order.price() * order.quantity();
            outcome = house.checkSpotOrder(order.timestamp(), account, instrumentId, order.side(),
                    opens ? 0 : order.orderId(), notional, order.quantity(), added);
        }
        return outcome;
    }

    /**
     * A quote's two sides are one change of the account's exposure: its bid side (its ask, when it
     * quotes no bid) has the position limits, margin and credit judge both sides' lots at once,
     * the old sides' open lots given back. A quote that adds no lots on either side needs nothing.
     */
    private ClearingOutcome checkQuote(PreTradeOrder side) {
        if (side.side() == Side.ASK && side.otherSideQuoted()) {
            return ClearingOutcome.ACCEPTED;
        }
        long moreBuys = side.side() == Side.BID ? side.addedQuantity() : side.otherSideAdded();
        long moreSells = side.side() == Side.ASK ? side.addedQuantity() : side.otherSideAdded();
        if (moreBuys <= 0 && moreSells <= 0) {
            return ClearingOutcome.ACCEPTED;
        }
        return house.checkQuote(side.account(), side.contract().instrumentId(), moreBuys, moreSells);
    }

    /**
     * The limit price the collar judges: a limit order's or quote side's, and a stop limit's once
     * it triggers; none (0) for a market order, whose protected limit the price band bounds, a
     * budget order, and a held stop, which is meant to lie away from the market.
     */
    private static long collarPrice(PreTradeOrder order) {
        OrderType type = order.type();
        boolean collared = type == OrderType.LIMIT
                || type == OrderType.STOP_LIMIT && order.purpose() == PreTradeOrder.Purpose.TRIGGERED_STOP;
        return collared ? order.price() : 0;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        sink.onEvent(event);
        if (event instanceof OrderAccepted a) {
            hooked(house.orderWorking(a.timestamp(), a.account(), a.instrumentId(), a.side(), a.quantity()));
            if (a.side() == Side.BID) {
                house.spotBuyWorking(a.orderId(), a.account(), a.instrumentId(), reservedPrice(a), a.quantity());
            }
        } else if (event instanceof QuoteAccepted q) {
            if (q.bidOrderId() != 0) {
                hooked(house.orderWorking(q.timestamp(), q.account(), q.instrumentId(), Side.BID, q.bidQuantity()));
                house.spotBuyWorking(q.bidOrderId(), q.account(), q.instrumentId(), q.bidPrice(), q.bidQuantity());
            }
            if (q.askOrderId() != 0) {
                hooked(house.orderWorking(q.timestamp(), q.account(), q.instrumentId(), Side.ASK, q.askQuantity()));
            }
        } else if (event instanceof TradeExecuted t) {
            hooked(house.clearTrade(t.timestamp(), t.tradeId(), t.instrumentId(), t.price(), t.quantity(),
                    t.buyAccount(), t.sellAccount(), t.aggressor()));
            house.spotBuyReduced(t.buyOrderId(), t.quantity());
        } else if (event instanceof OrderCancelled c) {
            if (c.cancelledQuantity() > 0) {
                hooked(house.orderReduced(c.timestamp(), c.account(), c.instrumentId(), c.side(),
                        c.cancelledQuantity()));
                house.spotBuyReduced(c.orderId(), c.cancelledQuantity());
            }
        } else if (event instanceof OrderAmended a) {
            // Published before the order takes its new quantity: the order still has the old one.
            Order o = orders.get(a.orderId());
            long cut = o.open - a.openQuantity();
            if (cut > 0) {
                hooked(house.orderReduced(a.timestamp(), a.account(), a.instrumentId(), o.side, cut));
                house.spotBuyReduced(a.orderId(), cut);
            }
            if (a.price() != o.price && o.side == Side.BID) {
                house.spotBuyRepriced(a.orderId(), a.instrumentId(), a.price());
            }
        }
    }

    /**
     * The price per lot a buy holds back while it works, as it was checked: its limit (a market
     * order's protected limit), a stop market's stop price, a budget order's budget spread over
     * its lots (rounded up).
     */
    private static long reservedPrice(OrderAccepted a) {
        if (a.type() == OrderType.STOP) {
            return a.stopPrice();
        }
        return a.type() == OrderType.BUDGET ? -Math.floorDiv(-a.price(), Math.max(a.quantity(), 1)) : a.price();
    }

    @Override
    public void onCommandProcessed(Command command, long lastSequence) {
        sink.onCommandProcessed(command, lastSequence);
    }

    private void hooked(ClearingOutcome outcome) {
        if (!outcome.accepted()) {
            if (faults++ == 0) {
                firstFault = outcome.reason() + ": " + outcome.message();
            }
        }
    }
}
