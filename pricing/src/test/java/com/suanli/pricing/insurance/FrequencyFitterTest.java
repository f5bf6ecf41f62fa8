package com.suanli.pricing.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class FrequencyFitterTest {

    private static final int PERIODS = 3000;
    /** About three asymptotic standard errors of each estimate at 3000 periods. */
    private static final double TOLERANCE_RATE = 0.09;
    private static final double TOLERANCE_SHAPE_RELATIVE = 0.15;
    private static final double TOLERANCE_MEAN = 0.15;

    private static OutageHistory simulatedHistory(double shape, double beta, long seed) {
        RandomGenerator random = new Well19937c(seed);
        GammaDistribution intensity = new GammaDistribution(random, shape, beta);
        int[] counts = new int[PERIODS];
        for (int i = 0; i < PERIODS; i++) {
            counts[i] = new PoissonDistribution(random, intensity.sample(), PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        return new OutageHistory("GUIZHOU", 30, counts);
    }

    private static OutageHistory simulatedPoissonHistory(double rate, long seed) {
        PoissonDistribution count = new PoissonDistribution(new Well19937c(seed), rate,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        return new OutageHistory("INNER_MONGOLIA", 30, count.sample(PERIODS));
    }

    @Test
    void overdispersed_history_is_fitted_negative_binomial_and_recovers_its_parameters() {
        OutageHistory history = simulatedHistory(2.0, 1.5, 11L);

        for (FitMethod method : FitMethod.values()) {
            FrequencyFit fit = FrequencyFitter.DEFAULT.fit(history, method);

            assertThat(fit.overdispersed()).isTrue();
            assertThat(fit.dispersionPValue()).isLessThan(0.05);
            NegativeBinomialFrequency model = (NegativeBinomialFrequency) fit.model();
            assertThat(model.shape()).isCloseTo(2.0, within(2.0 * TOLERANCE_SHAPE_RELATIVE));
            assertThat(model.mean()).isCloseTo(3.0, within(TOLERANCE_MEAN));
        }
    }

    @Test
    void maximum_likelihood_is_at_least_as_likely_as_the_method_of_moments() {
        OutageHistory history = simulatedHistory(0.8, 4.0, 12L);

        FrequencyFit mle = FrequencyFitter.DEFAULT.fit(history, FitMethod.MAXIMUM_LIKELIHOOD);
        FrequencyFit moments = FrequencyFitter.DEFAULT.fit(history, FitMethod.METHOD_OF_MOMENTS);

        assertThat(mle.logLikelihood()).isGreaterThanOrEqualTo(moments.logLikelihood());
        assertThat(((NegativeBinomialFrequency) mle.model()).shape()).isCloseTo(0.8, within(0.8 * TOLERANCE_SHAPE_RELATIVE));
    }

    @Test
    void equidispersed_history_is_fitted_poisson_at_the_sample_mean() {
        OutageHistory history = simulatedPoissonHistory(2.5, 13L);

        FrequencyFit fit = FrequencyFitter.DEFAULT.fit(history, FitMethod.MAXIMUM_LIKELIHOOD);

        assertThat(fit.overdispersed()).isFalse();
        assertThat(fit.model()).isInstanceOf(PoissonFrequency.class);
        assertThat(fit.model().mean()).isCloseTo(2.5, within(TOLERANCE_RATE));
        assertThat(fit.dispersionIndex()).isCloseTo(1.0, within(0.1));
    }

    @Test
    void negative_binomial_is_refused_for_an_underdispersed_history() {
        OutageHistory regular = new OutageHistory("GANSU", 30, new int[] {2, 2, 3, 2, 2, 3});

        assertThatThrownBy(() -> FrequencyFitter.DEFAULT.fitNegativeBinomial(regular, FitMethod.MAXIMUM_LIKELIHOOD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not overdispersed");
    }

    @Test
    void history_without_outages_cannot_be_fitted() {
        OutageHistory quiet = new OutageHistory("NINGXIA", 30, new int[] {0, 0, 0});

        assertThatThrownBy(() -> FrequencyFitter.DEFAULT.fit(quiet, FitMethod.METHOD_OF_MOMENTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts");
    }

    @Test
    void history_rejects_negative_counts_naming_the_period() {
        assertThatThrownBy(() -> new OutageHistory("GANSU", 30, new int[] {1, -1}))
                .hasMessageContaining("counts[1]");
    }
}
