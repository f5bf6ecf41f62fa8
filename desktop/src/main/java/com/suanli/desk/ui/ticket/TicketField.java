package com.suanli.desk.ui.ticket;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

/** A field of the order or quote ticket, named as its label names it, so that an error points at it. */
public enum TicketField {
    INSTRUMENT,
    QUANTITY,
    /** The limit, or a budget order's budget: one field, so that its error shows where it was typed. */
    PRICE,
    STOP_PRICE,
    DISPLAY_QUANTITY,
    EXPIRES,
    PROTECTION,
    BID_PRICE,
    BID_QUANTITY,
    ASK_PRICE,
    ASK_QUANTITY;


    TicketField() {
    }

    public String label() {
        return Texts.get("ticket.field." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Stable node id of the field's input, e.g. {@code ticket-stop-price}. */
    public String nodeId() {
        return "ticket-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
