package com.suanli.pricing.risk;

import java.time.YearMonth;

/**
 * The implied (Black) volatility of options on one curve: by delivery month, strike and the
 * forward it is quoted against (a smile in moneyness moves with the forward).
 */
@FunctionalInterface
public interface VolatilitySource {

    double volatility(YearMonth deliveryMonth, double strike, double forward);

    /** The same volatility for every month and strike. */
    static VolatilitySource flat(double volatility) {
        if (!(volatility > 0) || !Double.isFinite(volatility)) {
            throw new IllegalArgumentException("volatility: must be > 0");
        }
        return (month, strike, forward) -> volatility;
    }
}
