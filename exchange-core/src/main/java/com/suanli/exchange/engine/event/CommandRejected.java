package com.suanli.exchange.engine.event;

/**
 * A command was refused and changed nothing. Fields that do not apply to the command are 0
 * ({@code clientOrderId}, {@code instrumentId}, {@code orderId}).
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
