package com.suanli.exchange.engine;

import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.MassQuote;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.event.RejectedCommand;

/** Names the kind of a command in a reject event. */
final class RejectedCommands {
    private RejectedCommands() {
    }

    static RejectedCommand of(Command command) {
        if (command instanceof PlaceOrder) {
            return RejectedCommand.PLACE_ORDER;
        }
        if (command instanceof AmendPrice) {
            return RejectedCommand.AMEND_PRICE;
        }
        if (command instanceof AmendQuantity) {
            return RejectedCommand.AMEND_QUANTITY;
        }
        if (command instanceof CancelOrder) {
            return RejectedCommand.CANCEL_ORDER;
        }
        if (command instanceof MassCancel) {
            return RejectedCommand.MASS_CANCEL;
        }
        if (command instanceof Quote) {
            return RejectedCommand.QUOTE;
        }
        if (command instanceof MassQuote) {
            return RejectedCommand.MASS_QUOTE;
        }
        if (command instanceof SessionCommand) {
            return RejectedCommand.SESSION;
        }
        if (command instanceof SetReferencePrice) {
            return RejectedCommand.REFERENCE_PRICE;
        }
        return RejectedCommand.TIME_TICK;
    }
}
