package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import java.util.Objects;

/**
 * One of the trader's commands that the exchange refused; it changed nothing.
 *
 * @param symbol the instrument it was for, empty when it named none
 * @param message what was wrong, naming the field and the rule, in the desk's language (blank when the reason
 *     says it all; the exchange's English words stay in its journal)
 */
public record Reject(long timestamp, RejectedCommand command, String symbol, long clientOrderId, long orderId,
                     RejectReason reason, String message) {

    public Reject {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
