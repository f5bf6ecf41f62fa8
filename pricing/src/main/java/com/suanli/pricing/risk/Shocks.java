package com.suanli.pricing.risk;

import java.util.Objects;

/** Validation shared by the shock records. */
final class Shocks {

    private Shocks() {
    }

    static void requireShift(CurveSelection where, ShiftKind kind, double amount) {
        Objects.requireNonNull(where, "where");
        if (kind == null) {
            throw new IllegalArgumentException("kind: must be one of ABSOLUTE, RELATIVE, LOG");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount: must be a finite number");
        }
        if (kind == ShiftKind.RELATIVE && amount <= -1.0) {
            throw new IllegalArgumentException("amount: a relative shift must be > -1 (prices stay positive)");
        }
    }
}
