package com.suanli.sessions.insurance;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.insurance.FrequencyModel;
import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.LostHoursSeverity;
import com.suanli.pricing.insurance.OutageHistory;
import com.suanli.pricing.insurance.PoissonFrequency;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.model.JumpParameters;
import com.suanli.pricing.model.SpotModel;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.InsuranceSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The insurer's quotes against closed forms and against the monitor's own draws. */
class UnderwriterTest {

    /** The outage wave's H100 at YRD: 45 outages a month, 15% of 24,000 GPUs each, 10 hours on average. */
    private static final HubSetup WAVE = new HubSetup(Hub.YRD, new BigDecimal("21.50"), 21.5, 24_000, 0.78, 45.0, 0.15,
            10.0);
    private static final double INDEX = 21.5;
    /** Loadings of zero: the premium is the expected payout. */
    private static final InsuranceSettings PURE = new InsuranceSettings(500, 7, 60, 1_000_000_000, 0.5, 1_000, 200_000,
            0.0, 0.0, 1);
    private static final double LATTICE_TOLERANCE = 1e-4;
    private static final int DRAWS = 400_000;

    /**
     * The monitor draws the share offline as share x U(0.5, 1.5) and the length as an exponential
     * of mean m: simulated so, the GPU-hours a 500-GPU lab loses beyond an hour's deductible have the
     * mean and coefficient of variation the underwriter gives pricing's lognormal severity.
     */
    @Test
    void the_severity_has_the_moments_of_the_monitors_draws() {
        LostHoursSeverity severity = new Underwriter(PURE).severity(WAVE);
        SplittableRandom random = new SplittableRandom(5);
        double sum = 0;
        double sumSquares = 0;
        for (int n = 0; n < DRAWS; n++) {
            double share = WAVE.outageShare() * (0.5 + random.nextDouble());
            double hours = -Math.log(1.0 - random.nextDouble()) * WAVE.outageHours();
            double lost = 500 * share * Math.max(0.0, hours - 1.0);
            sum += lost;
            sumSquares += lost * lost;
        }
        double mean = sum / DRAWS;
        double variance = sumSquares / DRAWS - mean * mean;
        double standardError = Math.sqrt(variance / DRAWS);
        assertThat(severity.meanGpuHours()).isCloseTo(mean, within(4 * standardError));
        // 500 x 0.15 x 10 h x exp(-0.1)
        assertThat(severity.meanGpuHours()).isCloseTo(678.6280, within(1e-4));
        assertThat(severity.coefficientOfVariation()).isCloseTo(Math.sqrt(variance) / mean, within(0.01));
    }

    /** Without loading or a binding limit the premium is E[N] E[L] x index: 10.5 outages a week x 678.63 GPU-hours x 21.50. */
    @Test
    void a_pure_premium_is_the_expected_loss_of_the_declared_rate() {
        long premium = new Underwriter(PURE).outagePremium(WAVE, Optional.empty(), INDEX);
        double expected = 45.0 / 30 * 7 * 678.6280 * INDEX * 100;
        assertThat((double) premium).isCloseTo(expected, within(expected * LATTICE_TOLERANCE + 1));
    }

    @Test
    void the_monitored_history_replaces_the_declared_rate_once_five_days_with_an_outage_are_logged() {
        Underwriter underwriter = new Underwriter(PURE);
        assertThat(underwriter.frequency(WAVE, Optional.empty())).isEqualTo(new PoissonFrequency(1.5));
        assertThat(underwriter.frequency(WAVE, history(0, 0, 0, 0, 0, 0))).as("no outage yet")
                .isEqualTo(new PoissonFrequency(1.5));
        assertThat(underwriter.frequency(WAVE, history(3, 3, 3, 3))).as("four days").isEqualTo(new PoissonFrequency(1.5));
        FrequencyModel fitted = underwriter.frequency(WAVE, history(3, 2, 4, 3, 3));
        assertThat(fitted).isInstanceOf(PoissonFrequency.class);
        assertThat(fitted.mean()).isCloseTo(3.0, within(1e-12));
        assertThat(underwriter.frequency(WAVE, history(0, 0, 9, 0, 0, 8, 0, 0, 0, 10, 0, 0)).variance())
                .as("a bursty history is fitted overdispersed").isGreaterThan(2 * 27.0 / 12);

        long calm = underwriter.outagePremium(WAVE, history(1, 1, 2, 1, 1), INDEX);
        long wave = underwriter.outagePremium(WAVE, history(3, 2, 4, 3, 3), INDEX);
        assertThat((double) wave).as("the premium follows the fitted rate").isCloseTo(3.0 / 1.2 * calm,
                within(calm * 0.01));
    }

    @Test
    void a_loading_and_a_limit_price_the_tail_and_a_cap_is_its_strip_plus_its_loading() {
        InsuranceSettings loaded = new InsuranceSettings(500, 7, 60, 400_000, 0.5, 1_000, 200_000, 0.5, 0.2, 1);
        long pure = new Underwriter(PURE).outagePremium(WAVE, Optional.empty(), INDEX);
        assertThat(new Underwriter(loaded).outagePremium(WAVE, Optional.empty(), INDEX)).isGreaterThan(pure);

        SpotModel model = new SpotModel(LocalDate.of(2027, 1, 4), Math.log(21.5), 4.0, 0.6, 0.15, 0.0, 0.0,
                new JumpParameters(2.0, 0.15, 0.1));
        LocalDate first = LocalDate.of(2027, 1, 11);
        double strip = PriceSpikeCoverPricer.DEFAULT.strip(PriceSpikeCover.of(first, first.plusDays(6), 23.65, 12_000),
                IndexMarket.of(first, INDEX, model, 0.0));
        assertThat(new Underwriter(loaded).capPremium(model, first, first.plusDays(6), INDEX, 23.65, 12_000))
                .isEqualTo((long) Math.ceil(strip * 1.2 * 100));
    }

    private static Optional<OutageHistory> history(int... counts) {
        return Optional.of(new OutageHistory("H100-YRD", 1, counts));
    }
}
