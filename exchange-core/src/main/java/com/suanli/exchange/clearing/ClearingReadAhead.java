package com.suanli.exchange.clearing;

import com.suanli.exchange.defaults.DefaultDesk;
import com.suanli.exchange.margin.PortfolioMargin;

import java.util.Arrays;

/**
 * Reads ahead, for a batch of orders about to be applied, the clearing state each will read:
 * its account's entry and figures (cash, limits, default, margin book), its position and its
 * margin slot. Nothing changes here. With 10,000 accounts this state lies far outside the
 * caches, and one order's reads depend on each other (account id, then index, then position
 * slot, then figures), so applied one at a time each order waits for four or five misses in a
 * row. Here the batch is read in three passes, each pass's loads independent of one another, so
 * that the misses of the whole batch overlap; the orders are then applied as before, on state
 * now in the cache. Inside a command, the house reads one account's margin book and slot the same
 * way before it needs them ({@link #margin}). The words read are summed into {@link #seen}, so that
 * no load can be left out by the compiler.
 */
public final class ClearingReadAhead {
    private final AccountRegistry accounts;
    private final CashLedger ledger;
    private final ClearedContracts contracts;
    private final PositionBook positions;
    private final PortfolioMargin margin;
    private final RiskLimits limits;
    private final DefaultDesk defaults;

    private long[] accountIds = new long[64];
    private int[] instrumentIds = new int[64];
    private int[] hints = new int[64];
    private int[] index = new int[64];
    private int[] contract = new int[64];
    private int[] slot = new int[64];
    private int count;
    /** The sum of every word read, kept so that the reads are not dropped; it means nothing. */
    private long seen;

    ClearingReadAhead(ClearingHouse house) {
        this.accounts = house.accounts;
        this.ledger = house.ledger;
        this.contracts = house.contracts;
        this.positions = house.positions;
        this.margin = house.margin;
        this.limits = house.limits;
        this.defaults = house.defaults;
    }

    /**
     * An order of {@code account} on {@code instrumentId} is in the batch, with the position handle
     * it was given when accepted ({@link ClearingHouse#NO_POSITION} for a new order).
     */
    public void add(long account, int instrumentId, int positionHint) {
        if (count == accountIds.length) {
            int n = count * 2;
            accountIds = Arrays.copyOf(accountIds, n);
            instrumentIds = Arrays.copyOf(instrumentIds, n);
            hints = Arrays.copyOf(hints, n);
            index = Arrays.copyOf(index, n);
            contract = Arrays.copyOf(contract, n);
            slot = Arrays.copyOf(slot, n);
        }
        accountIds[count] = account;
        instrumentIds[count] = instrumentId;
        hints[count] = positionHint;
        count++;
    }

    /** Reads ahead for the orders added since the last run, in three passes, and forgets them. */
    public void run() {
        long word = 0;
        // The account table's entry of each, and the position line a handle names.
        for (int k = 0; k < count; k++) {
            index[k] = accounts.peek(accountIds[k]);
            contract[k] = contracts.index(instrumentIds[k]);
            word += positions.readAhead(hints[k]);
        }
        // The account's figures in each table, its margin book, and where its position is.
        for (int k = 0; k < count; k++) {
            int a = index[k];
            int c = contract[k];
            if (a == AccountRegistry.NONE || c == ClearedContracts.NONE) {
                slot[k] = PositionBook.NONE;
                continue;
            }
            word += accounts.readAhead(a) + ledger.balance(a) + defaults.defaultId(a) + limits.readAhead(a)
                    + margin.readAheadBook(a, c);
            slot[k] = positions.accountIfOf(hints[k], c) == a ? PositionBook.NONE : positions.peek(a, c);
        }
        // The position line found by its keys, and the margin slot's lines.
        for (int k = 0; k < count; k++) {
            if (index[k] != AccountRegistry.NONE && contract[k] != ClearedContracts.NONE) {
                word += positions.readAhead(slot[k]) + margin.readAheadSlot(index[k], contract[k]);
            }
        }
        count = 0;
        seen += word;
    }

    /**
     * Reads one account's margin book and its slot for a contract now, inside a command, before
     * the command needs them: the loads are issued while the command's other misses (its
     * position's) are still waiting, rather than after them. Indices as the house keeps them
     * (any, even none: nothing is read then).
     */
    void margin(int index, int contract) {
        seen += margin.readAheadBook(index, contract) + margin.readAheadSlot(index, contract);
    }

    /** The sum of the words read so far: meaningless, but it keeps the reads. */
    public long seen() {
        return seen;
    }
}
