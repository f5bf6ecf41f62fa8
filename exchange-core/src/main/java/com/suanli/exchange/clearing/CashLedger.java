package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.event.CashReason;

import java.util.Arrays;

/**
 * The cash ledger, double-entry: every movement debits one account and credits another by the
 * same amount, so the balances always sum to zero, the outside world's (index 0) being minus the
 * net deposits. Each entry goes out as a {@code CashMoved} event, gap-free by entry id: that
 * stream is the ledger of record (the journal stores it, {@link LedgerReplay} rebuilds every
 * balance from it). Here the balances and a running hash of every entry are kept.
 */
final class CashLedger {

    private final AccountRegistry accounts;
    private final ClearingEvents events;
    private long[] balances = new long[64];
    private long entries;
    private long chain;

    CashLedger(AccountRegistry accounts, ClearingEvents events) {
        this.accounts = accounts;
        this.events = events;
    }

    /** Makes room for the account of {@code index}. */
    void opened(int index) {
        if (index >= balances.length) {
            balances = Arrays.copyOf(balances, Math.max(index + 1, balances.length * 2));
        }
    }

    /** Moves {@code amount} fen (&gt; 0) from account index {@code debit} to {@code credit}. */
    void post(long timestamp, CashReason reason, long reference, int debit, int credit, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: a ledger entry moves > 0 fen, was " + amount);
        }
        long debitBalance = Math.subtractExact(balances[debit], amount);
        long creditBalance = Math.addExact(balances[credit], amount);
        balances[debit] = debitBalance;
        balances[credit] = creditBalance;
        long entryId = ++entries;
        chain = StateHash.mix(StateHash.mix(StateHash.mix(StateHash.mix(StateHash.mix(chain, entryId),
                reason.ordinal()), reference), ((long) debit << 32) | credit), amount);
        events.cashMoved(timestamp, entryId, reason, reference, accounts.id(debit), accounts.id(credit), amount,
                debitBalance, creditBalance);
    }

    long balance(int index) {
        return balances[index];
    }

    /** Cash deposited less cash withdrawn: what the accounts inside hold between them. */
    long netDeposits() {
        return -balances[AccountRegistry.OUTSIDE];
    }

    long entries() {
        return entries;
    }

    /** The running hash of every entry so far. */
    long chain() {
        return chain;
    }

    /** Puts back the entry count, the running hash and every balance, by account index, of a snapshot. */
    void restore(long entryCount, long entryChain, long[] balancesByIndex) {
        entries = entryCount;
        chain = entryChain;
        balances = Arrays.copyOf(balancesByIndex, Math.max(64, balancesByIndex.length));
    }

    long stateHash() {
        long h = StateHash.mix(entries, chain);
        for (int a = 0; a < accounts.count(); a++) {
            h = StateHash.mix(h, balances[a]);
        }
        return h;
    }
}
