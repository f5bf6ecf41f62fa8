package com.suanli.exchange.delivery;

/**
 * How a product delivers at a hub, as the operator sets it: the core keeps no energy model, so
 * the energy per unit (unit power x utilisation x the hub's PUE, docs/GREEN.md) and the grid's
 * emission factor are computed outside it and passed in.
 *
 * @param penaltyBps the penalty a provider pays its consumer on undelivered units, in basis points
 *                   of their value at the delivery price, 0 to 10,000 (at most the value itself)
 * @param energyMilliWhPerUnit facility energy behind one delivered unit, milliwatt-hours, 0 to 2^32
 *                             (an H100 GPU-hour at YRD: 0.7 kW x 0.8 x 1.25 = 0.7 kWh = 700,000)
 * @param gridGramsPerMwh the hub grid's average emission factor, grams CO2e per MWh, 0 to 2,000,000
 *                        (YRD: 0.5978 kg/kWh = 597,800)
 */
public record DeliveryTerms(int penaltyBps, long energyMilliWhPerUnit, long gridGramsPerMwh) {

    public static final int MAX_PENALTY_BPS = 10_000;
    public static final long MAX_ENERGY_MILLI_WH = 1L << 32;
    public static final long MAX_GRID_GRAMS_PER_MWH = 2_000_000;

    public DeliveryTerms {
        if (penaltyBps < 0 || penaltyBps > MAX_PENALTY_BPS) {
            throw new IllegalArgumentException("penaltyBps: must be 0 to " + MAX_PENALTY_BPS + ", was " + penaltyBps);
        }
        if (energyMilliWhPerUnit < 0 || energyMilliWhPerUnit > MAX_ENERGY_MILLI_WH) {
            throw new IllegalArgumentException("energyMilliWhPerUnit: must be 0 to " + MAX_ENERGY_MILLI_WH + ", was "
                    + energyMilliWhPerUnit);
        }
        if (gridGramsPerMwh < 0 || gridGramsPerMwh > MAX_GRID_GRAMS_PER_MWH) {
            throw new IllegalArgumentException("gridGramsPerMwh: must be 0 to " + MAX_GRID_GRAMS_PER_MWH + ", was "
                    + gridGramsPerMwh);
        }
    }
}
