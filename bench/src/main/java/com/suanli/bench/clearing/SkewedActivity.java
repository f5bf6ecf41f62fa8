package com.suanli.bench.clearing;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A skewed market: each account's activity and each future's activity is a weight drawn once
 * from a Pareto distribution of shape {@value #SHAPE}, seeded. An order's account is drawn in
 * proportion to the accounts' weights, its future among the account's 20 in proportion to the
 * futures' weights; a quote's market maker in proportion to the makers' weights, on one of its
 * own futures. The shape is exchange-core's: its test generator weights each symbol's share of
 * the commands by a Pareto draw of shape 1.5 ({@code TestOrdersGenerator.createWeightedDistribution})
 * and each user's number of accounts likewise ({@code UserCurrencyAccountsGenerator}). With shape
 * 1.5 the most active share p of accounts sends about p^(1/3) of the orders: the top 1% about a
 * fifth, the top 10% about half, as in futures markets, where a few market makers and active firms
 * send most messages and a few contracts (front months, the main hubs) carry most volume.
 */
final class SkewedActivity implements Activity {
    static final double SHAPE = 1.5;

    /** Running sums of the accounts' weights, by member. */
    private final double[] accounts;
    /** Running sums of the weights of each member's 20 futures, member after member. */
    private final double[] futures;

    /** @param seed the weights' seed; they are drawn from a stream split off it, apart from the commands' draws */
    SkewedActivity(long seed) {
        SplittableRandom random = new SplittableRandom(seed).split();
        accounts = runningSums(paretoWeights(random, FullEngineWorkload.ACCOUNTS));
        double[] contract = paretoWeights(random, ClearingMarket.INSTRUMENTS + 1);
        int per = FullEngineWorkload.PER_ACCOUNT;
        futures = new double[FullEngineWorkload.ACCOUNTS * per];
        double sum = 0;
        for (int member = 0; member < FullEngineWorkload.ACCOUNTS; member++) {
            for (int j = 0; j < per; j++) {
                sum += contract[FullEngineWorkload.instrument(member, j)];
                futures[member * per + j] = sum;
            }
        }
    }

    @Override
    public int member(SplittableRandom random) {
        return pick(random, accounts, 0, accounts.length);
    }

    @Override
    public int future(SplittableRandom random, int member) {
        int per = FullEngineWorkload.PER_ACCOUNT;
        return pick(random, futures, member * per, per);
    }

    @Override
    public int maker(SplittableRandom random, int makers) {
        return pick(random, accounts, 0, makers);
    }

    @Override
    public int quotedMember(SplittableRandom random, int maker, int makers) {
        return maker;
    }

    /** A draw in proportion to the weights whose running sums are {@code sums[from..from+count)}: its offset. */
    private static int pick(SplittableRandom random, double[] sums, int from, int count) {
        double before = from == 0 ? 0 : sums[from - 1];
        double target = before + random.nextDouble() * (sums[from + count - 1] - before);
        int at = Arrays.binarySearch(sums, from, from + count, target);
        int k = at >= 0 ? at + 1 : -at - 1;
        return Math.min(k, from + count - 1) - from;
    }

    private static double[] paretoWeights(SplittableRandom random, int count) {
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = Math.pow(1 - random.nextDouble(), -1 / SHAPE);
        }
        return weights;
    }

    private static double[] runningSums(double[] weights) {
        double[] sums = weights.clone();
        for (int i = 1; i < sums.length; i++) {
            sums[i] += sums[i - 1];
        }
        return sums;
    }
}
