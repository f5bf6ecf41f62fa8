package com.suanli.pricing.risk;

import static com.suanli.pricing.risk.RiskFixtures.FIRST_MONTH;
import static com.suanli.pricing.risk.RiskFixtures.H100_NX;
import static com.suanli.pricing.risk.RiskFixtures.H100_YRD;
import static com.suanli.pricing.risk.RiskFixtures.forwardHolding;
import static com.suanli.pricing.risk.RiskFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class MonteCarloScenariosTest {

    private static final int PATHS = 20_000;
    private static final long SEED = 20261127L;
    private static final double CONFIDENCE = 0.99;
    private static final int HORIZON_DAYS = 10;

    @Test
    void mc_var_of_a_linear_book_matches_the_normal_closed_form_within_three_standard_errors() {
        // Long 1,000 YRD December, short 600 NX December; absolute daily moves 0.4 and 0.3 CNY, correlation 0.6.
        List<RiskFactor> factors = List.of(
                new RiskFactor("yrd", CurveSelection.curve(H100_YRD), ShiftKind.ABSOLUTE, 0.4),
                new RiskFactor("nx", CurveSelection.curve(H100_NX), ShiftKind.ABSOLUTE, 0.3));
        double rho = 0.6;
        Portfolio book = Portfolio.of(forwardHolding("long", H100_YRD, FIRST_MONTH, 1000),
                forwardHolding("short", H100_NX, FIRST_MONTH, -600));

        List<Scenario> scenarios = MonteCarloScenarios.simulate(factors, new double[][] {{1, rho}, {rho, 1}},
                HORIZON_DAYS, PATHS, SEED);
        VarResult mc = ValueAtRisk.of(Revaluation.pnl(book, market(), scenarios),
                new VarSettings(CONFIDENCE, HORIZON_DAYS, VarSettings.HorizonScaling.NONE));

        double dailySigma = Math.sqrt(Math.pow(1000 * 0.4, 2) + Math.pow(600 * 0.3, 2) - 2 * rho * 1000 * 0.4 * 600 * 0.3);
        double sigma = dailySigma * Math.sqrt(HORIZON_DAYS);
        double z = new NormalDistribution().inverseCumulativeProbability(CONFIDENCE);
        double closedFormVar = z * sigma;
        double closedFormEs = sigma * new NormalDistribution().density(z) / (1 - CONFIDENCE);
        // Standard error of a sample quantile: sqrt(p (1 - p) / n) / f(q).
        double quantileError = Math.sqrt(CONFIDENCE * (1 - CONFIDENCE) / PATHS)
                / (new NormalDistribution().density(z) / sigma);

        assertThat(mc.valueAtRisk()).isCloseTo(closedFormVar, within(3 * quantileError));
        assertThat(mc.expectedShortfall()).isCloseTo(closedFormEs, within(3 * quantileError));
    }

    @Test
    void the_same_seed_gives_the_same_scenarios() {
        List<RiskFactor> factors = List.of(new RiskFactor("all", CurveSelection.ALL, ShiftKind.LOG, 0.05));
        double[][] one = {{1.0}};

        assertThat(MonteCarloScenarios.simulate(factors, one, 1, 50, SEED))
                .isEqualTo(MonteCarloScenarios.simulate(factors, one, 1, 50, SEED));
    }

    @Test
    void factors_estimated_from_a_history_carry_its_volatility() {
        java.util.Random random = new java.util.Random(3);
        int days = 400;
        double dailyVol = 0.04;
        java.util.List<java.time.LocalDate> dates = new java.util.ArrayList<>();
        double[] levels = new double[days];
        levels[0] = 15.0;
        for (int d = 0; d < days; d++) {
            dates.add(RiskFixtures.TODAY.minusDays(days - d));
            if (d > 0) {
                levels[d] = levels[d - 1] * Math.exp(dailyVol * random.nextGaussian());
            }
        }
        IndexHistory history = new IndexHistory("h100", CurveSelection.ALL, dates, levels);
        List<Scenario> scenarios = MonteCarloScenarios.fromIndexHistories(List.of(history), 1, 5_000, SEED);
        double[] moves = scenarios.stream()
                .mapToDouble(s -> ((Shock.CurveShift) s.shocks().get(0)).amount()).toArray();
        double sampleVol = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(moves);
        double historyVol = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation()
                .evaluate(history.dailyLogReturns());

        // Sample standard deviation of 5,000 normal draws has a relative error of about 1 / sqrt(2 n) = 1%.
        assertThat(sampleVol).isCloseTo(historyVol, within(historyVol * 0.03));
    }
}
