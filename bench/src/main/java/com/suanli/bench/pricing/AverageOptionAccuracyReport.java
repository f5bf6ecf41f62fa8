package com.suanli.bench.pricing;

import com.suanli.pricing.option.ArithmeticAverageFormula;
import com.suanli.pricing.option.AverageOptionInputs;
import com.suanli.pricing.option.AveragePriceMonteCarlo;
import com.suanli.pricing.option.MonteCarloEstimate;
import com.suanli.pricing.option.PutCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The analytic average-price quote ({@link ArithmeticAverageFormula}) against Monte Carlo
 * (antithetic, geometric control variate; seed = case number) on random options over the
 * accuracy goal's domain, stratified by volatility band (10-50%, 50-100%, 100-150%) and fixed
 * share of the month (none, 1-45%, 45-90%), then on a grid beyond the domain. The goal: within
 * max(0.5%, 3 standard errors) of the Monte Carlo, or 1e-7 of the forward: what a
 * 1,000,000-path Monte Carlo resolves (one exercising path in a million paying 10% of the
 * forward; below it the estimate rests on a handful of paths or none). Prints markdown for docs/BENCHMARKS.md; cases run in parallel.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar com.suanli.bench.pricing.AverageOptionAccuracyReport [cases [paths [seed]]]}
 * (defaults 450, 1,000,000, 1).
 */
public final class AverageOptionAccuracyReport {

    private static final double GOAL_RELATIVE = 0.005;
    private static final double GOAL_STANDARD_ERRORS = 3.0;
    private static final double MC_RESOLUTION_PER_FORWARD = 1e-7;
    /** Relative errors are summarised over values worth at least this share of the forward. */
    private static final double SMALL_VALUE_PER_FORWARD = 1e-4;
    private static final double FORWARD = 10.0;
    private static final double DAYS = 365.0;
    private static final String[] VOL_BANDS = {"10-50%", "50-100%", "100-150%"};
    private static final double[] VOL_FROM = {0.10, 0.50, 1.00};
    private static final double[] VOL_TO = {0.50, 1.00, 1.50};
    private static final String[] FIXED_BANDS = {"none", "1-45%", "45-90%"};

    private AverageOptionAccuracyReport() {
    }

    /** One option priced both ways. */
    private record Comparison(String label, int volBand, int fixedBand, AverageOptionInputs in, double analytic,
            MonteCarloEstimate mc) {

        double error() {
            return analytic - mc.price();
        }

        double tolerance() {
            return Math.max(Math.max(GOAL_RELATIVE * mc.price(), GOAL_STANDARD_ERRORS * mc.standardError()),
                    MC_RESOLUTION_PER_FORWARD * FORWARD);
        }

        boolean meetsGoal() {
            return Math.abs(error()) <= tolerance();
        }

        boolean worthSomething() {
            return mc.price() >= SMALL_VALUE_PER_FORWARD * FORWARD;
        }

        double relativeError() {
            return mc.price() > 0.0 ? error() / mc.price() : 0.0;
        }

        double standardErrors() {
            return mc.standardError() > 0.0 ? error() / mc.standardError() : 0.0;
        }
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 450;
        int paths = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        long started = System.nanoTime();
        List<Comparison> domain = IntStream.range(0, cases).parallel()
                .mapToObj(c -> domainCase(c, new SplittableRandom(seed * 1_000_003L + c), paths)).toList();
        printDomain(domain, paths, seed);
        List<Comparison> beyond = beyondCases(paths);
        printBeyond(beyond);
        System.out.printf("%n(%d + %d cases, %.0f s)%n", domain.size(), beyond.size(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * A random option of one stratum: 5-31 fixings spread over a 30-day month, the month 1-365
     * days out when nothing is fixed, else the next fixing within the next interval; a sloped
     * forward curve with a 3% daily shape; fixed days on a lognormal path; strike 0.6-1.5 of the
     * expected average; call or put.
     */
    private static Comparison domainCase(int c, SplittableRandom random, int paths) {
        int volBand = c % 3;
        int fixedBand = (c / 3) % 3;
        double vol = VOL_FROM[volBand] + (VOL_TO[volBand] - VOL_FROM[volBand]) * random.nextDouble();
        int n = random.nextInt(5, 32);
        int fixed = switch (fixedBand) {
            case 0 -> 0;
            case 1 -> Math.max(1, (int) Math.round(n * random.nextDouble(0.01, 0.45)));
            default -> (int) Math.round(n * random.nextDouble(0.45, 0.90));
        };
        double spacing = 30.0 / (n - 1) / DAYS;
        double firstTime = fixed == 0 ? random.nextDouble(1, 366) / DAYS : spacing * random.nextDouble();
        double slope = random.nextDouble(-0.5, 0.5);
        double[] forwards = new double[n];
        double[] times = new double[n];
        double logPath = 0.0;
        for (int i = 0; i < n; i++) {
            if (i >= fixed) {
                times[i] = firstTime + (i - fixed) * spacing;
                forwards[i] = FORWARD * Math.exp(slope * times[i]) * (1.0 + 0.03 * gaussian(random));
            } else {
                logPath += vol * Math.sqrt(spacing) * gaussian(random) - 0.5 * vol * vol * spacing;
                forwards[i] = FORWARD * Math.exp(logPath);
            }
        }
        double expectedAverage = 0.0;
        for (double f : forwards) {
            expectedAverage += f / n;
        }
        double strike = random.nextDouble(0.6, 1.5) * expectedAverage;
        PutCall putCall = random.nextBoolean() ? PutCall.CALL : PutCall.PUT;
        AverageOptionInputs in = new AverageOptionInputs(putCall, strike, forwards, times, vol,
                times[n - 1] + 5 / DAYS, 0.02);
        String label = String.format("%s K/F %.2f, vol %.0f%%, %d fixings, %d fixed, next in %.1f d", putCall,
                strike / expectedAverage, 100 * vol, n, fixed, times[fixed == n ? n - 1 : fixed] * DAYS);
        return compare(label, volBand, fixedBand, in, paths, c);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller on two uniforms: plenty for drawing test cases.
        return Math.sqrt(-2.0 * Math.log(1.0 - random.nextDouble())) * Math.cos(2.0 * Math.PI * random.nextDouble());
    }

    /**
     * Beyond the goal's domain: a month at 200-400% from today, a year of weekly or monthly
     * fixings from today at 100-200%, a month four years out at 150%; strikes 0.6, 1.0 and 1.5
     * of the forward, calls and puts.
     */
    private static List<Comparison> beyondCases(int paths) {
        record Layout(String name, double vol, int fixings, double spacingDays, double firstDay) {
        }
        List<Layout> layouts = List.of(new Layout("month from today", 2.0, 31, 1, 1),
                new Layout("month from today", 3.0, 31, 1, 1), new Layout("month from today", 4.0, 31, 1, 1),
                new Layout("52 weekly fixings from today", 1.0, 52, 7, 1),
                new Layout("52 weekly fixings from today", 1.5, 52, 7, 1),
                new Layout("52 weekly fixings from today", 2.0, 52, 7, 1),
                new Layout("12 monthly fixings from today", 2.0, 12, 365 / 12.0, 365 / 12.0),
                new Layout("month four years out", 1.5, 31, 1, 4 * 365));
        List<AverageOptionInputs> inputs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Layout layout : layouts) {
            for (double moneyness : new double[] {0.6, 1.0, 1.5}) {
                for (PutCall putCall : PutCall.values()) {
                    double[] forwards = new double[layout.fixings()];
                    double[] times = new double[layout.fixings()];
                    for (int i = 0; i < layout.fixings(); i++) {
                        forwards[i] = FORWARD;
                        times[i] = (layout.firstDay() + i * layout.spacingDays()) / DAYS;
                    }
                    inputs.add(new AverageOptionInputs(putCall, moneyness * FORWARD, forwards, times, layout.vol(),
                            times[layout.fixings() - 1], 0.02));
                    labels.add(String.format("%s, vol %.0f%%, %s K/F %.1f", layout.name(), 100 * layout.vol(), putCall,
                            moneyness));
                }
            }
        }
        return IntStream.range(0, inputs.size()).parallel()
                .mapToObj(i -> compare(labels.get(i), -1, -1, inputs.get(i), paths, 10_000 + i)).toList();
    }

    private static Comparison compare(String label, int volBand, int fixedBand, AverageOptionInputs in, int paths,
            long seed) {
        return new Comparison(label, volBand, fixedBand, in, ArithmeticAverageFormula.DEFAULT.price(in),
                AveragePriceMonteCarlo.DEFAULT.price(in, paths, seed));
    }

    private static void printDomain(List<Comparison> rows, int paths, long seed) {
        long meeting = rows.stream().filter(Comparison::meetsGoal).count();
        System.out.printf("%d random options in the domain, Monte Carlo %,d paths, case seed %d: %d meet the goal.%n%n",
                rows.size(), paths, seed, meeting);
        System.out.println("| vol | fixed | cases | meet goal | max abs error / tolerance | max abs rel. error (value >= 1e-4 F) "
                + "| mean abs rel. error | max abs error / MC s.e. |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int v = 0; v < VOL_BANDS.length; v++) {
            for (int f = 0; f < FIXED_BANDS.length; f++) {
                int vol = v;
                int fixed = f;
                printStratum(VOL_BANDS[v], FIXED_BANDS[f],
                        rows.stream().filter(r -> r.volBand() == vol && r.fixedBand() == fixed).toList());
            }
        }
        printStratum("all", "all", rows);
        System.out.println();
        System.out.println("The ten cases closest to the tolerance:");
        System.out.println();
        printRows(rows.stream().sorted(Comparator.comparingDouble((Comparison r) -> Math.abs(r.error()) / r.tolerance())
                .reversed()).limit(10).toList());
    }

    private static void printStratum(String vol, String fixed, List<Comparison> rows) {
        System.out.printf("| %s | %s | %d | %d | %.2f | %.3f%% | %.4f%% | %.1f |%n", vol, fixed, rows.size(),
                rows.stream().filter(Comparison::meetsGoal).count(),
                rows.stream().mapToDouble(r -> Math.abs(r.error()) / r.tolerance()).max().orElse(0),
                100 * rows.stream().filter(Comparison::worthSomething).mapToDouble(r -> Math.abs(r.relativeError()))
                        .max().orElse(0),
                100 * rows.stream().filter(Comparison::worthSomething).mapToDouble(r -> Math.abs(r.relativeError()))
                        .average().orElse(0),
                rows.stream().mapToDouble(r -> Math.abs(r.standardErrors())).max().orElse(0));
    }

    private static void printBeyond(List<Comparison> rows) {
        System.out.println();
        System.out.println("Beyond the domain (flat forward 10; `covers` = inside the analytic's checked region,"
                + " else the pricer quotes Monte Carlo):");
        System.out.println();
        printRows(rows);
    }

    private static void printRows(List<Comparison> rows) {
        System.out.println("| case | covers | analytic | Monte Carlo | MC s.e. | error | error / MC | error / s.e. | meets goal |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Comparison r : rows) {
            System.out.printf("| %s | %s | %.6g | %.6g | %.1e | %+.2e | %+.3f%% | %+.1f | %s |%n", r.label(),
                    ArithmeticAverageFormula.DEFAULT.covers(r.in()) ? "yes" : "no", r.analytic(), r.mc().price(),
                    r.mc().standardError(), r.error(), 100 * r.relativeError(), r.standardErrors(),
                    r.meetsGoal() ? "yes" : "no");
        }
    }
}
