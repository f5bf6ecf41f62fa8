package com.suanli.desk.ui.ticket;

import com.suanli.desk.ui.text.Texts;
import java.util.Objects;

/** A ticket field the trader must correct before anything is sent; the message starts with the field's label. */
final class TicketProblem extends RuntimeException {

    private final TicketField field;

    TicketProblem(TicketField field, String reason) {
        super(Texts.format("form.field-reason", field.label(), reason), null, false, false);
        this.field = Objects.requireNonNull(field, "field");
    }

    TicketField field() {
        return field;
    }
}
