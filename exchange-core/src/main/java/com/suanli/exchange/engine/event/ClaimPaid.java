package com.suanli.exchange.engine.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A claim on policy {@code policyId} was settled: the insurer paid the holder {@code amount} fen
 * (an {@code INSURANCE_CLAIM} ledger entry), the claim's {@code loss} by the policy's formula cut
 * to what is left of its limit; {@code paidToDate} is everything the policy has paid. Caused by
 * outage {@code outageId} (its start's Shanghai day as {@code day}), or, for a price-spike cap
 * ({@code outageId} 0), by the index fixing of {@code day}.
 */
public record ClaimPaid(long sequence, long timestamp, long claimId, long policyId, long holderAccount,
                        long insurerAccount, long outageId, LocalDate day, long loss, long amount, long paidToDate)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 50;

    public ClaimPaid {
        Objects.requireNonNull(day, "day");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(claimId);
        out.putLong(policyId);
        out.putLong(holderAccount);
        out.putLong(insurerAccount);
        out.putLong(outageId);
        out.putLong(day.toEpochDay());
        out.putLong(loss);
        out.putLong(amount);
        out.putLong(paidToDate);
    }
}
