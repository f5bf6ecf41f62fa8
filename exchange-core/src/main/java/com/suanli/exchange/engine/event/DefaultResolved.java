package com.suanli.exchange.engine.event;

/**
 * A defaulter's positions are closed and settled, and its loss has gone down the waterfall, in
 * fen: {@code marginUsed} of its own cash, then its default-fund contribution
 * ({@code ownContribution}), the exchange's capital ({@code exchangeCapital}), the other
 * members' contributions ({@code mutualised}); {@code uncovered} is left as the defaulter's
 * negative cash, a claim on the member. The account may trade again.
 */
public record DefaultResolved(long sequence, long timestamp, long defaultId, long account, long marginUsed,
                              long ownContribution, long exchangeCapital, long mutualised, long uncovered)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 40;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(defaultId);
        out.putLong(account);
        out.putLong(marginUsed);
        out.putLong(ownContribution);
        out.putLong(exchangeCapital);
        out.putLong(mutualised);
        out.putLong(uncovered);
    }
}
