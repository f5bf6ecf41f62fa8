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
 * them on as records. A sink that takes records only while someone downstream reads them (a member's,
 * whose fan-out has no subscriber most of the time) says so in {@link #wantsRecords}: no record is then made
 * for these events at all.
 */
public interface EventsByField {

    /** Receives every event as a record; the methods below default to it. */
    void onEvent(ExchangeEvent event);

    /**
     * Whether the methods below, where not overridden, build their event's record for {@link #onEvent} now; when
     * false they drop the event. Asked once an event, so it may change between commands.
     */
    default boolean wantsRecords() {
        return true;
    }

    default void onOrderAccepted(long sequence, long timestamp, long orderId, long account, long clientOrderId,
                                 int instrumentId, Side side, OrderType type, TimeInForce timeInForce, long price,
                                 long quantity, long displayQuantity, long stopPrice, long expireAt,
                                 boolean postOnly) {
        if (wantsRecords()) {
            onEvent(new OrderAccepted(sequence, timestamp, orderId, account, clientOrderId, instrumentId, side, type,
                    timeInForce, price, quantity, displayQuantity, stopPrice, expireAt, postOnly));
        }
    }

    default void onOrderRested(long sequence, long timestamp, long orderId, long account, int instrumentId, Side side,
                               long price, long displayedQuantity) {
        if (wantsRecords()) {
            onEvent(new OrderRested(sequence, timestamp, orderId, account, instrumentId, side, price,
                    displayedQuantity));
        }
    }

    default void onOrderAmended(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                long price, long openQuantity) {
        if (wantsRecords()) {
            onEvent(new OrderAmended(sequence, timestamp, orderId, account, instrumentId, price, openQuantity));
        }
    }

    default void onOrderCancelled(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                  Side side, long cancelledQuantity, CancelReason reason, String message) {
        if (wantsRecords()) {
            onEvent(new OrderCancelled(sequence, timestamp, orderId, account, instrumentId, side, cancelledQuantity,
                    reason, message));
        }
    }

    default void onQuoteAccepted(long sequence, long timestamp, long account, int instrumentId, long bidOrderId,
                                 long bidPrice, long bidQuantity, long askOrderId, long askPrice, long askQuantity) {
        if (wantsRecords()) {
            onEvent(new QuoteAccepted(sequence, timestamp, account, instrumentId, bidOrderId, bidPrice, bidQuantity,
                    askOrderId, askPrice, askQuantity));
        }
    }

    default void onTradeExecuted(long sequence, long timestamp, long tradeId, int instrumentId, long price,
                                 long quantity, long buyOrderId, long buyAccount, long sellOrderId, long sellAccount,
                                 Aggressor aggressor, long buyRemaining, long sellRemaining) {
        if (wantsRecords()) {
            onEvent(new TradeExecuted(sequence, timestamp, tradeId, instrumentId, price, quantity, buyOrderId,
                    buyAccount, sellOrderId, sellAccount, aggressor, buyRemaining, sellRemaining));
        }
    }

    default void onTapePrint(long sequence, long timestamp, int instrumentId, long tradeId, long price, long quantity,
                             Aggressor aggressor) {
        if (wantsRecords()) {
            onEvent(new TapePrint(sequence, timestamp, instrumentId, tradeId, price, quantity, aggressor));
        }
    }

    default void onDepthChanged(long sequence, long timestamp, int instrumentId, long depthSequence, Side side,
                                long price, long quantity, int orderCount) {
        if (wantsRecords()) {
            onEvent(new DepthChanged(sequence, timestamp, instrumentId, depthSequence, side, price, quantity,
                    orderCount));
        }
    }

    default void onBestBidOfferChanged(long sequence, long timestamp, int instrumentId, long bidPrice,
                                       long bidQuantity, long askPrice, long askQuantity) {
        if (wantsRecords()) {
            onEvent(new BestBidOfferChanged(sequence, timestamp, instrumentId, bidPrice, bidQuantity, askPrice,
                    askQuantity));
        }
    }

    default void onMarginRequirementChanged(long sequence, long timestamp, long account, long maintenance,
                                            long initial) {
        if (wantsRecords()) {
            onEvent(new MarginRequirementChanged(sequence, timestamp, account, maintenance, initial));
        }
    }

    default void onPositionChanged(long sequence, long timestamp, long account, int instrumentId, long tradeId,
                                   long netLots, long openCost, long realisedPnl) {
        if (wantsRecords()) {
            onEvent(new PositionChanged(sequence, timestamp, account, instrumentId, tradeId, netLots, openCost,
                    realisedPnl));
        }
    }

    default void onCashMoved(long sequence, long timestamp, long entryId, CashReason reason, long reference,
                             long debitAccount, long creditAccount, long amount, long debitBalance,
                             long creditBalance) {
        if (wantsRecords()) {
            onEvent(new CashMoved(sequence, timestamp, entryId, reason, reference, debitAccount, creditAccount, amount,
                    debitBalance, creditBalance));
        }
    }
}
