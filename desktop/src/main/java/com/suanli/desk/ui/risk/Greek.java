package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.text.Texts;
import com.suanli.pricing.risk.BucketRisk;
import com.suanli.pricing.risk.Greeks;
import java.util.Locale;

/** The measure the heatmap shows, each in pricing's units ({@link Greeks}). */
public enum Greek {
    /** CNY per 1 CNY move of the month's forward: GPU-hours long (+) or short (-). */
    DELTA,
    /** The change of delta per 1 CNY move. */
    GAMMA,
    /** CNY per 1.00 of volatility (100 vol points); zero for futures. */
    VEGA;

    public double of(BucketRisk risk) {
        return switch (this) {
            case DELTA -> risk.delta();
            case GAMMA -> risk.gamma();
            case VEGA -> risk.vega();
        };
    }

    public double of(Greeks greeks) {
        return switch (this) {
            case DELTA -> greeks.delta();
            case GAMMA -> greeks.gamma();
            case VEGA -> greeks.vega();
        };
    }

    @Override
    public String toString() {
        return Texts.get("risk.greek." + name().toLowerCase(Locale.ROOT));
    }
}
