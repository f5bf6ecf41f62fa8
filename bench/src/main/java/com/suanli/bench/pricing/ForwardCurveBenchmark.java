package com.suanli.bench.pricing;

import com.suanli.pricing.curve.ForwardCurve;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of forward curves for scenario revaluation, 36 monthly quotes: a fresh build
 * (factorises the spline system), a rebuild on the same months (reuses the factorisation)
 * and an exact parallel shift (no refit).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ForwardCurveBenchmark {

    private static final int MONTHS = 36;

    private NavigableMap<YearMonth, Double> quotes;
    private NavigableMap<YearMonth, Double> stressed;
    private ForwardCurve curve;
    private double shift;

    @Setup
    public void setUp() {
        quotes = new TreeMap<>();
        stressed = new TreeMap<>();
        for (int i = 0; i < MONTHS; i++) {
            double price = 8.0 + Math.sin(i) - 0.05 * i;
            quotes.put(YearMonth.of(2027, 1).plusMonths(i), price);
            stressed.put(YearMonth.of(2027, 1).plusMonths(i), price * (1.0 + 0.002 * i));
        }
        curve = ForwardCurve.of(quotes);
    }

    @Benchmark
    public ForwardCurve freshBuild36Months() {
        return ForwardCurve.of(quotes);
    }

    @Benchmark
    public ForwardCurve rebuildSameMonths36() {
        return curve.withQuotes(stressed);
    }

    @Benchmark
    public ForwardCurve parallelShift36Months() {
        shift += 1e-6;
        return curve.withParallelShift(shift);
    }
}
