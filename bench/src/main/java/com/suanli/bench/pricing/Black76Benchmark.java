package com.suanli.bench.pricing;

import com.suanli.pricing.math.StandardNormal;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.OptionGreeks;
import com.suanli.pricing.option.PutCall;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation = one Black-76 price with delta, gamma, vega, theta and rho, on inputs
 * cycling through 1,024 random options (strikes 50-150% of the forward, vols 40-120%,
 * expiries up to one year) so nothing is constant-folded. Single thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Black76Benchmark {

    private static final int SIZE = 1024;
    private static final NormalDistribution COMMONS_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private final double[] forwards = new double[SIZE];
    private final double[] strikes = new double[SIZE];
    private final double[] expiries = new double[SIZE];
    private final double[] vols = new double[SIZE];
    private final double[] points = new double[SIZE];
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < SIZE; i++) {
            forwards[i] = 4.0 + 8.0 * random.nextDouble();
            strikes[i] = forwards[i] * (0.5 + random.nextDouble());
            expiries[i] = 0.02 + random.nextDouble();
            vols[i] = 0.4 + 0.8 * random.nextDouble();
            points[i] = -4.0 + 8.0 * random.nextDouble();
        }
    }

    @Benchmark
    public OptionGreeks priceAndGreeks() {
        int i = next++ & (SIZE - 1);
        return Black76.DEFAULT.greeks((i & 1) == 0 ? PutCall.CALL : PutCall.PUT, forwards[i], strikes[i], expiries[i],
                vols[i], 0.02);
    }

    @Benchmark
    public double priceOnly() {
        int i = next++ & (SIZE - 1);
        return Black76.DEFAULT.price(PutCall.CALL, forwards[i], strikes[i], expiries[i], vols[i], 0.02);
    }

    @Benchmark
    public double normalCdfFast() {
        return StandardNormal.cdf(points[next++ & (SIZE - 1)]);
    }

    @Benchmark
    public double normalCdfCommonsMath() {
        return COMMONS_NORMAL.cumulativeProbability(points[next++ & (SIZE - 1)]);
    }
}
