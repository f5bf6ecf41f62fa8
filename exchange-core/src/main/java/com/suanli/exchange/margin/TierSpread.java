package com.suanli.exchange.margin;

/**
 * An intra-commodity (calendar) spread charge between two tiers of delivery months of one
 * combined commodity: each spread formed between a long in one tier and a short in the other
 * costs {@code chargePerSpread} fen. The scan treats the months of a combined commodity as
 * moving together; this charge covers the basis risk between them.
 *
 * @param frontTier the nearer tier, 0-based
 * @param backTier the further tier, 0-based, not the front one
 * @param chargePerSpread fen per spread (one lot each side), &gt;= 0
 */
public record TierSpread(int frontTier, int backTier, long chargePerSpread) {

    public TierSpread {
        if (frontTier < 0 || backTier < 0) {
            throw new IllegalArgumentException("frontTier, backTier: must be >= 0, were " + frontTier + ", " + backTier);
        }
        if (frontTier == backTier) {
            throw new IllegalArgumentException("backTier: must differ from frontTier " + frontTier
                    + " (spreads within a tier are charged by the commodity's intraTierCharge)");
        }
        if (chargePerSpread < 0 || chargePerSpread > RiskArray.MAX_LOSS) {
            throw new IllegalArgumentException("chargePerSpread: must be 0 to " + RiskArray.MAX_LOSS + " fen, was "
                    + chargePerSpread);
        }
    }
}
