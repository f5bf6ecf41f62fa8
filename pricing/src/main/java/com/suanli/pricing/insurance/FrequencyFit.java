package com.suanli.pricing.insurance;

/**
 * A fitted outage frequency with the evidence for the choice of family.
 *
 * @param model             the chosen count model, per period of {@code periodDays}
 * @param periodDays        length of one period of the history
 * @param method            how the parameters were estimated
 * @param logLikelihood     log-likelihood of the history under {@code model}
 * @param dispersionIndex   sample variance over sample mean (1 for a Poisson process)
 * @param dispersionPValue  p-value of the index-of-dispersion test against Poisson
 */
public record FrequencyFit(
        FrequencyModel model,
        int periodDays,
        FitMethod method,
        double logLikelihood,
        double dispersionIndex,
        double dispersionPValue) {

    public FrequencyFit {
        if (model == null) {
            throw new IllegalArgumentException("model: must not be null");
        }
        if (method == null) {
            throw new IllegalArgumentException("method: must not be null");
        }
        if (periodDays <= 0) {
            throw new IllegalArgumentException("periodDays: must be positive, was " + periodDays);
        }
    }

    /** True when the history was overdispersed enough to choose the negative binomial. */
    public boolean overdispersed() {
        return model instanceof NegativeBinomialFrequency;
    }
}
