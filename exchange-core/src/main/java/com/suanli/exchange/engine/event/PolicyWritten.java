package com.suanli.exchange.engine.event;

import com.suanli.exchange.listing.Hub;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An insurance policy was written: {@code insurerAccount} covers {@code holderAccount} for
 * {@code kind} on {@code productCode} at {@code hub} from {@code firstDay} to {@code lastDay}
 * (Shanghai days, both included) for {@code units} (GPUs covered by an outage cover, GPU-hours a
 * day of a price-spike cap), with {@code trigger} (the deductible minutes of each outage, or the
 * cap's strike in ticks), paying at most {@code limit} fen in all; the holder paid
 * {@code premium} fen (an {@code INSURANCE_PREMIUM} ledger entry referring to {@code policyId}).
 */
public record PolicyWritten(long sequence, long timestamp, long policyId, long holderAccount, long insurerAccount,
                            PolicyKind kind, String productCode, Hub hub, LocalDate firstDay, LocalDate lastDay,
                            long units, long trigger, long limit, long premium)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 48;

    public PolicyWritten {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(policyId);
        out.putLong(holderAccount);
        out.putLong(insurerAccount);
        out.putEnum(kind);
        out.putString(productCode);
        out.putEnum(hub);
        out.putLong(firstDay.toEpochDay());
        out.putLong(lastDay.toEpochDay());
        out.putLong(units);
        out.putLong(trigger);
        out.putLong(limit);
        out.putLong(premium);
    }
}
