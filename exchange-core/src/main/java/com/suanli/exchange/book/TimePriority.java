package com.suanli.exchange.book;

/** Sorts resting orders by time priority in place (heapsort: no allocation, no comparator). */
final class TimePriority {
    private TimePriority() {
    }

    static void sort(RestingOrder[] orders, int n) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(orders, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            RestingOrder top = orders[0];
            orders[0] = orders[end];
            orders[end] = top;
            siftDown(orders, 0, end);
        }
    }

    private static void siftDown(RestingOrder[] orders, int i, int n) {
        RestingOrder item = orders[i];
        int at = i;
        while (true) {
            int child = 2 * at + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && orders[child + 1].sequence > orders[child].sequence) {
                child++;
            }
            if (orders[child].sequence <= item.sequence) {
                break;
            }
            orders[at] = orders[child];
            at = child;
        }
        orders[at] = item;
    }
}
