package com.suanli.pricing.risk;

/** Validation of the names and codes risk values carry. */
final class Codes {

    private Codes() {
    }

    static void requireCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
    }
}
