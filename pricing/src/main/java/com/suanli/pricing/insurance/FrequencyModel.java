package com.suanli.pricing.insurance;

/**
 * Distribution of the number of outages in one period. Both cases are members of the
 * (a,b,0) class, which is what lets {@link PanjerRecursion} compound them exactly
 * (Klugman, Panjer and Willmot, "Loss Models", section 6.5).
 */
public sealed interface FrequencyModel permits PoissonFrequency, NegativeBinomialFrequency {

    /** Expected count per period. */
    double mean();

    /** Variance of the count per period. */
    double variance();

    /** The (a,b,0) coefficient a in p(k) = (a + b/k) p(k-1). */
    double a();

    /** The (a,b,0) coefficient b in p(k) = (a + b/k) p(k-1). */
    double b();

    /** Probability generating function P(z) = E[z^N], used for the Panjer starting value. */
    double generatingFunction(double z);

    /** Natural log of P(N = k). */
    double logProbability(int k);

    /**
     * The count over {@code periods} periods. A Poisson rate scales linearly; a negative
     * binomial keeps its shape r and scales beta, which is the gamma-mixed Poisson with one
     * intensity draw held for the whole term (outage-prone conditions persist within a cover).
     */
    FrequencyModel overPeriods(double periods);

    /** The same family with its mean multiplied by {@code factor} (outage-rate scenarios). */
    FrequencyModel withMeanScaledBy(double factor);
}
