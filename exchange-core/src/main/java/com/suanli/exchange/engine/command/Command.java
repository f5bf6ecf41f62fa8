package com.suanli.exchange.engine.command;

import com.suanli.exchange.engine.event.RejectedCommand;

/**
 * Everything the engine can be asked to do. Time is a field of every command (epoch
 * milliseconds): the engine never reads a clock, so replaying the same commands gives the
 * same events.
 *
 * <p>{@link #account()}, {@link #clientOrderId()}, {@link #instrumentId()} and {@link #orderId()}
 * identify the command to the client, and a reject event repeats them: each record that carries
 * one of these fields answers with its own, the others answer 0.
 */
public sealed interface Command
        permits PlaceOrder, AmendPrice, AmendQuantity, CancelOrder, MassCancel, Quote, MassQuote,
        SessionCommand, SetReferencePrice, TimeTick, RegisterFirm, OpenAccount, Deposit, Withdraw, SetFees,
        LoadRiskArray, Settle, PublishIndex, SetAccountLimits, SetCreditLimit, RegisterCapacity, Expire, ReportDelivery,
        SetDeliveryTerms, ContributeDefaultFund, WritePolicy, ReportOutage {

    /** When the command was sequenced, epoch milliseconds; never earlier than the previous command's. */
    long timestamp();

    /** Which kind of command this is, as a reject event names it. */
    RejectedCommand kind();

    /** The account the command acts for; 0 for operator commands and time ticks. */
    default long account() {
        return 0;
    }

    /** The client's id of the order the command places; 0 for other commands. */
    default long clientOrderId() {
        return 0;
    }

    /** The instrument the command is for; 0 when it names none or several (a mass quote, a time tick). */
    default int instrumentId() {
        return 0;
    }

    /** The exchange id of the order the command acts on; 0 for other commands. */
    default long orderId() {
        return 0;
    }
}
