package com.suanli.exchange.book;

/** The checks every book makes on an incoming order before anything changes. */
final class OrderArguments {
    private OrderArguments() {
    }

    static void requireValid(Side side, OrderKind kind, long quantity, long displayQuantity, SelfTradePrevention stp) {
        if (side == null) {
            throw new IllegalArgumentException("side: must not be null");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind: must not be null");
        }
        if (stp == null) {
            throw new IllegalArgumentException("stp: must not be null (use SelfTradePrevention.NONE)");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity: must be positive, was " + quantity);
        }
        if (displayQuantity < 0) {
            throw new IllegalArgumentException("displayQuantity: must not be negative, was " + displayQuantity);
        }
    }
}
