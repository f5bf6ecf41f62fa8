package com.suanli.exchange.book;

import java.util.ArrayList;
import java.util.List;

/** Keeps every callback in order; {@link #drain()} hands them over and starts afresh. */
final class RecordingListener implements BookListener {
    private final List<BookEvent> events = new ArrayList<>();

    @Override
    public void trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount,
                      Side takerSide, long price, long quantity, long makerRemaining, long takerRemaining) {
        events.add(new BookEvent.Trade(makerOrderId, makerAccount, takerOrderId, takerAccount, takerSide, price,
                quantity, makerRemaining, takerRemaining));
    }

    @Override
    public void rested(long orderId, long account, Side side, long price, long restingQuantity) {
        events.add(new BookEvent.Rested(orderId, account, side, price, restingQuantity));
    }

    @Override
    public void removed(long orderId, long account, long quantity, RemovalReason reason, boolean wasResting) {
        events.add(new BookEvent.Removed(orderId, account, quantity, reason, wasResting));
    }

    @Override
    public void levelChanged(Side side, long price, long quantity, int orderCount) {
        events.add(new BookEvent.LevelChanged(side, price, quantity, orderCount));
    }

    List<BookEvent> drain() {
        List<BookEvent> out = new ArrayList<>(events);
        events.clear();
        return out;
    }
}
