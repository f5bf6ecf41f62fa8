package com.suanli.data.insurance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A compute insurance policy on an account.
 *
 * @param quantity + held, - written
 * @param premium CNY paid (+) or received (-) for it, in cents
 * @param terms the cover as a trade object of docs/BATCH.md ({@code outageCover} or {@code spikeCap})
 */
public record InsurancePolicy(String policyId, long account, PolicyKind kind, String productCode, String hub,
                              LocalDate coverStart, LocalDate coverEnd, double quantity, BigDecimal premium,
                              String terms) {

    public InsurancePolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coverStart, "coverStart");
        Objects.requireNonNull(coverEnd, "coverEnd");
        Objects.requireNonNull(premium, "premium");
        Objects.requireNonNull(terms, "terms");
        if (policyId == null || policyId.isBlank()) {
            throw new IllegalArgumentException("policyId: must not be blank");
        }
        if (productCode == null || productCode.isBlank() || hub == null || hub.isBlank()) {
            throw new IllegalArgumentException("productCode: a policy names the product and hub it covers");
        }
        if (coverEnd.isBefore(coverStart)) {
            throw new IllegalArgumentException("coverEnd: " + coverEnd + " is before coverStart " + coverStart);
        }
        if (quantity == 0 || !Double.isFinite(quantity)) {
            throw new IllegalArgumentException("quantity: must be finite and not 0, was " + quantity);
        }
        try {
            premium = premium.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("premium: at most two decimals, was " + premium.toPlainString(), e);
        }
    }

    /** Whether the cover runs on {@code date}. */
    public boolean coversDay(LocalDate date) {
        return !date.isBefore(coverStart) && !date.isAfter(coverEnd);
    }
}
