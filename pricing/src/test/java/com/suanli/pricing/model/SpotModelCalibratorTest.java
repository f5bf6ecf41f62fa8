package com.suanli.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Calibration recovers known parameters from ten years of simulated daily index data.
 * Tolerances are about three asymptotic standard errors for this sample. With kappa = 20 the
 * factor decorrelates in about 1/kappa years, so ten years hold about T kappa / 2 = 100
 * independent looks at its level (stationary standard deviation about 0.25 with the jumps):
 * level and seasonal coefficients have standard errors of 0.03-0.05, the trend about 0.009.
 * kappa's is sqrt(2 kappa / T) = 2, sigma's about sigma / sqrt(2n) = 0.011, the intensity's
 * sqrt(lambda / T) = 1.1, the jump mean's about 0.01 and the jump spread's about 0.01.
 */
class SpotModelCalibratorTest {

    private static final LocalDate ORIGIN = LocalDate.of(2017, 1, 1);
    private static final int DAYS = 3650;

    private static NavigableMap<LocalDate, Double> simulatedHistory(SpotModel model, long seed) {
        double[] path = SpotPathSimulator.seeded(model, seed).dailyPath(ORIGIN, 8.0, DAYS);
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        for (int d = 0; d < path.length; d++) {
            history.put(ORIGIN.plusDays(d), path[d]);
        }
        return history;
    }

    @Test
    void calibration_recovers_jump_diffusion_parameters_from_simulated_history() {
        SpotModel truth = new SpotModel(ORIGIN, Math.log(8.0), 20.0, 0.9, 0.25, 0.08, -0.05,
                new JumpParameters(12.0, 0.35, 0.10));
        SpotCalibration fit = SpotModelCalibrator.DEFAULT.calibrate(simulatedHistory(truth, 2024L));
        SpotModel m = fit.model();
        assertThat(m.kappa()).isCloseTo(20.0, within(6.0));
        assertThat(m.sigma()).isCloseTo(0.9, within(0.05));
        assertThat(m.longRunMean()).isCloseTo(Math.log(8.0), within(0.15));
        assertThat(m.obsolescenceRate()).isCloseTo(0.25, within(0.03));
        assertThat(m.seasonalCos()).isCloseTo(0.08, within(0.1));
        assertThat(m.seasonalSin()).isCloseTo(-0.05, within(0.1));
        assertThat(m.jumps().intensity()).isCloseTo(12.0, within(3.5));
        assertThat(m.jumps().meanSize()).isCloseTo(0.35, within(0.03));
        assertThat(m.jumps().sizeStd()).isCloseTo(0.10, within(0.03));
        assertThat(fit.observations()).isEqualTo(DAYS + 1);
    }

    @Test
    void calibration_without_jumps_recovers_the_schwartz_parameters() {
        SpotModel truth = SpotModel.schwartz(ORIGIN, Math.log(6.0), 8.0, 0.7).withObsolescence(0.3);
        SpotModel m = SpotModelCalibrator.DEFAULT.calibrate(simulatedHistory(truth, 77L), false).model();
        assertThat(m.kappa()).isCloseTo(8.0, within(2.5));
        assertThat(m.sigma()).isCloseTo(0.7, within(0.04));
        assertThat(m.obsolescenceRate()).isCloseTo(0.3, within(0.06));
        assertThat(m.jumps()).isEqualTo(JumpParameters.NONE);
    }

    @Test
    void short_history_is_rejected() {
        NavigableMap<LocalDate, Double> history = new TreeMap<>();
        history.put(ORIGIN, 8.0);
        assertThatThrownBy(() -> SpotModelCalibrator.DEFAULT.calibrate(history)).hasMessageContaining("history: need at least");
    }
}
