package com.suanli.exchange.defaults;

import java.util.Arrays;

/**
 * How a defaulter's deficit (fen) is met, layer by layer, after its own cash is gone:
 * {@code ownContribution} from its default-fund contribution, {@code exchangeCapital} from the
 * exchange's capital, then {@code mutualised} from the other members' contributions, member
 * {@code i} paying {@code shares[i]}; {@code uncovered} is what no layer could meet.
 */
public record LossAllocation(long deficit, long ownContribution, long exchangeCapital, long mutualised,
                             long[] shares, long uncovered) {

    public LossAllocation {
        shares = shares.clone();
        long sum = 0;
        for (long share : shares) {
            if (share < 0) {
                throw new IllegalArgumentException("shares: must be >= 0, were " + Arrays.toString(shares));
            }
            sum = Math.addExact(sum, share);
        }
        if (sum != mutualised) {
            throw new IllegalArgumentException("shares: sum to " + sum + ", not the mutualised " + mutualised);
        }
        if (ownContribution < 0 || exchangeCapital < 0 || uncovered < 0
                || Math.addExact(Math.addExact(ownContribution, exchangeCapital), Math.addExact(mutualised, uncovered))
                != deficit) {
            throw new IllegalArgumentException("layers: " + ownContribution + " + " + exchangeCapital + " + "
                    + mutualised + " + " + uncovered + " must be >= 0 and make the deficit " + deficit);
        }
    }

    @Override
    public long[] shares() {
        return shares.clone();
    }

    /** Member {@code i}'s share of the mutualised layer. */
    public long share(int i) {
        return shares[i];
    }
}
