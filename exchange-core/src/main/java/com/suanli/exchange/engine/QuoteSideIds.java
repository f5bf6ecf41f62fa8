package com.suanli.exchange.engine;

/** The order ids of one account's live quote sides on one instrument; 0 for a side not quoted. */
final class QuoteSideIds {
    long bidOrderId;
    long askOrderId;

    boolean isEmpty() {
        return bidOrderId == 0 && askOrderId == 0;
    }

    void forget(long orderId) {
        if (bidOrderId == orderId) {
            bidOrderId = 0;
        }
        if (askOrderId == orderId) {
            askOrderId = 0;
        }
    }
}
