package com.suanli.bench.insurance;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.suanli.pricing.insurance.IndexMarket;
import com.suanli.pricing.insurance.PriceSpikeCover;
import com.suanli.pricing.insurance.PriceSpikeCoverMeasures;
import com.suanli.pricing.insurance.PriceSpikeCoverPricer;
import com.suanli.pricing.model.JumpParameters;
import com.suanli.pricing.model.SpotModel;

/**
 * One valuation of a February spike cover (28 daily caplets, 28 to 55 days out, strike 25 on
 * an index of 16, mean reversion 2, volatility 80%) by the closed-form strip and by a
 * 20,000-path Monte Carlo, without jumps and with six spikes a year of mean size 0.25.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PriceSpikeCoverBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    private static final PriceSpikeCover FEBRUARY = PriceSpikeCover.of(LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 2, 28), 25.0, 192.0);

    @Param({"NONE", "SPIKES"})
    public String jumps;

    private IndexMarket market;

    @Setup
    public void setUp() {
        SpotModel model = SpotModel.schwartz(TODAY, Math.log(15.0), 2.0, 0.8).withSeasonality(0.05, 0.02)
                .withObsolescence(0.3);
        if (jumps.equals("SPIKES")) {
            model = model.withJumps(new JumpParameters(6.0, 0.25, 0.1));
        }
        market = IndexMarket.of(TODAY, 16.0, model, 0.02);
    }

    @Benchmark
    public double strip() {
        return PriceSpikeCoverPricer.DEFAULT.strip(FEBRUARY, market);
    }

    @Benchmark
    public PriceSpikeCoverMeasures monteCarlo20k() {
        return PriceSpikeCoverPricer.DEFAULT.measures(FEBRUARY, market, 20_000, 7L);
    }
}
