package com.suanli.sessions.config;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A scheduled jump of one product's fundamental at every hub: at {@code at} (Shanghai time) the log
 * spot of each of its hubs moves by {@code logSize} (0.4 lifts it by about half), and the model
 * reverts from there at its own speed. How a scenario such as a scarcity squeeze is written.
 *
 * @param at when the jump happens, Shanghai time (within a trading day, or before an open)
 * @param productCode the product of the default catalogue whose hubs all jump
 * @param logSize the jump in log price, -2 to 2
 */
public record PriceShock(LocalDateTime at, String productCode, double logSize) {

    public PriceShock {
        Objects.requireNonNull(at, "at: must not be null");
        if (productCode == null || productCode.isBlank()) {
            throw new IllegalArgumentException("productCode: must not be blank");
        }
        Require.between("logSize", logSize, -2.0, 2.0);
    }
}
