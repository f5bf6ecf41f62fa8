package com.suanli.pricing.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.math.SeedSpread;
import org.junit.jupiter.api.Test;

/** The average-price Monte Carlo reports the standard errors its estimates have from seed to seed. */
class AveragePriceMonteCarloErrorTest {

    private static final int PATHS = 4_000;

    /** A delivery month of 31 daily fixings a month out, forward 16, 90% volatility. */
    private static AverageOptionInputs month(PutCall putCall, double strike) {
        double[] forwards = new double[31];
        double[] times = new double[31];
        for (int i = 0; i < 31; i++) {
            forwards[i] = 16.0;
            times[i] = (30 + i) / 365.0;
        }
        return new AverageOptionInputs(putCall, strike, forwards, times, 0.9, 61 / 365.0, 0.02);
    }

    @Test
    void control_variate_and_plain_errors_match_the_spread_over_seeds() {
        for (AverageOptionInputs in : new AverageOptionInputs[] {month(PutCall.CALL, 16.0), month(PutCall.PUT, 12.8)}) {
            SeedSpread controlled = SeedSpread.over(seed -> {
                MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(in, PATHS, seed);
                return new double[] {mc.price(), mc.standardError()};
            });
            SeedSpread plain = SeedSpread.over(seed -> {
                MonteCarloEstimate mc = AveragePriceMonteCarlo.DEFAULT.price(in, PATHS, seed);
                return new double[] {mc.plainPrice(), mc.plainStandardError()};
            });
            assertThat(controlled.ratio()).as("control variate, %s", in.putCall()).isCloseTo(1.0, within(SeedSpread.AGREEMENT));
            assertThat(plain.ratio()).as("plain, %s", in.putCall()).isCloseTo(1.0, within(SeedSpread.AGREEMENT));
        }
    }
}
