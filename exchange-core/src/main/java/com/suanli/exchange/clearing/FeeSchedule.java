package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fee rate of each product, by a dense product index in the order products were first given
 * a rate; a rate may be changed at any time and applies to the trades after.
 */
final class FeeSchedule {
    static final int NONE = -1;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<FeeRate> rates = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();

    void set(String productCode, FeeRate rate) {
        Integer product = index.get(productCode);
        if (product == null) {
            index.put(productCode, rates.size());
            rates.add(rate);
            codes.add(productCode);
        } else {
            rates.set(product, rate);
        }
    }

    /** The index of {@code productCode}'s rate, or {@link #NONE}. */
    int product(String productCode) {
        return index.getOrDefault(productCode, NONE);
    }

    FeeRate rate(int product) {
        return rates.get(product);
    }

    /** Products run 0 to {@code count() - 1}, in the order they were first given a rate. */
    int count() {
        return rates.size();
    }

    String code(int product) {
        return codes.get(product);
    }

    long stateHash() {
        long h = StateHash.mix(0, rates.size());
        for (FeeRate rate : rates) {
            h = StateHash.mix(StateHash.mix(h, rate.makerPerLot()), rate.takerPerLot());
        }
        return h;
    }
}
