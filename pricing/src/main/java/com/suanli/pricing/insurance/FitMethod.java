package com.suanli.pricing.insurance;

/** How a frequency was estimated from an outage history. */
public enum FitMethod {
    /** Match the sample mean (and, for the negative binomial, the sample variance). */
    METHOD_OF_MOMENTS,
    /** Maximise the likelihood of the observed counts. */
    MAXIMUM_LIKELIHOOD
}
