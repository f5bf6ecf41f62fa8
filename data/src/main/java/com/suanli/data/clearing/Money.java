package com.suanli.data.clearing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Amounts of money as the ledger keeps them: whole cents, never rounded on the way in. */
final class Money {

    private static final int CENTS = 2;

    private Money() {
    }

    /** {@code amount} with exactly two decimals; one with more is refused, not rounded. */
    static BigDecimal cents(String field, BigDecimal amount) {
        Objects.requireNonNull(amount, field);
        try {
            return amount.setScale(CENTS, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + ": at most two decimals, was " + amount.toPlainString(), e);
        }
    }
}
