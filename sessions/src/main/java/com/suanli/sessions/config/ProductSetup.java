package com.suanli.sessions.config;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.model.JumpParameters;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A product of the session and its fundamental: the spot model's dynamics (pricing's
 * {@code SpotModel}: mean reversion {@code kappa}, volatility {@code sigma}, obsolescence, jumps),
 * shared by its hubs, whose diffusion shocks are equicorrelated with {@code hubCorrelation}.
 *
 * @param code a product of the default catalogue, e.g. H100
 * @param kappa mean reversion per year, &gt; 0
 * @param sigma volatility of the log spot per square-root year, 0 to 5
 * @param obsolescenceRate the yearly fall of the rent as newer chips arrive, -1 to 1
 * @param jumps scarcity spikes
 * @param hubCorrelation the correlation of any two hubs' shocks, 0 to 1
 * @param hubs at least one, each hub once
 */
public record ProductSetup(String code, double kappa, double sigma, double obsolescenceRate, JumpParameters jumps,
                           double hubCorrelation, List<HubSetup> hubs) {

    public ProductSetup {
        Objects.requireNonNull(code, "code: must not be null");
        Require.positive("kappa", kappa);
        Require.between("sigma", sigma, 0.0, 5.0);
        Require.between("obsolescenceRate", obsolescenceRate, -1.0, 1.0);
        Objects.requireNonNull(jumps, "jumps: must not be null");
        Require.between("hubCorrelation", hubCorrelation, 0.0, 1.0);
        hubs = List.copyOf(Objects.requireNonNull(hubs, "hubs: must not be null"));
        if (hubs.isEmpty()) {
            throw new IllegalArgumentException("hubs: must list at least one hub");
        }
        Set<Hub> seen = EnumSet.noneOf(Hub.class);
        for (HubSetup setup : hubs) {
            if (!seen.add(setup.hub())) {
                throw new IllegalArgumentException("hubs: lists " + setup.hub() + " twice");
            }
        }
    }
}
