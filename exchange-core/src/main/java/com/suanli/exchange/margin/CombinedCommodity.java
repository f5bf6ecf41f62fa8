package com.suanli.exchange.margin;

import java.util.List;
import java.util.Objects;

/**
 * A SPAN combined commodity: the instruments margined together by summing their risk arrays,
 * here one product at one hub (its spot and every delivery month, green and standard), and the
 * intra-commodity spread charges that add back the basis risk the summed scan ignores.
 *
 * <p>Delivery months are grouped into {@code tiers}. Spreads within one tier (a long and a short
 * month both in it) cost {@code intraTierCharge} each; the tiers' remaining net positions then
 * form spreads pair by pair in the order of {@code tierSpreads} (the priority), each at its
 * charge, as CME's tiered intra-commodity spreading does.
 *
 * @param code unique name, e.g. {@code H100-YRD}
 * @param tiers 1 to {@link #MAX_TIERS}
 * @param intraTierCharge fen per spread within a tier, &gt;= 0
 * @param tierSpreads the tier pairs in priority order, each tier below {@code tiers}
 */
public record CombinedCommodity(String code, int tiers, long intraTierCharge, List<TierSpread> tierSpreads) {

    public static final int MAX_TIERS = 16;

    public CombinedCommodity {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code: must not be blank");
        }
        if (tiers < 1 || tiers > MAX_TIERS) {
            throw new IllegalArgumentException("tiers: must be 1 to " + MAX_TIERS + ", was " + tiers + " (" + code + ")");
        }
        if (intraTierCharge < 0 || intraTierCharge > RiskArray.MAX_LOSS) {
            throw new IllegalArgumentException("intraTierCharge: must be 0 to " + RiskArray.MAX_LOSS + " fen, was "
                    + intraTierCharge + " (" + code + ")");
        }
        tierSpreads = List.copyOf(Objects.requireNonNull(tierSpreads, "tierSpreads"));
        for (TierSpread spread : tierSpreads) {
            if (spread.frontTier() >= tiers || spread.backTier() >= tiers) {
                throw new IllegalArgumentException("tierSpreads: " + spread + " names a tier beyond the " + tiers
                        + " of " + code);
            }
        }
    }

    /** The highest charge one spread of this commodity can cost, within a tier or between two. */
    long highestSpreadCharge() {
        long highest = intraTierCharge;
        for (TierSpread spread : tierSpreads) {
            highest = Math.max(highest, spread.chargePerSpread());
        }
        return highest;
    }
}
