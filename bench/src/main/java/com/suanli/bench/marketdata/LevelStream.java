package com.suanli.bench.marketdata;

import com.suanli.exchange.book.Side;

import java.util.SplittableRandom;

/**
 * A seeded, endlessly repeatable stream of depth level changes over a fixed set of price levels
 * per side: mostly quantity changes, and level removals each followed by the level's return, so the
 * book stays the same size and the stream can be replayed in a loop.
 */
final class LevelStream {

    static final int LEVELS_PER_SIDE = 200;
    static final long BEST_ASK = 20_000;
    static final double MEAN_LEVELS_FROM_TOP = 8;
    /** Changes in the stream, a power of two so that replay wraps with a mask. */
    static final int LENGTH = 1 << 16;

    final Side[] sides = new Side[LENGTH];
    final long[] prices = new long[LENGTH];
    final long[] quantities = new long[LENGTH];
    final int[] orderCounts = new int[LENGTH];

    LevelStream(long seed, DepthActivity activity) {
        SplittableRandom random = new SplittableRandom(seed);
        int i = 0;
        while (i < LENGTH) {
            Side side = random.nextBoolean() ? Side.BID : Side.ASK;
            int offset = activity == DepthActivity.UNIFORM ? random.nextInt(LEVELS_PER_SIDE)
                    : (int) Math.min(LEVELS_PER_SIDE - 1, -MEAN_LEVELS_FROM_TOP * Math.log(1 - random.nextDouble()));
            long price = side == Side.ASK ? BEST_ASK + offset : BEST_ASK - 1 - offset;
            if (random.nextInt(10) == 0 && i + 1 < LENGTH) {
                set(i++, side, price, 0, 0);
            }
            set(i++, side, price, 1 + random.nextInt(1_000), 1 + random.nextInt(30));
        }
    }

    private void set(int i, Side side, long price, long quantity, int orderCount) {
        sides[i] = side;
        prices[i] = price;
        quantities[i] = quantity;
        orderCounts[i] = orderCount;
    }
}
