package com.suanli.bench.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CashReason;

/**
 * An {@link EventCounter} that reads the steady-state events by their fields
 * ({@link com.suanli.exchange.engine.event.EventsByField}), as a journal encoding them or a sink
 * forwarding them would: no record is made for them.
 */
final class FieldCounter extends EventCounter {

    @Override
    public void onOrderAccepted(long sequence, long timestamp, long orderId, long account, long clientOrderId,
                                int instrumentId, Side side, OrderType type, TimeInForce timeInForce, long price,
                                long quantity, long displayQuantity, long stopPrice, long expireAt, boolean postOnly) {
        events++;
        lastAcceptedId = orderId;
    }

    @Override
    public void onTradeExecuted(long sequence, long timestamp, long tradeId, int instrumentId, long price,
                                long quantity, long buyOrderId, long buyAccount, long sellOrderId, long sellAccount,
                                Aggressor aggressor, long buyRemaining, long sellRemaining) {
        events++;
        trades++;
    }

    @Override
    public void onOrderRested(long sequence, long timestamp, long orderId, long account, int instrumentId, Side side,
                              long price, long displayedQuantity) {
        events++;
    }

    @Override
    public void onOrderAmended(long sequence, long timestamp, long orderId, long account, int instrumentId,
                               long price, long openQuantity) {
        events++;
    }

    @Override
    public void onOrderCancelled(long sequence, long timestamp, long orderId, long account, int instrumentId,
                                 Side side, long cancelledQuantity, CancelReason reason, String message) {
        events++;
    }

    @Override
    public void onQuoteAccepted(long sequence, long timestamp, long account, int instrumentId, long bidOrderId,
                                long bidPrice, long bidQuantity, long askOrderId, long askPrice, long askQuantity) {
        events++;
    }

    @Override
    public void onTapePrint(long sequence, long timestamp, int instrumentId, long tradeId, long price, long quantity,
                            Aggressor aggressor) {
        events++;
    }

    @Override
    public void onDepthChanged(long sequence, long timestamp, int instrumentId, long depthSequence, Side side,
                               long price, long quantity, int orderCount) {
        events++;
    }

    @Override
    public void onBestBidOfferChanged(long sequence, long timestamp, int instrumentId, long bidPrice, long bidQuantity,
                                      long askPrice, long askQuantity) {
        events++;
    }

    @Override
    public void onMarginRequirementChanged(long sequence, long timestamp, long account, long maintenance,
                                           long initial) {
        events++;
    }

    @Override
    public void onPositionChanged(long sequence, long timestamp, long account, int instrumentId, long tradeId,
                                  long netLots, long openCost, long realisedPnl) {
        events++;
    }

    @Override
    public void onCashMoved(long sequence, long timestamp, long entryId, CashReason reason, long reference,
                            long debitAccount, long creditAccount, long amount, long debitBalance,
                            long creditBalance) {
        events++;
    }
}
