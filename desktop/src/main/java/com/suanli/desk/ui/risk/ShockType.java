package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.text.Texts;
import java.util.Locale;

import com.suanli.pricing.risk.CurveSelection;
import com.suanli.pricing.risk.ShiftKind;
import com.suanli.pricing.risk.Shock;

/** The shocks a scenario can be built from on screen, each made into pricing's {@link Shock}. */
public enum ShockType {
    CURVE_SHIFT,
    CURVE_TILT,
    VOL_SHIFT,
    HUB_SPREAD,
    CARBON_PRICE,
    OUTAGE_RATE;

    /**
     * The shock; curve, tilt and volatility shocks apply where {@code where} selects, the spread to its
     * product, an outage rate to its hub, the carbon price everywhere.
     */
    Shock shock(CurveSelection where, ShiftKind kind, double amount) {
        return switch (this) {
            case CURVE_SHIFT -> new Shock.CurveShift(where, kind, amount);
            case CURVE_TILT -> new Shock.CurveTilt(where, kind, amount);
            case VOL_SHIFT -> new Shock.VolShift(where, kind, amount);
            case HUB_SPREAD -> new Shock.HubSpreadShift(where.product(), Shock.HubSpreadShift.EAST_HUBS,
                    Shock.HubSpreadShift.WEST_HUBS, kind, amount);
            case CARBON_PRICE -> new Shock.CarbonPriceShift(kind, amount);
            case OUTAGE_RATE -> new Shock.OutageRateShift(where.hub(), kind, amount);
        };
    }

    @Override
    public String toString() {
        return Texts.get("risk.shock." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
