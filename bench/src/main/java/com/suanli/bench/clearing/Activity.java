package com.suanli.bench.clearing;

import java.util.SplittableRandom;

/**
 * Who sends the next command of {@link FullEngineWorkload} and on which of its 20 futures:
 * {@link #UNIFORM}, every account and every future alike (the worst case for the caches: every
 * command lands on cold state), or {@link SkewedActivity}, a few accounts and contracts carrying
 * most of the flow, as in a real futures market.
 */
interface Activity {

    /** The member (0 to {@link FullEngineWorkload#ACCOUNTS} - 1) placing the next order. */
    int member(SplittableRandom random);

    /** Which of the member's 20 futures (0 to {@link FullEngineWorkload#PER_ACCOUNT} - 1) its order is on. */
    int future(SplittableRandom random, int member);

    /** The market maker (0 to {@code makers} - 1) sending the next quote. */
    int maker(SplittableRandom random, int makers);

    /** The member whose futures the quote of {@code maker} is on. */
    int quotedMember(SplittableRandom random, int maker, int makers);

    /**
     * Every draw uniform. A quote's future is one of a market maker drawn apart from the quoting
     * one, as the workload has always drawn it (its recorded hashes depend on the draws).
     */
    Activity UNIFORM = new Activity() {
        @Override
        public int member(SplittableRandom random) {
            return random.nextInt(FullEngineWorkload.ACCOUNTS);
        }

        @Override
        public int future(SplittableRandom random, int member) {
            return random.nextInt(FullEngineWorkload.PER_ACCOUNT);
        }

        @Override
        public int maker(SplittableRandom random, int makers) {
            return random.nextInt(makers);
        }

        @Override
        public int quotedMember(SplittableRandom random, int maker, int makers) {
            return random.nextInt(makers);
        }
    };
}
