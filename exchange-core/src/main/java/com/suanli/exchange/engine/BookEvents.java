package com.suanli.exchange.engine;

import com.suanli.exchange.book.BookListener;
import com.suanli.exchange.book.RemovalReason;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.CancelReason;

/**
 * Turns one instrument's book outcomes into events and keeps the blotter and the market data
 * in step: fills, rests, removals and level changes.
 */
final class BookEvents implements BookListener {
    private final Instrument in;
    private final EventLog log;
    private final WorkingOrders orders;
    private final BookStep step;
    private final MarketDataPublisher marketData;

    BookEvents(Instrument in, EventLog log, WorkingOrders orders, BookStep step, MarketDataPublisher marketData) {
        this.in = in;
        this.log = log;
        this.orders = orders;
        this.step = step;
        this.marketData = marketData;
    }

    @Override
    public void trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount, Side takerSide,
                      long price, long quantity, long makerRemaining, long takerRemaining) {
        Order maker = orders.inBook(makerOrderId);
        Order taker = orders.inBook(takerOrderId);
        maker.open = makerRemaining;
        taker.open = takerRemaining;
        boolean takerBuys = takerSide == Side.BID;
        Order buy = takerBuys ? taker : maker;
        Order sell = takerBuys ? maker : taker;
        Aggressor aggressor = step.uncrossing ? Aggressor.AUCTION : takerBuys ? Aggressor.BUYER : Aggressor.SELLER;
        long tradeId = log.nextTradeId++;
        long tradeSequence = log.next();
        publishTrade(tradeSequence, tradeId, price, quantity, buy, sell, aggressor);
        marketData.trade(in, tradeSequence, tradeId, price, quantity, takerSide, aggressor);
        if (makerRemaining == 0) {
            orders.retire(maker);
        }
        if (takerRemaining == 0) {
            orders.retire(taker);
        }
    }

    /** Handed to the sink by its fields in a method of its own (docs/ENGINE.md, Hot path). */
    private void publishTrade(long tradeSequence, long tradeId, long price, long quantity, Order buy, Order sell,
                              Aggressor aggressor) {
        log.sink.onTradeExecuted(tradeSequence, log.now, tradeId, in.id, price, quantity, buy.id,
                buy.account, sell.id, sell.account, aggressor, buy.open, sell.open);
    }

    @Override
    public void rested(long orderId, long account, Side side, long price, long restingQuantity) {
        Order o = orders.inBook(orderId);
        o.price = price;
        log.sink.onOrderRested(log.next(), log.now, orderId, account, in.id, side, price, restingQuantity);
    }

    @Override
    public void removed(long orderId, long account, long quantity, RemovalReason reason, boolean wasResting) {
        if (step.swallowRemoval) {
            return;
        }
        Order o = orders.inBook(orderId);
        if (o == step.probe && reason == RemovalReason.IOC_REMAINDER) {
            step.probeRemainder = quantity;
            return;
        }
        orders.finish(o, quantity, cancelReasonOf(reason));
    }

    @Override
    public void levelChanged(Side side, long price, long quantity, int orderCount) {
        marketData.levelChanged(in, side, price, quantity, orderCount);
    }

    private CancelReason cancelReasonOf(RemovalReason reason) {
        switch (reason) {
            case CANCELLED:
                return step.cancelReason;
            case IOC_REMAINDER:
                return CancelReason.IOC_REMAINDER;
            case FOK_UNFILLED:
                return CancelReason.FOK_UNFILLED;
            case SELF_TRADE:
                return CancelReason.SELF_TRADE;
            default:
                // Post-only crossing is refused before acceptance and engine ids are unique.
                throw new IllegalStateException("the book removed an order for " + reason
                        + ", which the engine rules out before it reaches the book");
        }
    }
}
