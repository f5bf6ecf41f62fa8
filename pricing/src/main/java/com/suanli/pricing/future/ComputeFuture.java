package com.suanli.pricing.future;

import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A futures contract on compute delivered over one calendar month, cash-settled against the
 * average of the daily index over that month. Prices are per GPU-hour (or core-hour);
 * {@code lotSize} is the GPU-hours one lot delivers.
 */
public record ComputeFuture(Underlying underlying, YearMonth deliveryMonth, double lotSize) {

    public ComputeFuture {
        Objects.requireNonNull(underlying, "underlying: must not be null");
        Objects.requireNonNull(deliveryMonth, "deliveryMonth: must not be null");
        if (!(lotSize > 0.0) || Double.isInfinite(lotSize)) {
            throw new IllegalArgumentException("lotSize: must be positive and finite, was " + lotSize);
        }
    }

    public static ComputeFuture of(Underlying underlying, YearMonth deliveryMonth, double lotSize) {
        return new ComputeFuture(underlying, deliveryMonth, lotSize);
    }

    /** The pricing view of a listed futures contract: its underlying, month and contract size. */
    public static ComputeFuture of(ContractSpec contract) {
        Objects.requireNonNull(contract, "contract: must not be null");
        if (contract.kind() != ContractKind.FUTURE) {
            throw new IllegalArgumentException("contract: " + contract.symbol() + " is " + contract.kind()
                    + ", not a future");
        }
        return new ComputeFuture(Underlying.of(contract), contract.deliveryMonth(), contract.contractSize());
    }

    public LocalDate deliveryStart() {
        return deliveryMonth.atDay(1);
    }

    public LocalDate deliveryEnd() {
        return deliveryMonth.atEndOfMonth();
    }
}
