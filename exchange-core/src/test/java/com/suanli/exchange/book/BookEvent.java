package com.suanli.exchange.book;

/** One listener callback, as a value, so two books' outputs compare with {@code equals}. */
sealed interface BookEvent {

    record Trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount, Side takerSide,
                 long price, long quantity, long makerRemaining, long takerRemaining) implements BookEvent {
    }

    record Rested(long orderId, long account, Side side, long price, long restingQuantity) implements BookEvent {
    }

    record Removed(long orderId, long account, long quantity, RemovalReason reason, boolean wasResting)
            implements BookEvent {
    }

    record LevelChanged(Side side, long price, long quantity, int orderCount) implements BookEvent {
    }
}
