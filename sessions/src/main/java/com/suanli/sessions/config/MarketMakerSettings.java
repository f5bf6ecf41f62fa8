package com.suanli.sessions.config;

import java.util.Objects;

/**
 * Market makers quote every listed contract two-sided around the curve's fair value.
 *
 * @param halfSpreadBps the half spread in a quiet market
 * @param quoteLots lots on each side
 * @param skewBpsPerLot how far the quote's centre moves against the inventory, per lot held
 * @param volatilityWeight bp of half spread added per bp of the recent mean absolute trade return
 */
public record MarketMakerSettings(AgentGroup group, int halfSpreadBps, long quoteLots, double skewBpsPerLot,
                                  double volatilityWeight) {

    public MarketMakerSettings {
        Objects.requireNonNull(group, "group: must not be null");
        Require.between("halfSpreadBps", halfSpreadBps, 1, 5_000);
        Require.between("quoteLots", quoteLots, 1, 1_000_000);
        Require.between("skewBpsPerLot", skewBpsPerLot, 0.0, 1_000.0);
        Require.between("volatilityWeight", volatilityWeight, 0.0, 100.0);
    }
}
