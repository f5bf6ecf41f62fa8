package com.suanli.exchange.defaults;

import com.suanli.exchange.clearing.ClearingEvents;
import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.journal.SnapshotFields;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashReason;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Margin calls, defaults and their resolution, for the clearing house that owns this desk
 * (docs/CLEARING.md). After each daily settlement the house shows the desk every account that
 * held the contract: one whose cash is below its maintenance margin is called for the amount that
 * brings it back to its initial margin, with a deadline. Cash at or above the initial margin (a
 * deposit, a later settlement) meets the call. Time passing the deadline with the account still
 * short declares it in default; the engine then cancels its orders and closes its positions, and
 * once it is closed out (flat, nothing working, every futures position settled) its loss goes down
 * the {@link Waterfall}. At most one call per account is open at a time. Walks are in account
 * order; every figure is in the state hash.
 */
public final class DefaultDesk {

    private final DefaultRules rules;
    private final MemberBooks books;
    private final ClearingEvents events;
    private long[] callId = new long[0];
    private long[] callAmount = new long[0];
    private long[] deadline = new long[0];
    private long[] defaultId = new long[0];
    private long[] collateral = new long[0];
    private long[] contribution = new long[0];
    private long lastCallId;
    private long lastDefaultId;
    /** The earliest deadline of the open calls (or one already met), so a command checks one number. */
    private long nextDeadline = Long.MAX_VALUE;
    private int openDefaults;
    private long contributions;

    public DefaultDesk(DefaultRules rules, MemberBooks books, ClearingEvents events) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.books = Objects.requireNonNull(books, "books");
        this.events = Objects.requireNonNull(events, "events");
    }

    public DefaultRules rules() {
        return rules;
    }

    // ---- margin calls ----

    /**
     * After a settlement that marked {@code account}'s position: meets its open call if its cash is
     * back to its initial margin, else calls it if its cash is below its maintenance margin.
     */
    public void settled(long timestamp, int account) {
        ensure(account);
        if (defaultId[account] != 0 || !books.kind(account).trades()) {
            return;
        }
        if (callId[account] != 0) {
            meetIfCovered(timestamp, account);
            return;
        }
        long cash = books.cash(account);
        long maintenance = books.maintenance(account);
        if (maintenance > 0 && cash < maintenance) {
            long initial = books.initial(account);
            callId[account] = ++lastCallId;
            callAmount[account] = Math.subtractExact(initial, cash);
            deadline[account] = Math.addExact(timestamp, rules.callWindowMillis());
            nextDeadline = Math.min(nextDeadline, deadline[account]);
            events.marginCalled(timestamp, callId[account], books.accountId(account), cash, maintenance, initial,
                    callAmount[account], deadline[account]);
        }
    }

    /** After cash came in to {@code account}: its open call is met if its cash now covers its initial margin. */
    public void deposited(long timestamp, int account) {
        if (account < callId.length && callId[account] != 0) {
            meetIfCovered(timestamp, account);
        }
    }

    private void meetIfCovered(long timestamp, int account) {
        long cash = books.cash(account);
        long initial = books.initial(account);
        if (cash >= initial) {
            events.marginCallMet(timestamp, callId[account], books.accountId(account), cash, initial);
            clearCall(account);
        }
    }

    private void clearCall(int account) {
        callId[account] = 0;
        callAmount[account] = 0;
        deadline[account] = 0;
    }

    /** Whether a call's deadline has passed at {@code now}: one comparison, for every command. */
    public boolean callsDue(long now) {
        return now > nextDeadline;
    }

    /**
     * Every open call whose deadline is before {@code now}: met if the account's cash covers its
     * initial margin now, else the account is declared in default.
     * @return the indices of the accounts declared in default, in account order
     */
    public int[] declareDefaults(long now) {
        int[] declared = new int[0];
        long next = Long.MAX_VALUE;
        for (int a = 1; a < callId.length; a++) {
            if (callId[a] == 0) {
                continue;
            }
            if (deadline[a] >= now) {
                next = Math.min(next, deadline[a]);
                continue;
            }
            long cash = books.cash(a);
            long initial = books.initial(a);
            if (cash >= initial) {
                events.marginCallMet(now, callId[a], books.accountId(a), cash, initial);
            } else {
                defaultId[a] = ++lastDefaultId;
                collateral[a] = cash;
                openDefaults++;
                events.accountDefaulted(now, defaultId[a], callId[a], books.accountId(a), cash, initial);
                declared = Arrays.copyOf(declared, declared.length + 1);
                declared[declared.length - 1] = a;
            }
            clearCall(a);
        }
        nextDeadline = next;
        return declared;
    }

    // ---- defaults ----

    /** The id of the account's open default, 0 when it is not in default. */
    public long defaultId(int account) {
        return account < defaultId.length ? defaultId[account] : 0;
    }

    /** The id of the account's open margin call, 0 when it has none. */
    public long callId(int account) {
        return account < callId.length ? callId[account] : 0;
    }

    /** What the account's open call asks for (initial margin less cash when called), fen; 0 without one. */
    public long callAmount(int account) {
        return account < callAmount.length ? callAmount[account] : 0;
    }

    /** When the account's open call falls due, epoch milliseconds; 0 without one. */
    public long callDeadline(int account) {
        return account < deadline.length ? deadline[account] : 0;
    }

    public int openDefaults() {
        return openDefaults;
    }

    /** The indices of the accounts in default, in account order. */
    public int[] inDefault() {
        int[] open = new int[openDefaults];
        for (int a = 1, n = 0; n < openDefaults; a++) {
            if (defaultId[a] != 0) {
                open[n++] = a;
            }
        }
        return open;
    }

    /** Resolves the default of every defaulter now closed out: its loss goes down the waterfall. */
    public void resolveClosedOut(long timestamp) {
        for (int a = 1; openDefaults > 0 && a < defaultId.length; a++) {
            if (defaultId[a] != 0 && books.closedOut(a)) {
                resolve(timestamp, a);
            }
        }
    }

    private void resolve(long timestamp, int account) {
        long id = defaultId[account];
        long cash = books.cash(account);
        long marginUsed = Math.max(0, Math.max(0, collateral[account]) - Math.max(0, cash));
        int fund = books.house(AccountKind.DEFAULT_FUND);
        int capital = books.house(AccountKind.EXCHANGE_CAPITAL);
        long[] others = contribution.clone();
        others[account] = 0;
        LossAllocation loss = Waterfall.allocate(Math.max(0, -cash), contribution[account],
                capital == MemberBooks.NONE ? 0 : Math.max(0, books.cash(capital)), others);
        charge(timestamp, id, account, account, fund, loss.ownContribution());
        if (loss.exchangeCapital() > 0) {
            books.post(timestamp, CashReason.DEFAULT_LOSS, id, capital, account, loss.exchangeCapital());
        }
        for (int m = 1; m < others.length; m++) {
            charge(timestamp, id, m, account, fund, loss.share(m));
        }
        defaultId[account] = 0;
        collateral[account] = 0;
        openDefaults--;
        events.defaultResolved(timestamp, id, books.accountId(account), marginUsed, loss.ownContribution(),
                loss.exchangeCapital(), loss.mutualised(), loss.uncovered());
    }

    /** Part of a default loss paid from {@code member}'s contribution in the fund to the defaulter. */
    private void charge(long timestamp, long id, int member, int defaulter, int fund, long amount) {
        if (amount > 0) {
            contribution[member] -= amount;
            contributions -= amount;
            books.post(timestamp, CashReason.DEFAULT_LOSS, id, fund, defaulter, amount);
            events.defaultFundCharged(timestamp, id, books.accountId(member), amount, contribution[member]);
        }
    }

    // ---- the default fund ----

    /** Moves {@code amount} fen of {@code account}'s cash into the default fund as its contribution (checked by the house). */
    public void contribute(long timestamp, int account, long amount, long reference) {
        ensure(account);
        books.post(timestamp, CashReason.DEFAULT_FUND_CONTRIBUTION, reference, account,
                books.house(AccountKind.DEFAULT_FUND), amount);
        contribution[account] = Math.addExact(contribution[account], amount);
        contributions = Math.addExact(contributions, amount);
    }

    /** What {@code account} has in the default fund, fen. */
    public long contribution(int account) {
        return account < contribution.length ? contribution[account] : 0;
    }

    /** All members' contributions: the part of the default fund's cash that is committed to the waterfall. */
    public long contributions() {
        return contributions;
    }

    public long stateHash() {
        long h = StateHash.mix(StateHash.mix(lastCallId, lastDefaultId), StateHash.mix(nextDeadline, contributions));
        h = StateHash.mix(h, openDefaults);
        // Accounts with nothing here are left out, so the hash does not depend on how far the arrays have grown.
        for (int a = 1; a < callId.length; a++) {
            if (callId[a] != 0 || defaultId[a] != 0 || contribution[a] != 0) {
                h = StateHash.mix(StateHash.mix(StateHash.mix(h, a), callId[a]), callAmount[a]);
                h = StateHash.mix(StateHash.mix(StateHash.mix(h, deadline[a]), defaultId[a]), collateral[a]);
                h = StateHash.mix(h, contribution[a]);
            }
        }
        return h;
    }

    // ---- snapshot (the clearing section's defaults part, docs/JOURNAL.md) ----

    /**
     * Writes the last call and default ids and the earliest deadline, then per account index its
     * call (id, amount, deadline), default (id, collateral) and contribution. The open-default count
     * and the contributions' total are rebuilt from them.
     */
    public void writeSnapshot(DataOutput out) throws IOException {
        out.writeLong(lastCallId);
        out.writeLong(lastDefaultId);
        out.writeLong(nextDeadline);
        out.writeInt(callId.length);
        for (int a = 0; a < callId.length; a++) {
            for (long figure : new long[] {callId[a], callAmount[a], deadline[a], defaultId[a], collateral[a],
                    contribution[a]}) {
                out.writeLong(figure);
            }
        }
    }

    /**
     * Restores into an empty desk what {@link #writeSnapshot} wrote, for a house of
     * {@code accounts} accounts (the outside world included).
     * @throws IllegalArgumentException naming the account or field that is not sound
     */
    public void readSnapshot(DataInput in, int accounts) throws IOException {
        lastCallId = in.readLong();
        lastDefaultId = in.readLong();
        nextDeadline = in.readLong();
        int length = SnapshotFields.count(in, "accounts");
        if (lastCallId < 0 || lastDefaultId < 0 || length > accounts) {
            throw new IllegalArgumentException("lastCallId " + lastCallId + ", lastDefaultId " + lastDefaultId + ", "
                    + length + " accounts where the house has " + accounts);
        }
        callId = new long[length];
        callAmount = new long[length];
        deadline = new long[length];
        defaultId = new long[length];
        collateral = new long[length];
        contribution = new long[length];
        for (int a = 0; a < length; a++) {
            callId[a] = in.readLong();
            callAmount[a] = in.readLong();
            deadline[a] = in.readLong();
            defaultId[a] = in.readLong();
            collateral[a] = in.readLong();
            contribution[a] = in.readLong();
            boolean called = callId[a] != 0;
            if (callId[a] < 0 || callId[a] > lastCallId || defaultId[a] < 0 || defaultId[a] > lastDefaultId
                    || contribution[a] < 0 || called && (deadline[a] < nextDeadline || defaultId[a] != 0)
                    || !called && (callAmount[a] != 0 || deadline[a] != 0)
                    || (a == 0 || !books.kind(a).trades()) && (called || defaultId[a] != 0 || contribution[a] != 0)) {
                throw new IllegalArgumentException("account index " + a + ": call " + callId[a] + " of "
                        + callAmount[a] + " due " + deadline[a] + ", default " + defaultId[a] + ", contribution "
                        + contribution[a] + " is not sound");
            }
            if (defaultId[a] != 0) {
                openDefaults++;
            }
            contributions = Math.addExact(contributions, contribution[a]);
        }
    }

    private void ensure(int account) {
        if (account >= callId.length) {
            int n = Math.max(account + 1, books.accounts());
            callId = Arrays.copyOf(callId, n);
            callAmount = Arrays.copyOf(callAmount, n);
            deadline = Arrays.copyOf(deadline, n);
            defaultId = Arrays.copyOf(defaultId, n);
            collateral = Arrays.copyOf(collateral, n);
            contribution = Arrays.copyOf(contribution, n);
        }
    }
}
