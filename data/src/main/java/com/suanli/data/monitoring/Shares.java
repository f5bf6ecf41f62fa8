package com.suanli.data.monitoring;

/** A share between 0 and 1, named in its refusal. */
final class Shares {

    private Shares() {
    }

    static void check(String field, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(field + ": must be 0 to 1, was " + share);
        }
    }
}
