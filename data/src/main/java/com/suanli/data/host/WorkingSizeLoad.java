package com.suanli.data.host;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.listing.Catalogue;

/**
 * {@link SeededLoad}'s session with its books kept to a working size: the same commands in the same
 * order, and after an account's {@code ordersPerAccount}-th limit order since its last, a mass cancel of
 * that account's orders on every instrument. So no account ever has more than {@code ordersPerAccount}
 * orders working, and the books together at most {@code ordersPerAccount} times {@value SeededLoad#ACCOUNTS},
 * where the seeded load's own cancels, fed nothing, mostly miss (a random account, a guessed order id) and its
 * books grow without bound (fed its accepted orders, it cancels some, and they grow slower). What a latency measurement needs: a live set that stays the same size however long
 * it runs (docs/BENCHMARKS.md, "the host's allocation").
 *
 * <p>A mass cancel, not a cancel of each order: the load cannot know the exchange's order ids (a refused
 * order takes none), only which account placed what.
 */
public final class WorkingSizeLoad {

    private static final long FIRST_ACCOUNT = 1;

    private final SeededLoad load;
    private final int ordersPerAccount;
    /** Limit orders each account placed since its last mass cancel, by account less the first. */
    private final int[] placedSinceCancel = new int[SeededLoad.ACCOUNTS];
    private MassCancel due;

    /** @param ordersPerAccount the most orders an account may have placed before its orders are cancelled */
    public WorkingSizeLoad(long seed, Catalogue catalogue, long start, int ordersPerAccount) {
        if (ordersPerAccount < 1) {
            throw new IllegalArgumentException("ordersPerAccount: " + ordersPerAccount + " must be at least 1");
        }
        this.load = new SeededLoad(seed, catalogue, start, false, FIRST_ACCOUNT);
        this.ordersPerAccount = ordersPerAccount;
    }

    public Command next() {
        if (due != null) {
            MassCancel cancel = due;
            due = null;
            return cancel;
        }
        Command next = load.next();
        if (next instanceof PlaceOrder p && p.type() == OrderType.LIMIT) {
            int account = (int) (p.account() - FIRST_ACCOUNT);
            if (++placedSinceCancel[account] == ordersPerAccount) {
                placedSinceCancel[account] = 0;
                due = MassCancel.allInstruments(p.timestamp(), p.account());
            }
        }
        return next;
    }
}
