package com.suanli.exchange.book;

/**
 * Receives every outcome of a book operation, in the order it happens. Called on the
 * matching thread; implementations must not call back into the book.
 */
public interface BookListener {

    /** A resting (maker) order traded {@code quantity} at {@code price} with an aggressor (taker). */
    void trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount,
               Side takerSide, long price, long quantity, long makerRemaining, long takerRemaining);

    /** An order (or its remainder, or a refreshed iceberg slice) now rests at {@code price}. */
    void rested(long orderId, long account, Side side, long price, long restingQuantity);

    /**
     * An order or a remainder left without trading: cancelled by its owner, or refused by
     * the book ({@link RemovalReason}). {@code quantity} is what was not filled.
     */
    void removed(long orderId, long account, long quantity, RemovalReason reason, boolean wasResting);

    /** The aggregated (displayed) quantity at a price level changed; 0 orders means the level is gone. */
    void levelChanged(Side side, long price, long quantity, int orderCount);

    /** A listener that ignores everything, for the bare matching step. */
    BookListener NONE = new BookListener() {
        @Override
        public void trade(long makerOrderId, long makerAccount, long takerOrderId, long takerAccount,
                          Side takerSide, long price, long quantity, long makerRemaining, long takerRemaining) {
        }

        @Override
        public void rested(long orderId, long account, Side side, long price, long restingQuantity) {
        }

        @Override
        public void removed(long orderId, long account, long quantity, RemovalReason reason, boolean wasResting) {
        }

        @Override
        public void levelChanged(Side side, long price, long quantity, int orderCount) {
        }
    };
}
