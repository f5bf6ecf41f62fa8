package com.suanli.exchange.engine.event;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;

/**
 * The events of the steady-state paths (orders accepted, rested, amended and cancelled, quotes,
 * trades, market data, and clearing's margin, position and cash events), handed to a sink as
 * their fields, in the order of the record's components. The engine publishes these events only
 * through these methods. Each one, unless overridden, builds the record and passes it to
 * {@link #onEvent}, so a sink that needs records (a journal keeping them, a UI queue) gets them
 * as before; a sink that only reads fields (counts, encodes, hashes, forwards) overrides the
 * methods of the events it reads and no record is made for them: the one way to publish these
 * events without allocating, since whether the JIT can remove a record handed to a sink depends
 * on how much it managed to inline. The arguments are valid only during the call. A sink that
 * overrides them must still take these events in {@link #onEvent} too: whatever stands between it
 * and the engine and takes records ({@link EventSink#both}, a fan-out, a journal reader) passes
 * them on as records.
 */
public interface EventsByField {

    /** Receives every event as a record; the methods below default to it. */
    void onEvent(ExchangeEvent event);

    default void onOrderAccepted(long sequence, long timestamp, long orderId, long account, long clientOrderId,
                                 int instrumentId, Side side, OrderType type, TimeInForce timeInForce, long price,
                                 long quantity, long displayQuantity, long stopPrice, long expireAt,
                                 boolean postOnly) {
        onEvent(new OrderAccepted(sequence, timestamp, orderId, account, clientOrderId, instrumentId, side, type,
                timeInForce, price, quantity, displayQuantity, stopPrice, expireAt, postOnly));
    }

    default void onOrderRested(long sequence, long timestamp, long orderId, long account, int instrumentId, Side side,
                               long price, long displayedQuantity) {
        onEvent(new OrderRested(sequence, timestamp, orderId, account, instrumentId, side, price, displayedQuantity));
    }

    default void onOrderAmended(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                long price, long openQuantity) {
        onEvent(new OrderAmended(sequence, timestamp, orderId, account, instrumentId, price, openQuantity));
    }

    default void onOrderCancelled(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                  Side side, long cancelledQuantity, CancelReason reason, String message) {
        onEvent(new OrderCancelled(sequence, timestamp, orderId, account, instrumentId, side, cancelledQuantity,
                reason, message));
    }

    default void onQuoteAccepted(long sequence, long timestamp, long account, int instrumentId, long bidOrderId,
                                 long bidPrice, long bidQuantity, long askOrderId, long askPrice, long askQuantity) {
        onEvent(new QuoteAccepted(sequence, timestamp, account, instrumentId, bidOrderId, bidPrice, bidQuantity,
                askOrderId, askPrice, askQuantity));
    }

    default void onTradeExecuted(long sequence, long timestamp, long tradeId, int instrumentId, long price,
                                 long quantity, long buyOrderId, long buyAccount, long sellOrderId, long sellAccount,
                                 Aggressor aggressor, long buyRemaining, long sellRemaining) {
        onEvent(new TradeExecuted(sequence, timestamp, tradeId, instrumentId, price, quantity, buyOrderId, buyAccount,
                sellOrderId, sellAccount, aggressor, buyRemaining, sellRemaining));
    }

    default void onTapePrint(long sequence, long timestamp, int instrumentId, long tradeId, long price, long quantity,
                             Aggressor aggressor) {
        onEvent(new TapePrint(sequence, timestamp, instrumentId, tradeId, price, quantity, aggressor));
    }

    default void onDepthChanged(long sequence, long timestamp, int instrumentId, long depthSequence, Side side,
                                long price, long quantity, int orderCount) {
        onEvent(new DepthChanged(sequence, timestamp, instrumentId, depthSequence, side, price, quantity, orderCount));
    }

    default void onBestBidOfferChanged(long sequence, long timestamp, int instrumentId, long bidPrice,
                                       long bidQuantity, long askPrice, long askQuantity) {
        onEvent(new BestBidOfferChanged(sequence, timestamp, instrumentId, bidPrice, bidQuantity, askPrice,
                askQuantity));
    }

    default void onMarginRequirementChanged(long sequence, long timestamp, long account, long maintenance,
                                            long initial) {
        onEvent(new MarginRequirementChanged(sequence, timestamp, account, maintenance, initial));
    }

    default void onPositionChanged(long sequence, long timestamp, long account, int instrumentId, long tradeId,
                                   long netLots, long openCost, long realisedPnl) {
        onEvent(new PositionChanged(sequence, timestamp, account, instrumentId, tradeId, netLots, openCost,
                realisedPnl));
    }

    default void onCashMoved(long sequence, long timestamp, long entryId, CashReason reason, long reference,
                             long debitAccount, long creditAccount, long amount, long debitBalance,
                             long creditBalance) {
        onEvent(new CashMoved(sequence, timestamp, entryId, reason, reference, debitAccount, creditAccount, amount,
                debitBalance, creditBalance));
    }
}
