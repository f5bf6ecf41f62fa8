package com.suanli.desk.ui.trading;

import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.engine.event.RejectReason;
import java.util.Objects;

/**
 * What became of one command.
 *
 * @param reason why the exchange refused it; null when it was taken or never reached the exchange
 * @param message for a refusal what was wrong, naming the field and the rule, in the desk's language (blank when
 *        the reason says it all), or why the command could not be sent; empty when taken
 */
public record CommandOutcome(RejectReason reason, String message) {

    public static final CommandOutcome TAKEN = new CommandOutcome(null, "");

    public CommandOutcome {
        Objects.requireNonNull(message, "message");
    }

    public static CommandOutcome refused(RejectReason reason, String message) {
        return new CommandOutcome(Objects.requireNonNull(reason, "reason"), message);
    }

    /** The command never reached the exchange (the desk is not connected, the host stopped). */
    public static CommandOutcome notSent(String why) {
        if (Objects.requireNonNull(why, "why").isBlank()) {
            throw new IllegalArgumentException("why: must say why the command was not sent");
        }
        return new CommandOutcome(null, why);
    }

    public boolean taken() {
        return reason == null && message.isEmpty();
    }

    /** The outcome as the trader reads it, e.g. {@code refused OUTSIDE_PRICE_BAND: price: outside the price band ...}. */
    public String describe() {
        if (taken()) {
            return Texts.get("outcome.taken");
        }
        if (reason == null) {
            return Texts.format("outcome.not-sent", message);
        }
        return RefusalWords.engine(reason, message);
    }
}
