package com.suanli.pricing.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ProductClass;
import com.suanli.exchange.listing.Ratings;

class ComputeEvaluatorTest {

    private static final double TOLERANCE = 1e-12;
    private static final double STANDARD_ERRORS = 3.0;
    /** Sampling error of an R^2 near 0.88 from 750 days. */
    private static final double TOLERANCE_EFFECTIVENESS = 0.03;

    private static final ComputeProduct H100 = ComputeProduct.of("H100", "NVIDIA H100 SXM 80GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));
    private static final ComputeProduct H200 = ComputeProduct.of("H200", "NVIDIA H200 SXM 141GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 141, 4.8, 0, 0.7));
    private static final ComputeProduct A100 = ComputeProduct.of("A100", "NVIDIA A100 SXM 80GB", ProductClass.GPU,
            new Ratings(312, 0, 9.7, 80, 2.039, 0, 0.4));
    private static final ComputeProduct CPU = ComputeProduct.of("CPUX86", "x86 core-hour", ProductClass.CPU,
            new Ratings(0, 0, 0.05, 4, 0.005, 9.4, 0.004));

    private static final StandardComputeUnit SCU = StandardComputeUnit.of("SCU", H100, StandardComputeUnit.GPU_WEIGHTS);
    private static final ComputeEvaluator EVALUATOR = ComputeEvaluator.DEFAULT;

    @Test
    void one_hour_of_the_reference_chip_is_one_unit() {
        assertThat(SCU.unitsPerHour(H100)).isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void a100_hour_is_worth_the_weighted_geometric_mean_of_its_rating_ratios() {
        double expected = Math.pow(312.0 / 989.0, 0.6) * Math.pow(2.039 / 3.35, 0.3) * Math.pow(80.0 / 80.0, 0.1);

        assertThat(SCU.unitsPerHour(A100)).isCloseTo(expected, within(TOLERANCE));
        assertThat(EVALUATOR.standardUnits(1000, A100, SCU)).isCloseTo(1000 * expected, within(1e-9));
    }

    @Test
    void converting_a_position_there_and_back_is_the_identity_and_conversions_chain() {
        double hours = 12_345.0;

        double inH100 = EVALUATOR.convertPosition(hours, A100, H100, SCU);
        double back = EVALUATOR.convertPosition(inH100, H100, A100, SCU);
        double viaH200 = EVALUATOR.convertPosition(EVALUATOR.convertPosition(hours, A100, H200, SCU), H200, H100, SCU);

        assertThat(back).isCloseTo(hours, within(hours * TOLERANCE));
        assertThat(viaH200).isCloseTo(inH100, within(hours * TOLERANCE));
        assertThat(inH100).isLessThan(hours);
    }

    @Test
    void converted_price_keeps_the_price_per_standard_unit() {
        double a100Price = 9.5;

        double h100Equivalent = EVALUATOR.convertPrice(a100Price, A100, H100, SCU);

        assertThat(EVALUATOR.convertPrice(h100Equivalent, H100, A100, SCU)).isCloseTo(a100Price, within(TOLERANCE));
        assertThat(EVALUATOR.pricePerUnit(h100Equivalent, H100, SCU))
                .isCloseTo(EVALUATOR.pricePerUnit(a100Price, A100, SCU), within(TOLERANCE));
    }

    @Test
    void basis_compares_the_observed_price_ratio_with_the_rating_ratio() {
        RatingBasis basis = EVALUATOR.basis(A100, 9.5, H100, 16.0, SCU);

        assertThat(basis.ratingRatio()).isCloseTo(SCU.unitsPerHour(A100), within(TOLERANCE));
        assertThat(basis.observedRatio()).isCloseTo(9.5 / 16.0, within(TOLERANCE));
        assertThat(basis.basis()).isCloseTo(9.5 / 16.0 / SCU.unitsPerHour(A100) - 1.0, within(TOLERANCE));
        assertThat(basis.basis()).as("older chips rent above their rating ratio").isPositive();
    }

    @Test
    void fp8_falls_back_to_bf16_on_a_chip_without_fp8() {
        assertThat(RatingMetric.FP8.of(A100.ratings())).isEqualTo(312.0);
        assertThat(RatingMetric.FP8.of(H100.ratings())).isEqualTo(1979.0);
    }

    @Test
    void hedge_ratio_recovers_a_known_beta_from_simulated_prices() {
        double beta = 0.45;
        int days = 750;
        RandomGenerator random = new Well19937c(42L);
        double[] h100 = new double[days];
        double[] a100 = new double[days];
        h100[0] = 16.0;
        a100[0] = 9.5;
        for (int day = 1; day < days; day++) {
            double hedgeMove = 0.3 * random.nextGaussian();
            h100[day] = h100[day - 1] + hedgeMove;
            a100[day] = a100[day - 1] + beta * hedgeMove + 0.05 * random.nextGaussian();
        }

        HedgeRatio ratio = EVALUATOR.hedgeRatio(A100, a100, H100, h100, SCU);

        assertThat(ratio.minimumVariance()).isCloseTo(beta, within(STANDARD_ERRORS * ratio.standardError()));
        assertThat(ratio.observations()).isEqualTo(days - 1);
        double explained = beta * beta * 0.09;
        assertThat(ratio.effectiveness()).isCloseTo(explained / (explained + 0.0025), within(TOLERANCE_EFFECTIVENESS));
        assertThat(ratio.ratingBased()).isCloseTo(SCU.unitsPerHour(A100), within(TOLERANCE));
    }

    @Test
    void mismatched_histories_and_cross_class_conversions_are_refused() {
        assertThatThrownBy(() -> EVALUATOR.hedgeRatio(A100, new double[] {1, 2, 3}, H100, new double[] {1, 2}, SCU))
                .hasMessageContaining("prices");
        assertThatThrownBy(() -> EVALUATOR.convertPosition(10, CPU, H100, SCU))
                .hasMessageContaining("CPUX86").hasMessageContaining("GPU");
        assertThatThrownBy(() -> StandardComputeUnit.of("bad", H100, Map.of(RatingMetric.DENSE_BF16, 0.5)))
                .hasMessageContaining("weights");
        assertThatThrownBy(() -> StandardComputeUnit.of("cpu", H100, StandardComputeUnit.CPU_WEIGHTS))
                .hasMessageContaining("CPU_SCORE");
    }

    @Test
    void cpu_unit_compares_core_hours_by_their_throughput_score() {
        ComputeProduct slowerCore = ComputeProduct.of("CPUARM", "ARM core-hour", ProductClass.CPU,
                new Ratings(0, 0, 0.03, 4, 0.004, 6.0, 0.003));
        StandardComputeUnit coreUnit = StandardComputeUnit.of("core SCU", CPU, StandardComputeUnit.CPU_WEIGHTS);

        assertThat(coreUnit.unitsPerHour(slowerCore)).isCloseTo(6.0 / 9.4, within(TOLERANCE));
    }
}
