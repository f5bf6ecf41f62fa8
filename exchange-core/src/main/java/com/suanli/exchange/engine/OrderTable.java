package com.suanli.exchange.engine;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The working orders by exchange order id. Ids are handed out in sequence, so an order's slot
 * is found by arithmetic, not hashing: pages of {@value #PAGE_SIZE} slots under a growable
 * directory. A page is dropped once every order on it has finished and the id sequence has
 * moved past it, so memory follows the working orders, not every order ever placed. Up to
 * {@value #SPARE_PAGES} pages dropped are kept (empty) for the next pages needed, so the steady
 * state allocates none: pages are dropped as the last of their orders happen to finish, which
 * with long-lived orders among many comes in bursts, several pages at once and then none for a
 * while (with 10,000 accounts and 200 instruments, two spares left a new page every few
 * thousand orders), while new pages are needed at a steady one per {@value #PAGE_SIZE} orders.
 * Iteration is in id order (acceptance order).
 */
final class OrderTable {
    private static final int PAGE_BITS = 12;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    private static final int SLOT_MASK = PAGE_SIZE - 1;
    private static final int SPARE_PAGES = 16;

    private Order[][] pages = new Order[64][];
    private int[] live = new int[64];
    private int size;
    /** Emptied pages kept for reuse. */
    private final Order[][] spares = new Order[SPARE_PAGES][];
    private int spareCount;

    int size() {
        return size;
    }

    /** The working order with {@code id}, or null. */
    Order get(long id) {
        if (id <= 0) {
            return null;
        }
        long page = id >>> PAGE_BITS;
        if (page >= pages.length) {
            return null;
        }
        Order[] slots = pages[(int) page];
        return slots == null ? null : slots[(int) id & SLOT_MASK];
    }

    void put(Order order) {
        long page = order.id >>> PAGE_BITS;
        if (page >= Integer.MAX_VALUE) {
            throw new IllegalStateException("order id " + order.id + " is beyond the table's range");
        }
        if (page >= pages.length) {
            int length = Math.max(pages.length * 2, (int) page + 1);
            pages = Arrays.copyOf(pages, length);
            live = Arrays.copyOf(live, length);
        }
        Order[] slots = pages[(int) page];
        if (slots == null) {
            slots = spareCount > 0 ? spares[--spareCount] : new Order[PAGE_SIZE];
            spares[spareCount] = null;
            pages[(int) page] = slots;
        }
        int slot = (int) order.id & SLOT_MASK;
        if (slots[slot] != null) {
            throw new IllegalStateException("order id " + order.id + " is already working");
        }
        slots[slot] = order;
        live[(int) page]++;
        size++;
    }

    /** Forgets a working order; {@code nextId} is the next id to be handed out. */
    void remove(Order order, long nextId) {
        int page = (int) (order.id >>> PAGE_BITS);
        Order[] slots = pages[page];
        int slot = (int) order.id & SLOT_MASK;
        if (slots == null || slots[slot] != order) {
            throw new IllegalStateException("order " + order.id + " is not working");
        }
        slots[slot] = null;
        size--;
        // A page the id sequence has left behind never fills again.
        if (--live[page] == 0 && (nextId >>> PAGE_BITS) > page) {
            pages[page] = null;
            if (spareCount < SPARE_PAGES) {
                spares[spareCount++] = slots;
            }
        }
    }

    /** How many pages the directory holds, for tests: those with working orders or not yet left by the ids. */
    int pagesHeld() {
        int held = 0;
        for (Order[] slots : pages) {
            held += slots == null ? 0 : 1;
        }
        return held;
    }

    void forEach(Consumer<Order> action) {
        for (Order[] slots : pages) {
            if (slots != null) {
                for (Order o : slots) {
                    if (o != null) {
                        action.accept(o);
                    }
                }
            }
        }
    }
}
