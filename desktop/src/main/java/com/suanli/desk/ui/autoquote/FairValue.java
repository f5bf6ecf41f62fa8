package com.suanli.desk.ui.autoquote;

/**
 * A fair value and where it came from.
 *
 * @param ticks the fair price in ticks of the instrument; fractional, the quote rounds
 * @param basis how it was found, as the trader reads it ({@code curve through 11 months}, {@code mid 19.80/19.84})
 */
public record FairValue(double ticks, String basis) {

    public FairValue {
        if (!(ticks > 0) || Double.isInfinite(ticks)) {
            throw new IllegalArgumentException("ticks: a fair value must be positive and finite, was " + ticks);
        }
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("basis: must say where the fair value came from");
        }
    }
}
