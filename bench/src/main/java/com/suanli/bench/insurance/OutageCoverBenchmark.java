package com.suanli.bench.insurance;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.suanli.pricing.insurance.FrequencyModel;
import com.suanli.pricing.insurance.LostHoursSeverity;
import com.suanli.pricing.insurance.NegativeBinomialFrequency;
import com.suanli.pricing.insurance.OutageCover;
import com.suanli.pricing.insurance.OutageCoverMeasures;
import com.suanli.pricing.insurance.OutageCoverPricer;
import com.suanli.pricing.insurance.OutageCoverSimulator;
import com.suanli.pricing.insurance.OutageRisk;
import com.suanli.pricing.insurance.PoissonFrequency;
import com.suanli.pricing.insurance.RiskLoading;

/**
 * One full outage-cover valuation (expected loss, SD and Wang premiums, VaR, TVaR) of a
 * 90-day layered cover, by Panjer and by 100,000-path Monte Carlo, for the three dependence
 * cases: Poisson (8 tightness nodes), negative binomial independent of tightness (8 nodes),
 * negative binomial correlated with tightness (8 x 8 nodes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OutageCoverBenchmark {

    private static final RiskLoading LOADING = RiskLoading.of(0.5, 0.25, 0.99);
    private static final OutageCover COVER = OutageCover.unlimited(90)
            .withPerEvent(2_000.0, 30_000.0).withAggregate(5_000.0, 80_000.0);

    private static final OutageCover PER_EVENT_ONLY = OutageCover.unlimited(90).withPerEvent(2_000.0, 30_000.0);

    @Param({"POISSON", "NB_INDEPENDENT", "NB_CORRELATED"})
    public String dependence;

    private OutageRisk risk;

    @Setup
    public void setUp() {
        FrequencyModel frequency = dependence.equals("POISSON")
                ? PoissonFrequency.of(1.8)
                : NegativeBinomialFrequency.of(1.5, 1.2);
        double correlation = dependence.equals("NB_CORRELATED") ? 0.6 : 0.0;
        risk = new OutageRisk(frequency, 30, LostHoursSeverity.of(400.0, 1.5), 16.0, 1.0, correlation);
    }

    @Benchmark
    public OutageCoverMeasures panjer() {
        return OutageCoverPricer.DEFAULT.measures(COVER, risk, LOADING);
    }

    /** The revaluation path: exact expected loss of the same cover without its aggregate terms. */
    @Benchmark
    public double fastExpectedLoss() {
        return OutageCoverPricer.DEFAULT.expectedLoss(PER_EVENT_ONLY, risk);
    }

    @Benchmark
    public OutageCoverMeasures monteCarlo100k() {
        return OutageCoverSimulator.DEFAULT.measures(COVER, risk, LOADING, 100_000, 42L);
    }
}
