package com.suanli.desk.ui.risk;

import com.suanli.pricing.risk.CurveSelection;
import com.suanli.pricing.risk.ShiftKind;
import com.suanli.pricing.risk.Shock;

/** The shocks a scenario can be built from on screen, each made into pricing's {@link Shock}. */
public enum ShockType {
    CURVE_SHIFT("Curve shift"),
    CURVE_TILT("Curve tilt (per year)"),
    VOL_SHIFT("Volatility shift"),
    HUB_SPREAD("East-west spread"),
    CARBON_PRICE("Carbon price"),
    OUTAGE_RATE("Outage rate");

    private final String label;

    ShockType(String label) {
        this.label = label;
    }

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
        return label;
    }
}
