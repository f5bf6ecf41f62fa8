package com.suanli.pricing.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.pricing.math.SeedSpread;
import com.suanli.pricing.model.JumpParameters;
import com.suanli.pricing.model.SpotModel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The insurance Monte Carlo pricers report the standard errors their estimates have from seed to seed. */
class MonteCarloErrorTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    @Test
    void spike_cover_errors_match_the_spread_over_seeds_with_and_without_jumps() {
        SpotModel calm = SpotModel.schwartz(TODAY, Math.log(15.0), 2.0, 0.8).withObsolescence(0.3);
        PriceSpikeCover february = PriceSpikeCover.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), 20.0, 24.0);
        for (SpotModel model : new SpotModel[] {calm, calm.withJumps(new JumpParameters(6.0, 0.25, 0.1))}) {
            IndexMarket market = IndexMarket.of(TODAY, 16.0, model, 0.02);
            SeedSpread spread = SeedSpread.over(seed -> {
                PriceSpikeCoverMeasures mc = PriceSpikeCoverPricer.DEFAULT.measures(february, market, 1_000, seed);
                return new double[] {mc.presentValue(), mc.standardError()};
            });
            assertThat(spread.ratio()).as("%s", model.jumps()).isCloseTo(1.0, within(SeedSpread.AGREEMENT));
        }
    }

    @Test
    void outage_cover_errors_match_the_spread_over_seeds() {
        OutageCover layered = OutageCover.unlimited(90).withPerEvent(2_000.0, 30_000.0).withAggregate(5_000.0, 80_000.0);
        OutageRisk[] risks = {
            new OutageRisk(PoissonFrequency.of(1.8), 30, LostHoursSeverity.of(400.0, 1.5), 16.0, 1.0, 0.0),
            new OutageRisk(NegativeBinomialFrequency.of(1.5, 1.2), 30, LostHoursSeverity.of(400.0, 1.5), 16.0, 1.0, 0.6)};
        for (OutageRisk risk : risks) {
            SeedSpread spread = SeedSpread.over(seed -> {
                OutageCoverMeasures mc = OutageCoverSimulator.DEFAULT.measures(layered, risk,
                        RiskLoading.of(0.5, 0.25, 0.99), 2_000, seed);
                return new double[] {mc.expectedLoss(), mc.standardError()};
            });
            assertThat(spread.ratio()).as("%s", risk.frequency()).isCloseTo(1.0, within(SeedSpread.AGREEMENT));
        }
    }
}
