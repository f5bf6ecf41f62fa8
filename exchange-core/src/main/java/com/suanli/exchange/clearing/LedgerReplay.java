package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;

import java.util.Arrays;

/**
 * Rebuilds every cash balance from the ledger of record, the {@code CashMoved} events, and
 * checks the ledger as it goes: entry ids gap-free from 1, and each entry's balances-after equal
 * to the rebuilt ones. Plugged into the event stream it ignores every other event. A broken
 * ledger throws {@link IllegalStateException} naming the entry.
 */
public final class LedgerReplay implements EventSink {

    private final LongIntMap index = new LongIntMap(1024);
    private long[] balances = new long[64];
    private int count = 1;
    private long entries;

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event instanceof CashMoved entry) {
            apply(entry);
        }
    }

    public void apply(CashMoved entry) {
        if (entry.entryId() != entries + 1) {
            throw new IllegalStateException("entry " + entry.entryId() + " follows entry " + entries
                    + ": the ledger has a gap");
        }
        int debit = slot(entry.debitAccount());
        int credit = slot(entry.creditAccount());
        balances[debit] = Math.subtractExact(balances[debit], entry.amount());
        balances[credit] = Math.addExact(balances[credit], entry.amount());
        if (balances[debit] != entry.debitBalance() || balances[credit] != entry.creditBalance()) {
            throw new IllegalStateException("entry " + entry.entryId() + " says account " + entry.debitAccount()
                    + " has " + entry.debitBalance() + " and account " + entry.creditAccount() + " has "
                    + entry.creditBalance() + " fen after it, the ledger rebuilds " + balances[debit] + " and "
                    + balances[credit]);
        }
        entries = entry.entryId();
    }

    /** The rebuilt balance of {@code account}, fen; 0 for an account no entry named. */
    public long balance(long account) {
        if (account == CashMoved.OUTSIDE_WORLD) {
            return balances[0];
        }
        int at = index.get(account);
        return at == LongIntMap.MISSING ? 0 : balances[at];
    }

    /** Deposits less withdrawals, rebuilt: minus the outside world's balance. */
    public long netDeposits() {
        return -balances[0];
    }

    /** The sum of every rebuilt balance inside the exchange, fen. */
    public long cashInside() {
        long total = 0;
        for (int i = 1; i < count; i++) {
            total = Math.addExact(total, balances[i]);
        }
        return total;
    }

    public long entries() {
        return entries;
    }

    private int slot(long account) {
        if (account == CashMoved.OUTSIDE_WORLD) {
            return 0;
        }
        int at = index.get(account);
        if (at != LongIntMap.MISSING) {
            return at;
        }
        if (count == balances.length) {
            balances = Arrays.copyOf(balances, count * 2);
        }
        index.put(account, count);
        return count++;
    }
}
