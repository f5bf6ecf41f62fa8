package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.event.AccountKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Firms and their accounts, each account with a dense index in opening order. Index 0 is the
 * world outside the exchange (account number 0), the other side of deposits and withdrawals.
 * The exchange's own accounts (fee, default fund, capital, settlement) are one of each kind.
 */
final class AccountRegistry {
    static final int OUTSIDE = 0;
    static final int NONE = -1;

    private final LongIntMap firmIndex = new LongIntMap(64);
    private final List<Long> firmIds = new ArrayList<>();
    private final List<String> firmNames = new ArrayList<>();

    private final LongIntMap accountIndex = new LongIntMap(1024);
    /** The account last found, and its index (0 and {@link #NONE}, what {@link #account} answers for 0, before any). */
    private long lastFound;
    private int lastFoundIndex = NONE;
    private long[] accountIds = new long[64];
    private int[] accountFirm = new int[64];
    private AccountKind[] kinds = new AccountKind[64];
    private int accounts = 1;
    private final int[] house = new int[AccountKind.values().length];

    AccountRegistry() {
        Arrays.fill(house, NONE);
    }

    /** The index of firm {@code firmId}, or {@link #NONE}. */
    int firm(long firmId) {
        return firmIndex.get(firmId);
    }

    void addFirm(long firmId, String name) {
        firmIndex.put(firmId, firmIds.size());
        firmIds.add(firmId);
        firmNames.add(name);
    }

    /** The index of account {@code account}, or {@link #NONE} (also for 0, the outside world, which is no account). */
    int account(long account) {
        // One order asks for its account five or six times over (checks, then working lots): the last one found
        // is kept, which an index never stops being, since accounts are never closed.
        if (account == lastFound) {
            return lastFoundIndex;
        }
        int index = accountIndex.get(account);
        if (index != NONE) {
            lastFound = account;
            lastFoundIndex = index;
        }
        return index;
    }

    /** As {@link #account}, without keeping what it found: for reading ahead, which changes nothing. */
    int peek(long account) {
        return accountIndex.get(account);
    }

    /** Reads the lines of the account's id, firm and kind (for reading ahead); returns a word of them. */
    long readAhead(int index) {
        return accountIds[index] + accountFirm[index] + (kinds[index] == null ? 0 : 1);
    }

    /** Opens an account under the firm of index {@code firm}; returns its index. */
    int open(long account, int firm, AccountKind kind) {
        if (accounts == accountIds.length) {
            int n = accounts * 2;
            accountIds = Arrays.copyOf(accountIds, n);
            accountFirm = Arrays.copyOf(accountFirm, n);
            kinds = Arrays.copyOf(kinds, n);
        }
        int index = accounts++;
        accountIds[index] = account;
        accountFirm[index] = firm;
        kinds[index] = kind;
        accountIndex.put(account, index);
        if (!kind.trades()) {
            house[kind.ordinal()] = index;
        }
        return index;
    }

    /** The index of the exchange's account of {@code kind}, or {@link #NONE} if not open. */
    int house(AccountKind kind) {
        return house[kind.ordinal()];
    }

    /** Indices run 0 (the outside world) to {@code count() - 1}. */
    int count() {
        return accounts;
    }

    long id(int index) {
        return accountIds[index];
    }

    AccountKind kind(int index) {
        return kinds[index];
    }

    int firmCount() {
        return firmIds.size();
    }

    /** The index of the firm of the account of {@code index}. */
    int firmOf(int index) {
        return accountFirm[index];
    }

    long firmId(int firm) {
        return firmIds.get(firm);
    }

    String firmName(int firm) {
        return firmNames.get(firm);
    }

    long stateHash() {
        long h = StateHash.mix(firmIds.size(), accounts);
        for (int f = 0; f < firmIds.size(); f++) {
            h = StateHash.mix(StateHash.mix(h, firmIds.get(f)), firmNames.get(f).hashCode());
        }
        for (int a = 1; a < accounts; a++) {
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, accountIds[a]), accountFirm[a]), kinds[a].ordinal());
        }
        return h;
    }
}
