package com.suanli.bench.risk;

import com.suanli.pricing.risk.Market;
import com.suanli.pricing.risk.PnlVector;
import com.suanli.pricing.risk.Portfolio;
import com.suanli.pricing.risk.Revaluation;
import com.suanli.pricing.risk.Scenario;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full revaluation of a 1,000-position book under 1,000 scenarios (goal: under 1 s on the
 * 2-core machine): the parallel engine, and the same work on one thread for the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PortfolioRevaluationBenchmark {

    @Param({"1000"})
    public int positions;

    @Param({"1000"})
    public int scenarioCount;

    private Market market;
    private Portfolio book;
    private List<Scenario> scenarios;

    @Setup
    public void setUp() {
        market = RiskBook.market();
        book = RiskBook.portfolio(market, positions, 42L);
        scenarios = RiskBook.scenarios(market, scenarioCount, 7L);
    }

    @Benchmark
    public PnlVector fullRevaluationParallel() {
        return Revaluation.pnl(book, market, scenarios);
    }

    @Benchmark
    public double[] fullRevaluationOneThread() {
        double base = book.presentValue(market);
        double[] pnl = new double[scenarios.size()];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = book.presentValue(market.shocked(scenarios.get(i))) - base;
        }
        return pnl;
    }
}
