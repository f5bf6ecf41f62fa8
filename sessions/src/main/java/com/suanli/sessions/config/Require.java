package com.suanli.sessions.config;

/** The range checks of the configuration records, each message starting with the field it names. */
final class Require {

    private Require() {
    }

    static double between(String field, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(field + ": must be " + low + " to " + high + ", was " + value);
        }
        return value;
    }

    static long between(String field, long value, long low, long high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(field + ": must be " + low + " to " + high + ", was " + value);
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be >= 0 and finite, was " + value);
        }
        return value;
    }

    static double positive(String field, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be > 0 and finite, was " + value);
        }
        return value;
    }
}
