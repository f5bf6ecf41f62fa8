package com.suanli.pricing.risk;

import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import com.suanli.pricing.market.MarketData;
import com.suanli.pricing.market.VolSurface;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

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
        MarketData data = new MarketData(date, 0.02, Map.of(H100_YRD, curve(yrd), H100_NX, curve(nx)),
                Map.of(H100_YRD, VolSurface.flat(FIRST_MONTH.atDay(1), vol), H100_NX, VolSurface.flat(FIRST_MONTH.atDay(1), vol)),
                Map.of());
        return new MarketSnapshot(data, 90.0, Map.of("YRD", 2.0, "NX", 4.0), Map.of("USD", 7.1, "EUR", 7.7));
    }

    static ForwardCurve curve(double[] monthly) {
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        for (int m = 0; m < monthly.length; m++) {
            quotes.put(FIRST_MONTH.plusMonths(m), monthly[m]);
        }
        return ForwardCurve.of(quotes);
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
