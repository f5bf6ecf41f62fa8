package com.suanli.pricing.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.math.RandomStream;
import com.suanli.pricing.math.StandardNormal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;

class ArithmeticAverageFormulaTest {

    private static final double TOLERANCE_EXACT = 1e-12;
    /** Linetsky's values are given to 6 decimals; 4,000 midpoint fixings approximate the continuous average. */
    private static final double TOLERANCE_LINETSKY = 1e-5;
    /** The accuracy goal: within 0.5% of a 1,000,000-path Monte Carlo or 3 of its standard errors. */
    private static final double GOAL_RELATIVE = 0.005;
    private static final double GOAL_STANDARD_ERRORS = 3.0;
    /**
     * What a 1,000,000-path Monte Carlo resolves: one exercising path in a million paying 10%
     * of the forward. Below it the Monte Carlo reports 0, or a standard error from a handful of
     * paths; the tails are checked against exact integration instead.
     */
    private static final double MC_RESOLUTION_PER_FORWARD = 1e-7;
    /** Out of the money, against exact integration, for values a quote shows: above a millionth of the forward. */
    private static final double TOLERANCE_TAIL_RELATIVE = 2e-3;
    private static final double QUOTED_PER_FORWARD = 1e-6;
    /**
     * Further out, down to 1e-12 of the forward, the second-order term leaves up to about 1%
     * (the third-order term of the spread is left out; 1.1% at 1e-10).
     */
    private static final double TOLERANCE_FAR_TAIL_RELATIVE = 1.5e-2;
    private static final double FAR_TAIL_PER_FORWARD = 1e-12;
    private static final int MC_PATHS = 1_000_000;
    private static final int DOMAIN_CASES = 36;
    private static final double DAYS_PER_YEAR = 365.0;
    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();
    /** Each Brownian increment over +-12 standard deviations, 48 pieces of 10-point Gauss-Legendre. */
    private static final double INTEGRATION_RANGE = 12.0;
    private static final int INTEGRATION_PIECES = 48;
    private static final int INTEGRATION_POINTS = 10;

    @Test
    void matches_linetskys_exact_continuous_average_calls() {
        // V. Linetsky, "Spectral expansions for Asian (average price) options", Operations Research 52(6) (2004),
        // Table 3: continuous arithmetic average from today, no dividend, call; {spot, rate, vol, strike, T, value}.
        double[][] table = {
            {2.0, 0.02, 0.10, 2.0, 1, 0.055986}, {2.0, 0.18, 0.30, 2.0, 1, 0.218388},
            {2.0, 0.0125, 0.25, 2.0, 2, 0.172269}, {1.9, 0.05, 0.50, 2.0, 1, 0.193174},
            {2.0, 0.05, 0.50, 2.0, 1, 0.246416}, {2.1, 0.05, 0.50, 2.0, 1, 0.306220},
            {2.0, 0.05, 0.50, 2.0, 2, 0.350095},
        };
        for (double[] row : table) {
            AverageOptionInputs in = AverageOptionFormulasTest.continuousLimit(PutCall.CALL, row[0], row[3], row[1],
                    row[1], row[2], row[4], 4000);
            assertThat(ArithmeticAverageFormula.DEFAULT.price(in)).as("S=%s r=%s vol=%s T=%s", row[0], row[1], row[2], row[4])
                    .isCloseTo(row[5], within(TOLERANCE_LINETSKY));
        }
    }

    @Test
    void agrees_with_a_million_path_monte_carlo_across_the_compute_domain() {
        // Seeded cases over the goal's domain: vol 10-150%, strike 0.6-1.5 of the expected average,
        // 5-31 fixings over a month, 0-90% of them fixed; months starting up to a year out.
        RandomStream random = RandomStream.seeded(20_261_127L);
        List<String> misses = new ArrayList<>();
        for (int c = 0; c < DOMAIN_CASES; c++) {
            AverageOptionInputs in = domainCase(random);
            assertThat(ArithmeticAverageFormula.DEFAULT.covers(in)).as("case %d %s", c, in).isTrue();
            double analytic = ArithmeticAverageFormula.DEFAULT.price(in);
            MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(in, MC_PATHS, 1000L + c);
            double tolerance = Math.max(Math.max(GOAL_RELATIVE * mc.price(), GOAL_STANDARD_ERRORS * mc.standardError()),
                    MC_RESOLUTION_PER_FORWARD * in.forwards()[in.fixings() - 1]);
            if (!(Math.abs(analytic - mc.price()) <= tolerance)) {
                misses.add(String.format("case %d %s: analytic %.8g, Monte Carlo %.8g +- %.2g", c, in, analytic,
                        mc.price(), mc.standardError()));
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void matches_exact_integration_with_two_or_three_days_to_fix_far_out_of_the_money() {
        // One day fixed at 10, the next fixings 1 or 3 days apart, forward 10: strikes up to 1.5 of the
        // forward give values from 3e-2 down to 1e-12 of it (and below, not checked), where no Monte Carlo reaches.
        double forward = 10.0;
        for (int unknown = 2; unknown <= 3; unknown++) {
            for (double[] volAndSpacing : new double[][] {{0.3, 1}, {0.5, 1}, {1.0, 3}, {1.5, 1}}) {
                for (double moneyness : new double[] {1.0, 1.1, 1.2, 1.3, 1.5}) {
                    int n = unknown + 1;
                    double[] forwards = new double[n];
                    double[] times = new double[n];
                    Arrays.fill(forwards, forward);
                    for (int i = 1; i < n; i++) {
                        times[i] = (1 + (i - 1) * volAndSpacing[1]) / DAYS_PER_YEAR;
                    }
                    AverageOptionInputs in = new AverageOptionInputs(PutCall.CALL, forward * moneyness, forwards, times,
                            volAndSpacing[0], times[n - 1], 0.0);
                    double exact = exactByIntegration(in);
                    if (exact < FAR_TAIL_PER_FORWARD * forward) {
                        continue;
                    }
                    double tolerance = exact >= QUOTED_PER_FORWARD * forward ? TOLERANCE_TAIL_RELATIVE
                            : TOLERANCE_FAR_TAIL_RELATIVE;
                    assertThat(ArithmeticAverageFormula.DEFAULT.price(in)).as("%s, exact %s", in, exact)
                            .isCloseTo(exact, within(tolerance * exact));
                }
            }
        }
    }

    @Test
    void prices_the_half_fixed_year_where_turnbull_wakeman_was_18_percent_off() {
        // The case of issue 11: K=105, vol 35%, 360 daily fixings of which 180 fixed (at 100), forward 100.
        int n = 360;
        double[] forwards = new double[n];
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            forwards[i] = 100.0;
            times[i] = i < 180 ? 0.0 : (i - 179) / DAYS_PER_YEAR;
        }
        for (PutCall putCall : PutCall.values()) {
            AverageOptionInputs in = new AverageOptionInputs(putCall, 105.0, forwards, times, 0.35, 181 / DAYS_PER_YEAR, 0.02);
            MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(in, MC_PATHS, 11L);
            assertThat(ArithmeticAverageFormula.DEFAULT.price(in)).as("%s", putCall).isCloseTo(mc.price(),
                    within(Math.max(GOAL_RELATIVE * mc.price(), GOAL_STANDARD_ERRORS * mc.standardError())));
        }
    }

    @Test
    void put_call_parity_holds_with_fixed_days_and_a_sloped_curve() {
        RandomStream random = RandomStream.seeded(5L);
        for (int c = 0; c < 200; c++) {
            AverageOptionInputs call = domainCase(random);
            AverageOptionInputs put = new AverageOptionInputs(PutCall.PUT, call.strike(), call.forwards(),
                    call.fixingTimes(), call.vol(), call.expiry(), call.rate());
            AverageOptionInputs callAgain = new AverageOptionInputs(PutCall.CALL, call.strike(), call.forwards(),
                    call.fixingTimes(), call.vol(), call.expiry(), call.rate());
            double forward = mean(call.forwards());
            assertThat(ArithmeticAverageFormula.DEFAULT.price(callAgain) - ArithmeticAverageFormula.DEFAULT.price(put))
                    .as("%s", call).isCloseTo(Math.exp(-call.rate() * call.expiry()) * (forward - call.strike()),
                            within(TOLERANCE_EXACT * forward));
        }
    }

    @Test
    void is_worth_more_than_the_option_on_the_geometric_average() {
        // The arithmetic average is never below the geometric one, so neither is the call on it.
        RandomStream random = RandomStream.seeded(6L);
        for (int c = 0; c < 200; c++) {
            AverageOptionInputs in = domainCase(random);
            AverageOptionInputs call = new AverageOptionInputs(PutCall.CALL, in.strike(), in.forwards(), in.fixingTimes(),
                    in.vol(), in.expiry(), in.rate());
            assertThat(ArithmeticAverageFormula.DEFAULT.price(call)).as("%s", call)
                    .isGreaterThanOrEqualTo(GeometricAverageFormula.DEFAULT.price(call));
        }
    }

    @Test
    void fixed_days_above_the_strike_make_the_call_certain_and_the_put_worthless() {
        // 20 of 30 days fixed at 12: the known part alone is 8 > strike 7.5.
        double[] forwards = new double[30];
        double[] times = new double[30];
        for (int i = 0; i < 30; i++) {
            forwards[i] = i < 20 ? 12.0 : 9.0;
            times[i] = i < 20 ? 0.0 : (i - 19) / DAYS_PER_YEAR;
        }
        double expiry = 15 / DAYS_PER_YEAR;
        AverageOptionInputs call = new AverageOptionInputs(PutCall.CALL, 7.5, forwards, times, 1.2, expiry, 0.02);
        double average = (20 * 12.0 + 10 * 9.0) / 30;
        assertThat(ArithmeticAverageFormula.DEFAULT.price(call))
                .isCloseTo(Math.exp(-0.02 * expiry) * (average - 7.5), within(TOLERANCE_EXACT));
        assertThat(ArithmeticAverageFormula.DEFAULT.price(new AverageOptionInputs(PutCall.PUT, 7.5, forwards, times, 1.2,
                expiry, 0.02))).isZero();
    }

    @Test
    void nothing_left_to_chance_is_worth_its_discounted_intrinsic_value() {
        AverageOptionInputs fixed = new AverageOptionInputs(PutCall.CALL, 9.5, new double[] {9.0, 10.0, 11.0},
                new double[] {0.0, 0.0, 0.0}, 0.8, 0.05, 0.02);
        assertThat(ArithmeticAverageFormula.DEFAULT.price(fixed)).isCloseTo(Math.exp(-0.02 * 0.05) * 0.5, within(TOLERANCE_EXACT));
        AverageOptionInputs still = AverageOptionFormulasTest.deliveryMonth(PutCall.PUT, 8.0, 8.4, 0.0, 45);
        assertThat(ArithmeticAverageFormula.DEFAULT.price(still))
                .isCloseTo(Math.exp(-0.02 * still.expiry()) * 0.4, within(TOLERANCE_EXACT));
    }

    @Test
    void one_unknown_fixing_is_a_black_76_option_on_it() {
        // Two days fixed, one to come: the call on the average is 1/3 of a call on the last day at strike 3K - known.
        AverageOptionInputs in = new AverageOptionInputs(PutCall.CALL, 10.0, new double[] {9.0, 10.5, 11.0},
                new double[] {0.0, 0.0, 0.25}, 0.9, 0.3, 0.03);
        double black = Black76.DEFAULT.price(PutCall.CALL, 11.0, 30.0 - 19.5, 0.25, 0.9, 0.03) / 3.0;
        // Black-76 discounts over its own expiry (0.25); the option pays at 0.3.
        assertThat(ArithmeticAverageFormula.DEFAULT.price(in)).isCloseTo(black * Math.exp(-0.03 * 0.05), within(TOLERANCE_EXACT));
    }

    @Test
    void covers_the_region_checked_against_monte_carlo_and_no_more() {
        assertThat(ArithmeticAverageFormula.DEFAULT.covers(AverageOptionFormulasTest.deliveryMonth(PutCall.CALL, 8.0, 8.0,
                1.5, 365))).isTrue();
        // A month at 500%: 25 x 30/365 = 2.05 of variance across the window.
        assertThat(ArithmeticAverageFormula.DEFAULT.covers(AverageOptionFormulasTest.deliveryMonth(PutCall.CALL, 8.0, 8.0,
                5.0, 1))).isFalse();
        // A month four years out at 160%: 2.56 x 4.1 of total variance.
        assertThat(ArithmeticAverageFormula.DEFAULT.covers(AverageOptionFormulasTest.deliveryMonth(PutCall.CALL, 8.0, 8.0,
                1.6, 4 * 365))).isFalse();
    }

    @Test
    void the_pricer_quotes_monte_carlo_with_its_standard_error_beyond_the_checked_region() {
        AverageOptionInputs inside = AverageOptionFormulasTest.deliveryMonth(PutCall.CALL, 8.0, 8.4, 1.2, 30);
        AverageOptionQuote analytic = AveragePriceOptionPricer.DEFAULT.quote(inside);
        assertThat(analytic).isEqualTo(new AverageOptionQuote(ArithmeticAverageFormula.DEFAULT.price(inside), 0.0,
                AverageOptionQuote.Method.ANALYTIC));

        AverageOptionInputs beyond = AverageOptionFormulasTest.deliveryMonth(PutCall.CALL, 8.0, 8.4, 5.0, 1);
        AverageOptionQuote simulated = AveragePriceOptionPricer.DEFAULT.quote(beyond);
        MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(beyond, AveragePriceOptionPricer.DEFAULT_PATHS,
                AveragePriceOptionPricer.QUOTE_SEED);
        assertThat(simulated).isEqualTo(new AverageOptionQuote(mc.price(), mc.standardError(),
                AverageOptionQuote.Method.MONTE_CARLO));
        assertThat(simulated.standardError()).isPositive();
    }

    /**
     * A random option inside the goal's domain: 5 to 31 fixings spread over a 30-day month;
     * either none fixed and the month 1 to 365 days out, or 1-90% fixed and the next fixing
     * within the next interval; forwards on a sloped curve with a daily shape; the fixed days on
     * a lognormal path; strike 0.6-1.5 of the expected average.
     */
    static AverageOptionInputs domainCase(RandomStream random) {
        double vol = 0.10 + 1.40 * random.nextUniform();
        int n = 5 + (int) (27 * random.nextUniform());
        int fixed = (int) (0.9 * n * random.nextUniform() * (random.nextUniform() < 0.5 ? 0 : 1));
        double spacing = 30.0 / (n - 1) / DAYS_PER_YEAR;
        double start = fixed == 0 ? (1 + 364 * random.nextUniform()) / DAYS_PER_YEAR : spacing * random.nextUniform();
        double slope = random.nextUniform() - 0.5;
        double[] forwards = new double[n];
        double[] times = new double[n];
        double path = 0.0;
        for (int i = 0; i < n; i++) {
            if (i < fixed) {
                path += vol * Math.sqrt(spacing) * random.nextGaussian() - 0.5 * vol * vol * spacing;
                forwards[i] = 10.0 * Math.exp(path);
            } else {
                times[i] = start + (i - fixed) * spacing;
                forwards[i] = 10.0 * Math.exp(slope * times[i]) * (1.0 + 0.03 * random.nextGaussian());
            }
        }
        double strike = (0.6 + 0.9 * random.nextUniform()) * mean(forwards);
        PutCall putCall = random.nextUniform() < 0.5 ? PutCall.CALL : PutCall.PUT;
        return new AverageOptionInputs(putCall, strike, forwards, times, vol, times[n - 1] + 5 / DAYS_PER_YEAR, 0.02);
    }

    /**
     * Call on the average of one known day and two or three unknown ones (rate 0),
     * by Gauss-Legendre integration over the Brownian increments up to the last day, whose
     * fixing is then lognormal: a Black-76 call on it at the strike less what is already in.
     */
    private static double exactByIntegration(AverageOptionInputs in) {
        // The first day is known (time 0): the others must beat n K less its fixing.
        return integrateIncrements(in, 1, 0.0, 0.0, in.fixings() * in.strike() - in.forward(0)) / in.fixings();
    }

    /** E[(sum of fixings from {@code i} on - remaining)^+ | log-level {@code w} of the Brownian motion at t_(i-1)]. */
    private static double integrateIncrements(AverageOptionInputs in, int i, double w, double previousTime,
            double remaining) {
        double vol = in.vol();
        double t = in.fixingTime(i);
        double sd = vol * Math.sqrt(t - previousTime);
        double level = Math.exp(w - 0.5 * vol * vol * previousTime);
        if (i == in.fixings() - 1) {
            double forward = in.forward(i) * level;
            return remaining <= 0.0 ? forward - remaining
                    : Black76.DEFAULT.price(PutCall.CALL, forward, remaining, 1.0, sd, 0.0);
        }
        double sum = 0.0;
        for (int piece = 0; piece < INTEGRATION_PIECES; piece++) {
            double from = -INTEGRATION_RANGE + piece * 2.0 * INTEGRATION_RANGE / INTEGRATION_PIECES;
            sum += GAUSS.legendre(INTEGRATION_POINTS, from, from + 2.0 * INTEGRATION_RANGE / INTEGRATION_PIECES)
                    .integrate(x -> {
                        double next = w + sd * x;
                        double fixing = in.forward(i) * Math.exp(next - 0.5 * vol * vol * t);
                        return StandardNormal.pdf(x) * integrateIncrements(in, i + 1, next, t, remaining - fixing);
                    });
        }
        return sum;
    }

    private static double mean(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
