package com.suanli.exchange.book;

/**
 * Cost arithmetic for budget fill-or-kill orders. It saturates at {@link Long#MAX_VALUE}
 * instead of wrapping, so a cost too large to count still compares as too large for any
 * bid budget and as enough for any ask budget.
 */
final class Budget {
    private Budget() {
    }

    static long times(long price, long quantity) {
        long high = Math.multiplyHigh(price, quantity);
        long low = price * quantity;
        if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
            return low;
        }
        return (price < 0) == (quantity < 0) ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    static long add(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }
}
