package com.suanli.pricing.basics;

import java.util.Objects;

/**
 * A priced compute stream: product code (for example {@code H100} GPU-hours), hub code (one
 * of the national compute hubs, for example {@code NINGXIA}) and whether the capacity is
 * green-tagged. One forward curve and one volatility surface exist per underlying.
 */
public record Underlying(String productCode, String hubCode, boolean green) {

    public Underlying {
        productCode = requireCode(productCode, "productCode");
        hubCode = requireCode(hubCode, "hubCode");
    }

    public static Underlying of(String productCode, String hubCode) {
        return new Underlying(productCode, hubCode, false);
    }

    public static Underlying green(String productCode, String hubCode) {
        return new Underlying(productCode, hubCode, true);
    }

    public Underlying withGreen(boolean newGreen) {
        return new Underlying(productCode, hubCode, newGreen);
    }

    private static String requireCode(String code, String field) {
        Objects.requireNonNull(code, field + ": must not be null");
        if (code.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return code;
    }

    @Override
    public String toString() {
        return productCode + "@" + hubCode + (green ? "/green" : "");
    }
}
