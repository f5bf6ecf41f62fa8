package com.suanli.desk.ui.ticket;

import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.TraderOrders;
import com.suanli.exchange.engine.command.Command;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a ticket tells the trader after a send: the field to correct and why (nothing was sent), or what the
 * exchange answered. One per ticket; FX thread only.
 */
final class TicketFeedback {

    private final ReadOnlyObjectWrapper<TicketField> errorField = new ReadOnlyObjectWrapper<>(this, "errorField");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<CommandOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    /** Builds the command from the fields and sends it, or shows the first field that is wrong. */
    void send(TraderOrders orders, Supplier<Command> command, String what) {
        Command built;
        try {
            built = command.get();
        } catch (TicketProblem problem) {
            errorField.set(problem.field());
            message.set(problem.getMessage());
            outcome.set(null);
            return;
        }
        errorField.set(null);
        message.set(Texts.format("ticket.sending", what));
        outcome.set(null);
        orders.send(built).thenAccept(answer -> {
            message.set(Texts.format("ticket.answered", what, answer.describe()));
            outcome.set(answer);
        });
    }

    /** The field whose value stopped the send; null when the fields were sound. */
    ReadOnlyObjectProperty<TicketField> errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    /** The field's problem, or what was sent and what became of it. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The exchange's answer to the last send; null while none has come. */
    ReadOnlyObjectProperty<CommandOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
