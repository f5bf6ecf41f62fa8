package com.suanli.pricing.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueAtRiskTest {

    private static final double EXACT = 1e-9;

    /** Losses 1..1000 in a shuffled order: the quantiles are known by hand. */
    private static double[] shuffledLossesOneToThousand() {
        double[] pnl = new double[1000];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = -(i + 1);
        }
        Random random = new Random(7);
        for (int i = pnl.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = pnl[i];
            pnl[i] = pnl[j];
            pnl[j] = t;
        }
        return pnl;
    }

    @Test
    void var_99_of_a_thousand_scenarios_is_the_eleventh_worst_loss_and_es_the_mean_of_the_ten_worst() {
        double[] pnl = shuffledLossesOneToThousand();

        assertThat(ValueAtRisk.valueAtRisk(pnl, 0.99)).isEqualTo(990.0);
        assertThat(ValueAtRisk.expectedShortfall(pnl, 0.99)).isCloseTo(995.5, within(EXACT));
        assertThat(ValueAtRisk.valueAtRisk(pnl, 0.975)).isEqualTo(975.0);
        assertThat(ValueAtRisk.expectedShortfall(pnl, 0.975)).isCloseTo(988.0, within(EXACT));
    }

    @Test
    void expected_shortfall_weights_the_var_scenario_by_its_share_of_the_tail() {
        double[] pnl = new double[100];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = -(i + 1);
        }
        // n p = 98.5: VaR is L(99) = 99; ES = (0.5 x 99 + 100) / 1.5
        assertThat(ValueAtRisk.valueAtRisk(pnl, 0.985)).isEqualTo(99.0);
        assertThat(ValueAtRisk.expectedShortfall(pnl, 0.985)).isCloseTo((0.5 * 99 + 100) / 1.5, within(EXACT));
        // n p = 97.5: VaR L(98) = 98; ES = (0.5 x 98 + 99 + 100) / 2.5
        assertThat(ValueAtRisk.expectedShortfall(pnl, 0.975)).isCloseTo((0.5 * 98 + 99 + 100) / 2.5, within(EXACT));
    }

    @Test
    void historical_var_is_the_order_statistic_at_ceiling_n_p_for_any_sample() {
        Random random = new Random(11);
        for (int trial = 0; trial < 50; trial++) {
            int n = 100 + random.nextInt(900);
            double[] pnl = random.doubles(n, -1e6, 1e6).toArray();
            double confidence = 0.9 + 0.09 * random.nextDouble();
            double[] losses = Arrays.stream(pnl).map(x -> -x).sorted().toArray();
            int rank = (int) Math.ceil(n * confidence);

            assertThat(ValueAtRisk.valueAtRisk(pnl, confidence)).isEqualTo(losses[rank - 1]);
            assertThat(ValueAtRisk.expectedShortfall(pnl, confidence))
                    .isGreaterThanOrEqualTo(losses[rank - 1]).isLessThanOrEqualTo(losses[n - 1]);
        }
    }

    @Test
    void one_day_scenarios_scale_to_the_horizon_by_square_root_of_time() {
        double[] pnl = shuffledLossesOneToThousand();
        VarResult tenDay = ValueAtRisk.of(pnl, new VarSettings(0.99, 10, VarSettings.HorizonScaling.SQRT_TIME));
        VarResult horizonScenarios = ValueAtRisk.of(pnl, new VarSettings(0.99, 10, VarSettings.HorizonScaling.NONE));

        assertThat(tenDay.valueAtRisk()).isCloseTo(990.0 * Math.sqrt(10), within(EXACT));
        assertThat(tenDay.expectedShortfall()).isCloseTo(995.5 * Math.sqrt(10), within(EXACT));
        assertThat(horizonScenarios.valueAtRisk()).isEqualTo(990.0);
        assertThat(tenDay.sampleSize()).isEqualTo(1000);
    }

    @Test
    void too_few_scenarios_for_the_confidence_are_refused() {
        assertThatThrownBy(() -> ValueAtRisk.valueAtRisk(new double[50], 0.99))
                .hasMessageContaining("50 scenarios are too few for a 0.99 quantile (need at least 100)");
        assertThatThrownBy(() -> new VarSettings(1.2, 1, VarSettings.HorizonScaling.NONE))
                .hasMessageContaining("confidence: must be in (0.5, 1)");
    }
}
