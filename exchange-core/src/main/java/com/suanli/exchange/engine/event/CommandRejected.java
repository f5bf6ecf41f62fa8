package com.suanli.exchange.engine.event;

/**
 * A command was refused and changed nothing. It names the refused command by the fields the
 * command carries ({@link com.suanli.exchange.engine.command.Command#account()} and the like);
 * fields the command does not carry are 0, except {@code instrumentId}: for a price or quantity
 * amendment of the account's own order it is the order's instrument, for a mass quote the
 * instrument whose quote was refused (0 when the refusal is about the whole mass quote).
 */
public record CommandRejected(long sequence, long timestamp, RejectedCommand command, long account,
                              long clientOrderId, int instrumentId, long orderId, RejectReason reason,
                              String message) implements ExchangeEvent {

    static final int TAG = 2;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putEnum(command);
        out.putLong(account);
        out.putLong(clientOrderId);
        out.putInt(instrumentId);
        out.putLong(orderId);
        out.putEnum(reason);
        out.putString(message);
    }
}
