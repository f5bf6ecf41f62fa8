package com.suanli.pricing.risk;

import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A small two-hub H100 market and linear test positions. */
final class RiskFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final YearMonth FIRST_MONTH = YearMonth.of(2026, 12);
    static final Underlying H100_YRD = Underlying.of("H100", "YRD");
    static final Underlying H100_NX = Underlying.of("H100", "NX");
    static final double[] YRD_FORWARDS = {20.0, 19.5, 19.0, 18.5, 18.0, 17.5};
    static final double[] NX_FORWARDS = {15.0, 14.8, 14.6, 14.4, 14.2, 14.0};
    static final double VOL = 0.8;

    private RiskFixtures() {
    }

    static MarketSnapshot snapshot() {
        return snapshot(TODAY, YRD_FORWARDS, NX_FORWARDS, VOL);
    }

    static MarketSnapshot snapshot(LocalDate date, double[] yrd, double[] nx, double vol) {
        return new MarketSnapshot(date, List.of(
                new CurveData(H100_YRD, FIRST_MONTH, yrd, null, VolatilitySource.flat(vol)),
                new CurveData(H100_NX, FIRST_MONTH, nx, null, VolatilitySource.flat(vol))),
                0.02, 90.0, Map.of("YRD", 2.0, "NX", 4.0), Map.of("USD", 7.1, "EUR", 7.7));
    }

    static Market market() {
        return Market.of(snapshot());
    }

    /** {@code quantity} units of a month's forward: the simplest linear holding. */
    static Position forwardHolding(String id, Underlying curve, YearMonth month, double quantity) {
        return new Position() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public double presentValue(Market market) {
                return quantity * market.forward(curve, month);
            }
        };
    }
}
