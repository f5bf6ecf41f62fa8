package com.suanli.exchange.insurance;

import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;

/**
 * What the insurance desk may see and do of the clearing house: accounts by dense index, their
 * free cash, ledger entries, and the spot contract and index a policy refers to. The house
 * implements it over its own books, so the desk holds no copy of them.
 */
public interface InsuredHouse {

    /** No such account. */
    int NONE = -1;

    /** The dense index of account number {@code account}, or {@link #NONE}. */
    int account(long account);

    AccountKind kind(int account);

    /** Whether the account is in default (it may not take on new obligations). */
    boolean inDefault(int account);

    /** What the account could withdraw now, fen (collateral already held back for its policies included). */
    long freeCash(int account);

    /** One ledger entry: {@code amount} fen from {@code debit} to {@code credit}. */
    void post(long timestamp, CashReason reason, long reference, int debit, int credit, long amount);

    /** The standard (not green) spot contract of the product at the hub, or null when none is listed. */
    ContractSpec standardSpot(String productCode, Hub hub);

    /** The index of the product at the hub now, ticks: its latest fixing, or its seed before the first; 0 when there is no index. */
    long indexNow(String productCode, Hub hub);
}
