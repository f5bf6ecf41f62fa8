package com.suanli.exchange.insurance;

/**
 * A policy as it stands: its terms, the claims it has paid so far (fen) and whether it is still
 * live (covering and holding the insurer's collateral) or has expired.
 */
public record Policy(long policyId, PolicyTerms terms, long paid, boolean live) {

    /** What the insurer still holds back for it, fen: the limit less the claims while live, else 0. */
    public long collateral() {
        return live ? terms.limit() - paid : 0;
    }
}
