package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.ClearingHouse;
import com.suanli.exchange.clearing.ClearingOutcome;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.listing.ContractSpec;

/**
 * The seam between matching and clearing, on the sequencer thread. As the engine's sink it
 * passes every event on, then hands the clearing house what changed: lots working
 * ({@code OrderAccepted}, each side of a {@code QuoteAccepted}), fills ({@code TradeExecuted}) and
 * lots lost without a trade ({@code OrderCancelled}, a quantity amendment). Those events and the
 * market data come by their fields and go on by their fields ({@code EventsByField}), so that no
 * record is made for a downstream sink that reads fields only. The house publishes
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
    }

    /** The records it would build pass straight on, so only when the sink takes them. */
    @Override
    public boolean wantsRecords() {
        return sink.wantsRecords();
    }

    // The events clearing reads come by their fields (EventsByField), the others are passed on as they came.

    @Override
    public void onOrderAccepted(long sequence, long timestamp, long orderId, long account, long clientOrderId,
                                int instrumentId, Side side, OrderType type, TimeInForce timeInForce, long price,
                                long quantity, long displayQuantity, long stopPrice, long expireAt, boolean postOnly) {
        sink.onOrderAccepted(sequence, timestamp, orderId, account, clientOrderId, instrumentId, side, type,
                timeInForce, price, quantity, displayQuantity, stopPrice, expireAt, postOnly);
        hooked(house.orderWorking(timestamp, account, instrumentId, side, quantity));
        Order o = orders.get(orderId);
        if (o != null) {
            o.clearingPosition = house.positionHandle(account, instrumentId);
        }
        if (side == Side.BID) {
            house.spotBuyWorking(orderId, account, instrumentId, reservedPrice(type, price, quantity, stopPrice),
                    quantity);
        }
    }

    @Override
    public void onQuoteAccepted(long sequence, long timestamp, long account, int instrumentId, long bidOrderId,
                                long bidPrice, long bidQuantity, long askOrderId, long askPrice, long askQuantity) {
        sink.onQuoteAccepted(sequence, timestamp, account, instrumentId, bidOrderId, bidPrice, bidQuantity,
                askOrderId, askPrice, askQuantity);
        if (bidOrderId != 0) {
            hooked(house.orderWorking(timestamp, account, instrumentId, Side.BID, bidQuantity));
            house.spotBuyWorking(bidOrderId, account, instrumentId, bidPrice, bidQuantity);
        }
        if (askOrderId != 0) {
            hooked(house.orderWorking(timestamp, account, instrumentId, Side.ASK, askQuantity));
        }
    }

    @Override
    public void onTradeExecuted(long sequence, long timestamp, long tradeId, int instrumentId, long price,
                                long quantity, long buyOrderId, long buyAccount, long sellOrderId, long sellAccount,
                                Aggressor aggressor, long buyRemaining, long sellRemaining) {
        sink.onTradeExecuted(sequence, timestamp, tradeId, instrumentId, price, quantity, buyOrderId, buyAccount,
                sellOrderId, sellAccount, aggressor, buyRemaining, sellRemaining);
        hooked(house.clearTrade(timestamp, tradeId, instrumentId, price, quantity, buyAccount, sellAccount,
                aggressor, position(buyOrderId), position(sellOrderId)));
        house.spotBuyReduced(buyOrderId, quantity);
    }

    @Override
    public void onOrderCancelled(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                 Side side, long cancelledQuantity, CancelReason reason, String message) {
        sink.onOrderCancelled(sequence, timestamp, orderId, account, instrumentId, side, cancelledQuantity, reason,
                message);
        if (cancelledQuantity > 0) {
            hooked(house.orderReduced(timestamp, account, instrumentId, side, cancelledQuantity, position(orderId)));
            house.spotBuyReduced(orderId, cancelledQuantity);
        }
    }

    @Override
    public void onOrderAmended(long sequence, long timestamp, long orderId, long account, int instrumentId,
                               long price, long openQuantity) {
        sink.onOrderAmended(sequence, timestamp, orderId, account, instrumentId, price, openQuantity);
        // Published before the order takes its new quantity: the order still has the old one.
        Order o = orders.get(orderId);
        long cut = o.open - openQuantity;
        if (cut > 0) {
            hooked(house.orderReduced(timestamp, account, instrumentId, o.side, cut, o.clearingPosition));
            house.spotBuyReduced(orderId, cut);
        }
        if (price != o.price && o.side == Side.BID) {
            house.spotBuyRepriced(orderId, instrumentId, price);
        }
    }

    @Override
    public void onOrderRested(long sequence, long timestamp, long orderId, long account, int instrumentId, Side side,
                              long price, long displayedQuantity) {
        sink.onOrderRested(sequence, timestamp, orderId, account, instrumentId, side, price, displayedQuantity);
    }

    @Override
    public void onTapePrint(long sequence, long timestamp, int instrumentId, long tradeId, long price, long quantity,
                            Aggressor aggressor) {
        sink.onTapePrint(sequence, timestamp, instrumentId, tradeId, price, quantity, aggressor);
    }

    @Override
    public void onDepthChanged(long sequence, long timestamp, int instrumentId, long depthSequence, Side side,
                               long price, long quantity, int orderCount) {
        sink.onDepthChanged(sequence, timestamp, instrumentId, depthSequence, side, price, quantity, orderCount);
    }

    @Override
    public void onBestBidOfferChanged(long sequence, long timestamp, int instrumentId, long bidPrice, long bidQuantity,
                                      long askPrice, long askQuantity) {
        sink.onBestBidOfferChanged(sequence, timestamp, instrumentId, bidPrice, bidQuantity, askPrice, askQuantity);
    }

    /**
     * The price per lot a buy holds back while it works, as it was checked: its limit (a market
     * order's protected limit), a stop market's stop price, a budget order's budget spread over
     * its lots (rounded up).
     */
    private static long reservedPrice(OrderType type, long price, long quantity, long stopPrice) {
        if (type == OrderType.STOP) {
            return stopPrice;
        }
        return type == OrderType.BUDGET ? -Math.floorDiv(-price, Math.max(quantity, 1)) : price;
    }

    @Override
    public void onCommandProcessed(Command command, long lastSequence) {
        sink.onCommandProcessed(command, lastSequence);
    }

    /** The position handle the working order was given at acceptance, or none (a quote side, a restored order). */
    private int position(long orderId) {
        Order o = orders.get(orderId);
        return o == null ? ClearingHouse.NO_POSITION : o.clearingPosition;
    }

    private void hooked(ClearingOutcome outcome) {
        if (!outcome.accepted()) {
            if (faults++ == 0) {
                firstFault = outcome.reason() + ": " + outcome.message();
            }
        }
    }
}
