package com.suanli.desk.ui.ticket;

import java.util.Locale;

/** A field of the order or quote ticket, named as its label names it, so that an error points at it. */
public enum TicketField {
    INSTRUMENT("Instrument"),
    QUANTITY("Quantity"),
    /** The limit, or a budget order's budget: one field, so that its error shows where it was typed. */
    PRICE("Price"),
    STOP_PRICE("Stop price"),
    DISPLAY_QUANTITY("Display quantity"),
    EXPIRES("Expires"),
    PROTECTION("Protection"),
    BID_PRICE("Bid price"),
    BID_QUANTITY("Bid quantity"),
    ASK_PRICE("Ask price"),
    ASK_QUANTITY("Ask quantity");

    private final String label;

    TicketField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Stable node id of the field's input, e.g. {@code ticket-stop-price}. */
    public String nodeId() {
        return "ticket-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
