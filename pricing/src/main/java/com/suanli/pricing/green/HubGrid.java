package com.suanli.pricing.green;

import java.util.Objects;

import com.suanli.exchange.listing.Hub;

/**
 * The power a hub's data centres draw: the grid it sits on, that grid's average emission
 * factor and the data-centre PUE (facility energy over IT energy).
 */
public record HubGrid(Hub hub, String grid, double emissionFactorKgPerKwh, double pue) {

    /** No grid emits more than lignite generation, about 1.2 kg CO2/kWh. */
    private static final double MAX_EMISSION_FACTOR = 1.5;
    private static final double MAX_PUE = 3.0;

    public HubGrid {
        Objects.requireNonNull(hub, "hub: must not be null");
        if (grid == null || grid.isBlank()) {
            throw new IllegalArgumentException("grid: must name the grid of hub " + hub);
        }
        if (!(emissionFactorKgPerKwh >= 0 && emissionFactorKgPerKwh <= MAX_EMISSION_FACTOR)) {
            throw new IllegalArgumentException("emissionFactorKgPerKwh: must be in [0, " + MAX_EMISSION_FACTOR
                    + "] for hub " + hub + ", was " + emissionFactorKgPerKwh);
        }
        if (!(pue >= 1.0 && pue <= MAX_PUE)) {
            throw new IllegalArgumentException("pue: must be in [1, " + MAX_PUE + "] for hub " + hub + ", was " + pue);
        }
    }
}
