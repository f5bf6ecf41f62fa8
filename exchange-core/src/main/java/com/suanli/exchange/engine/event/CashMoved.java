package com.suanli.exchange.engine.event;

import java.util.Objects;

/**
 * One entry of the cash ledger: {@code amount} fen (CNY minor units, &gt; 0) left
 * {@code debitAccount} for {@code creditAccount}, for {@code reason}, referring to a trade,
 * settlement, delivery or deposit by {@code reference}. Account {@link #OUTSIDE_WORLD} is
 * outside the exchange: deposits come from it and withdrawals go to it, so its balance is
 * minus the net deposits and all balances sum to zero. {@code entryId} counts entries
 * gap-free from 1; the balances are both accounts' cash after the entry, so a reader can check
 * a rebuilt ledger against them.
 */
public record CashMoved(long sequence, long timestamp, long entryId, CashReason reason, long reference,
                        long debitAccount, long creditAccount, long amount, long debitBalance, long creditBalance)
        implements ExchangeEvent, ClearingEvent {

    /** The account number of the world outside the exchange. */
    public static final long OUTSIDE_WORLD = 0;

    static final int TAG = 34;

    public CashMoved {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(entryId);
        out.putEnum(reason);
        out.putLong(reference);
        out.putLong(debitAccount);
        out.putLong(creditAccount);
        out.putLong(amount);
        out.putLong(debitBalance);
        out.putLong(creditBalance);
    }
}
