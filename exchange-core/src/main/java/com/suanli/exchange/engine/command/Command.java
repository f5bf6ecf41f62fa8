package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/**
 * Everything the engine can be asked to do. Time is a field of every command (epoch
 * milliseconds): the engine never reads a clock, so replaying the same commands gives the
 * same events.
 */
public sealed interface Command
        permits PlaceOrder, AmendPrice, AmendQuantity, CancelOrder, MassCancel, Quote, MassQuote,
        SessionCommand, SetReferencePrice, TimeTick {

    /** When the command was sequenced, epoch milliseconds; never earlier than the previous command's. */
    long timestamp();

    /** Which kind of command this is, as a reject event names it. */
    RejectedCommand kind();
}
