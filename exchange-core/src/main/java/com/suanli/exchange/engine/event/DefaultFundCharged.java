package com.suanli.exchange.engine.event;

/**
 * A default loss charged to one member's default-fund contribution: the defaulter's own first,
 * then the other members' pro rata. {@code contribution} is what that member has left in the fund (fen).
 */
public record DefaultFundCharged(long sequence, long timestamp, long defaultId, long account, long amount,
                                 long contribution) implements ExchangeEvent, ClearingEvent {

    static final int TAG = 39;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(defaultId);
        out.putLong(account);
        out.putLong(amount);
        out.putLong(contribution);
    }
}
