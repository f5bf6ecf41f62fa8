package com.suanli.exchange.index;

import com.suanli.exchange.engine.event.IndexMethod;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A published index value of the history: the day, the value in ticks, how it was found, and its
 * version (1 when first published, higher after each restatement).
 */
public record IndexFixing(LocalDate day, long value, IndexMethod method, int version) {

    public IndexFixing {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(method, "method");
    }
}
