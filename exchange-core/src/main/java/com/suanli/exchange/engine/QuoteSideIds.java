package com.suanli.exchange.engine;

/**
 * The order ids of one account's live quote sides on one instrument; 0 for a side not quoted.
 * An entry both of whose sides have finished leaves the quote index and is kept for the next
 * quote that needs one ({@link WorkingOrders#quoteEntry}), so requoting allocates nothing.
 */
final class QuoteSideIds {
    long account;
    long bidOrderId;
    long askOrderId;

    QuoteSideIds(long account) {
        this.account = account;
    }

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

    long stateHash() {
        return StateHash.mix(StateHash.mix(account, bidOrderId), askOrderId);
    }
}
