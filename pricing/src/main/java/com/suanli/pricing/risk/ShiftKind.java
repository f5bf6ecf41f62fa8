package com.suanli.pricing.risk;

/** How a shock's amount moves a market value {@code x}. */
public enum ShiftKind {
    /** {@code x + amount}, in the value's own unit (CNY per unit for prices, vol points as decimals). */
    ABSOLUTE,
    /** {@code x * (1 + amount)}: 0.10 is ten percent up. */
    RELATIVE,
    /** {@code x * exp(amount)}: a log-return, as historical and Monte Carlo scenarios apply it. */
    LOG;

    /** The shocked value. */
    public double apply(double value, double amount) {
        if (this == ABSOLUTE) {
            return value + amount;
        }
        if (this == RELATIVE) {
            return value * (1.0 + amount);
        }
        return value * Math.exp(amount);
    }

    /** The multiplier of the affine map {@code x -> m x + a} this shift is. */
    double multiplier(double amount) {
        if (this == ABSOLUTE) {
            return 1.0;
        }
        return this == RELATIVE ? 1.0 + amount : Math.exp(amount);
    }

    /** The additive term of the affine map {@code x -> m x + a} this shift is. */
    double addend(double amount) {
        return this == ABSOLUTE ? amount : 0.0;
    }
}
