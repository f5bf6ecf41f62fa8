package com.suanli.exchange.clearing;

/**
 * How a clearing set-up charges each product: a share of the product's reference notional per lot
 * (the desk's standard, so one schedule fits every price level), or one fixed rate per lot (a
 * simulated session's configuration names its fees in fen).
 */
public sealed interface FeeTerms permits FeeTerms.NotionalShare, FeeTerms.PerLot {

    /** The rate of a product whose first listed contract is worth {@code referenceNotional} fen a lot. */
    FeeRate rate(long referenceNotional);

    /** A taker pays {@code takerFeeBps} and a maker earns {@code makerRebateBps} of the notional, rounded down to fen. */
    static FeeTerms notionalShare(int takerFeeBps, int makerRebateBps) {
        return new NotionalShare(takerFeeBps, makerRebateBps);
    }

    /** The same rate for every product. */
    static FeeTerms perLot(FeeRate rate) {
        return new PerLot(rate);
    }

    /**
     * @param takerFeeBps basis points of the reference notional, 0 to 10,000
     * @param makerRebateBps basis points of the reference notional, at most the taker fee
     */
    record NotionalShare(int takerFeeBps, int makerRebateBps) implements FeeTerms {

        public NotionalShare {
            ClearingSetup.requireBps("takerFeeBps", takerFeeBps, 0);
            ClearingSetup.requireBps("makerRebateBps", makerRebateBps, 0);
            if (makerRebateBps > takerFeeBps) {
                throw new IllegalArgumentException("makerRebateBps: must be at most takerFeeBps " + takerFeeBps
                        + ", was " + makerRebateBps);
            }
        }

        @Override
        public FeeRate rate(long referenceNotional) {
            return new FeeRate(-ClearingSetup.bpsOf(referenceNotional, makerRebateBps),
                    ClearingSetup.bpsOf(referenceNotional, takerFeeBps));
        }
    }

    /** @param rate every product's fees, fen per lot */
    record PerLot(FeeRate rate) implements FeeTerms {

        public PerLot {
            java.util.Objects.requireNonNull(rate, "rate");
        }

        @Override
        public FeeRate rate(long referenceNotional) {
            return rate;
        }
    }
}
