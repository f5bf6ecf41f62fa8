package com.suanli.exchange.engine;

/** The mixing step of the engine's state hash: order-sensitive, cheap, good avalanche. */
final class StateHash {
    private StateHash() {
    }

    static long mix(long h, long value) {
        long x = (h ^ value) * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 32);
    }
}
