package com.suanli.exchange.defaults;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashReason;

/**
 * What the {@link DefaultDesk} may see and do in the clearing house's books, by the house's dense
 * account index (0 is the outside world): read cash and margin, and post ledger entries. The house
 * implements it over its own ledger, so every movement is a {@code CashMoved} entry like any other.
 */
public interface MemberBooks {

    /** Returned by {@link #house} when the exchange has no account of that kind. */
    int NONE = -1;

    /** Account indices run 1 to {@code accounts() - 1}. */
    int accounts();

    long accountId(int account);

    AccountKind kind(int account);

    long cash(int account);

    long maintenance(int account);

    long initial(int account);

    /**
     * Whether the account holds nothing the exchange still has to settle: no position, no lots
     * working, and every futures position marked to its last settlement (no variation margin
     * pending), so its cash is its whole result.
     */
    boolean closedOut(int account);

    /** The index of the exchange's account of {@code kind}, or {@link #NONE}. */
    int house(AccountKind kind);

    /** Moves {@code amount} fen (&gt; 0) from {@code debit} to {@code credit}, published as a ledger entry. */
    void post(long timestamp, CashReason reason, long reference, int debit, int credit, long amount);
}
