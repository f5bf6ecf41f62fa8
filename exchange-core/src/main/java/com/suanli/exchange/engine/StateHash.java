package com.suanli.exchange.engine;

/**
 * The mixing step of the exchange's state hashes: order-sensitive, cheap, good avalanche. Public
 * so that the clearing state machines, which the sequencer owns beside the engine, chain their
 * state with the same step.
 */
public final class StateHash {
    private StateHash() {
    }

    public static long mix(long h, long value) {
        long x = (h ^ value) * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 32);
    }
}
