package com.suanli.bench.pricing;

import com.suanli.pricing.math.RandomStream;
import com.suanli.pricing.option.ArithmeticAverageFormula;
import com.suanli.pricing.option.AverageOptionInputs;
import com.suanli.pricing.option.AveragePriceMonteCarlo;
import com.suanli.pricing.option.MonteCarloEstimate;
import com.suanli.pricing.option.PutCall;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation = one Monte Carlo price of an average-price call on a 31-day delivery month
 * (vol 80%, 100,000 paths as 50,000 antithetic pairs, geometric control variate), single
 * thread. Also: the analytic quote on the same inputs ({@link ArithmeticAverageFormula}), the
 * same month half fixed, and the cost of the 1.55 million normals alone, polar method against
 * Commons Math's nextGaussian.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AveragePriceMonteCarloBenchmark {

    private static final int PATHS = 100_000;
    private static final int FIXINGS = 31;

    private AverageOptionInputs inputs;
    private AverageOptionInputs halfFixed;
    private long seed;
    private final double[] normals = new double[FIXINGS];

    @Setup
    public void setUp() {
        double[] forwards = new double[FIXINGS];
        double[] times = new double[FIXINGS];
        for (int i = 0; i < FIXINGS; i++) {
            forwards[i] = 8.0 + 0.02 * i;
            times[i] = (30 + i) / 365.0;
        }
        inputs = new AverageOptionInputs(PutCall.CALL, 8.5, forwards, times, 0.8, 61 / 365.0, 0.02);
        double[] fixedTimes = new double[FIXINGS];
        for (int i = 16; i < FIXINGS; i++) {
            fixedTimes[i] = (i - 15) / 365.0;
        }
        halfFixed = new AverageOptionInputs(PutCall.CALL, 8.5, forwards, fixedTimes, 0.8, 16 / 365.0, 0.02);
    }

    @Benchmark
    public MonteCarloEstimate monteCarlo100kPaths31Days() {
        return AveragePriceMonteCarlo.DEFAULT.price(inputs, PATHS, seed++);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double analytic31Days() {
        return ArithmeticAverageFormula.DEFAULT.price(inputs);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double analytic31DaysHalfFixed() {
        return ArithmeticAverageFormula.DEFAULT.price(halfFixed);
    }

    @Benchmark
    public double normalsPolar1p55M() {
        RandomStream random = RandomStream.seeded(seed++);
        double sum = 0.0;
        for (int p = 0; p < PATHS / 2; p++) {
            random.nextGaussians(normals);
            sum += normals[FIXINGS - 1];
        }
        return sum;
    }

    @Benchmark
    public double normalsCommonsMath1p55M() {
        RandomStream random = RandomStream.seeded(seed++);
        double sum = 0.0;
        for (int p = 0; p < PATHS / 2; p++) {
            for (int i = 0; i < FIXINGS; i++) {
                sum += random.nextGaussian();
            }
        }
        return sum;
    }
}
