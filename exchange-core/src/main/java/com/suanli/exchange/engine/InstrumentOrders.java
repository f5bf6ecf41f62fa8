package com.suanli.exchange.engine;

/**
 * The working orders of one instrument, held stops included, in acceptance (order id) order: a
 * list linked through the orders themselves, so that a close or an expiry touches that
 * instrument's orders only, and joining or leaving costs a few pointer writes and no allocation.
 */
final class InstrumentOrders {
    private Order first;
    private Order last;
    private int size;

    /** The earliest working order, or null; {@link Order#nextOnInstrument} leads on to later ones. */
    Order first() {
        return first;
    }

    int size() {
        return size;
    }

    /** Adds a newly accepted order, which has the highest id so far, at the end. */
    void append(Order o) {
        o.previousOnInstrument = last;
        o.nextOnInstrument = null;
        if (last == null) {
            first = o;
        } else {
            last.nextOnInstrument = o;
        }
        last = o;
        size++;
    }

    void remove(Order o) {
        Order previous = o.previousOnInstrument;
        Order next = o.nextOnInstrument;
        if (previous == null) {
            first = next;
        } else {
            previous.nextOnInstrument = next;
        }
        if (next == null) {
            last = previous;
        } else {
            next.previousOnInstrument = previous;
        }
        o.previousOnInstrument = null;
        o.nextOnInstrument = null;
        size--;
    }

    /**
     * Checks the links (for tests): every order belongs to {@code in}, ids ascend, back links
     * mirror forward ones and the count is right.
     * @throws IllegalStateException when they do not
     */
    void verify(Instrument in) {
        int counted = 0;
        Order previous = null;
        for (Order o = first; o != null; o = o.nextOnInstrument) {
            if (o.instrument != in || o.previousOnInstrument != previous || previous != null && previous.id >= o.id) {
                throw new IllegalStateException("instrument " + in.id + " order " + o.id
                        + " is out of place in its instrument's order list");
            }
            previous = o;
            counted++;
        }
        if (previous != last || counted != size) {
            throw new IllegalStateException("instrument " + in.id + " lists " + counted + " working orders but counts "
                    + size);
        }
    }
}
