package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

import static com.suanli.exchange.clearing.ClearingOutcome.reject;
import static com.suanli.exchange.engine.event.RejectReason.ACCOUNT_POSITION_LIMIT;
import static com.suanli.exchange.engine.event.RejectReason.CREDIT_LIMIT;
import static com.suanli.exchange.engine.event.RejectReason.INSTRUMENT_POSITION_LIMIT;
import static com.suanli.exchange.engine.event.RejectReason.ORDER_SIZE_LIMIT;
import static com.suanli.exchange.engine.event.RejectReason.PRICE_COLLAR;
import static com.suanli.exchange.engine.event.RejectReason.WORKING_ORDER_LIMIT;

/**
 * The pre-trade limits of accounts and firms ({@link AccountLimits}, a credit limit per firm) and
 * what they are checked against, kept up to date as positions, working lots and margin change:
 * each account's gross lots (the sum over its instruments of its worst position if its orders
 * filled), each firm's initial margin (the sum over its accounts), and each contract's collar
 * reference. Every check is a query that names the limit, the value and the account; nothing
 * here changes on a refusal. Arrays by dense account, firm and contract index.
 */
final class RiskLimits {
    private AccountLimits[] limits = new AccountLimits[64];
    private long[] gross = new long[64];
    private long[] accountInitial = new long[64];
    private long[] firmCredit = new long[16];
    /** How many firms have a credit limit: with none, an order's check reads no firm's figures. */
    private int firmsLimited;
    private long[] firmInitial = new long[16];
    private long[] reference = new long[64];

    // ---- the limits ----

    AccountLimits limits(int account) {
        AccountLimits l = account < limits.length ? limits[account] : null;
        return l == null ? AccountLimits.NONE : l;
    }

    void setLimits(int account, AccountLimits accountLimits) {
        limits = grow(limits, account);
        limits[account] = accountLimits;
    }

    /** The firm's credit limit in fen; 0 is none. */
    long creditLimit(int firm) {
        return firm < firmCredit.length ? firmCredit[firm] : 0;
    }

    void setCreditLimit(int firm, long fen) {
        firmCredit = grow(firmCredit, firm);
        firmsLimited += Long.signum(fen) - Long.signum(firmCredit[firm]);
        firmCredit[firm] = fen;
    }

    /** Whether any firm has a credit limit. */
    boolean anyCreditLimit() {
        return firmsLimited > 0;
    }

    // ---- what they are checked against ----

    /** The account's lots on the worse side of a slot changed from its old to its new position and working lots. */
    void exposureChanged(int account, long net, long buying, long selling, long newNet, long newBuying, long newSelling) {
        gross = grow(gross, account);
        gross[account] += worst(newNet, newBuying, newSelling) - worst(net, buying, selling);
    }

    long gross(int account) {
        return account < gross.length ? gross[account] : 0;
    }

    /** Reads the account's lines (for reading ahead): its gross lots, initial margin and limits. */
    long readAhead(int account) {
        return gross(account) + (account < accountInitial.length ? accountInitial[account] : 0)
                + limits(account).maxOrderLots();
    }

    /** The account's initial margin is now {@code initial}: its firm's total moves by the change. */
    void initialChanged(int account, int firm, long initial) {
        accountInitial = grow(accountInitial, account);
        firmInitial = grow(firmInitial, firm);
        firmInitial[firm] = Math.addExact(firmInitial[firm], initial - accountInitial[account]);
        accountInitial[account] = initial;
    }

    /** The sum of the initial margin of the firm's accounts, fen. */
    long firmInitial(int firm) {
        return firm < firmInitial.length ? firmInitial[firm] : 0;
    }

    /** A trade between two accounts, or a settlement, priced the contract: the collar's new reference. */
    void priced(int contract, long price) {
        reference = grow(reference, contract);
        reference[contract] = price;
    }

    /** The collar's reference of the contract: its last price here, else {@code listed} (its settlement price). */
    long reference(int contract, long listed) {
        long last = contract < reference.length ? reference[contract] : 0;
        return last > 0 ? last : listed;
    }

    /** The lots the account could hold on the worse side if every order on that side filled. */
    static long worst(long net, long buying, long selling) {
        return Math.max(Math.abs(net + buying), Math.abs(net - selling));
    }

    // ---- checks ----

    /**
     * An order's own terms: its size (0: not checked, as for an amendment, which never adds
     * lots), its limit price against the collar (0: not checked, as for a market order or a
     * held stop) and the account's working orders once it is accepted (0: it opens none).
     */
    ClearingOutcome checkTerms(long accountId, int account, String symbol, long reference, long price, long quantity,
                               long workingOrdersAfter) {
        AccountLimits l = limits(account);
        if (l.maxOrderLots() > 0 && quantity > l.maxOrderLots()) {
            return reject(ORDER_SIZE_LIMIT, "maxOrderLots: an order of " + quantity + " lots of " + symbol
                    + " exceeds account " + accountId + "'s maximum order size of " + l.maxOrderLots() + " lots");
        }
        if (l.collarBps() > 0 && price > 0
                && Math.abs(price - reference) * AccountLimits.MAX_COLLAR_BPS > l.collarBps() * reference) {
            return reject(PRICE_COLLAR, "collarBps: a limit of " + price + " ticks for " + symbol + " is "
                    + percent(Math.abs(price - reference) * AccountLimits.MAX_COLLAR_BPS / reference)
                    + " from the reference " + reference + " ticks, beyond account " + accountId + "'s price collar of "
                    + percent(l.collarBps()));
        }
        if (l.maxWorkingOrders() > 0 && workingOrdersAfter > l.maxWorkingOrders()) {
            return reject(WORKING_ORDER_LIMIT, "maxWorkingOrders: account " + accountId + " would have "
                    + workingOrdersAfter + " orders working, above its maximum of " + l.maxWorkingOrders());
        }
        return null;
    }

    /**
     * {@code moreBuys} and {@code moreSells} more working (negative: fewer) in a slot now at net,
     * buying and selling: the position limits.
     */
    ClearingOutcome checkExposure(long accountId, int account, String symbol, long net, long buying, long selling,
                                  long moreBuys, long moreSells) {
        AccountLimits l = limits(account);
        long newBuying = buying + moreBuys;
        long newSelling = selling + moreSells;
        long after = worst(net, newBuying, newSelling);
        if (l.maxPositionLots() > 0 && after > l.maxPositionLots()) {
            return reject(INSTRUMENT_POSITION_LIMIT, "maxPositionLots: account " + accountId + " could hold "
                    + after + " lots of " + symbol + " (position " + net + ", " + newBuying + " working to buy, "
                    + newSelling + " to sell), above its limit of " + l.maxPositionLots() + " lots");
        }
        long grossAfter = gross(account) - worst(net, buying, selling) + after;
        if (l.maxGrossLots() > 0 && grossAfter > l.maxGrossLots()) {
            return reject(ACCOUNT_POSITION_LIMIT, "maxGrossLots: account " + accountId + " could hold " + grossAfter
                    + " lots over all its instruments with " + lotsMore(moreBuys, moreSells) + " of " + symbol
                    + ", above its limit of " + l.maxGrossLots() + " lots");
        }
        return null;
    }

    /**
     * The account would need {@code initial} fen of initial margin with an {@code order} (its kind:
     * "order", "quote"): within its firm's credit limit?
     */
    ClearingOutcome checkCredit(long accountId, int account, int firm, long firmId, long initial, String order) {
        long limit = creditLimit(firm);
        if (limit == 0) {
            return null;
        }
        long current = account < accountInitial.length ? accountInitial[account] : 0;
        long after = Math.addExact(firmInitial(firm), initial - current);
        if (after > limit) {
            return reject(CREDIT_LIMIT, "creditLimit: firm " + firmId + "'s accounts would need initial margin "
                    + ClearingHouse.cny(after) + " with this " + order + " of account " + accountId
                    + ", beyond the firm's credit limit " + ClearingHouse.cny(limit));
        }
        return null;
    }

    /** A change of working lots in words: "4 more" for one side, "+3 to buy and -2 to sell" for both. */
    static String lotsMore(long moreBuys, long moreSells) {
        if (moreBuys == 0 || moreSells == 0) {
            return (moreBuys + moreSells) + " more";
        }
        return String.format("%+d to buy and %+d to sell", moreBuys, moreSells);
    }

    private static String percent(long bps) {
        return BigDecimal.valueOf(bps, 2).toPlainString() + "%";
    }

    long stateHash(int accounts, int firms, int contracts) {
        long h = StateHash.mix(accounts, firms);
        for (int a = 1; a < accounts; a++) {
            AccountLimits l = limits(a);
            h = StateHash.mix(h, l.maxOrderLots());
            h = StateHash.mix(h, l.maxPositionLots());
            h = StateHash.mix(h, l.maxGrossLots());
            h = StateHash.mix(h, l.maxWorkingOrders());
            h = StateHash.mix(h, l.collarBps());
            h = StateHash.mix(h, gross(a));
        }
        for (int f = 0; f < firms; f++) {
            h = StateHash.mix(StateHash.mix(h, creditLimit(f)), firmInitial(f));
        }
        for (int c = 0; c < contracts; c++) {
            h = StateHash.mix(h, reference(c, 0));
        }
        return h;
    }

    // ---- snapshot (ClearingSnapshot.Part.LIMITS) ----

    /** Per account its limits, gross lots and initial margin; per firm its credit limit and initial margin; per contract the collar's reference. */
    void writeSnapshot(DataOutput out, int accounts, int firms, int contracts) throws IOException {
        out.writeInt(accounts);
        for (int a = 0; a < accounts; a++) {
            AccountLimits l = limits(a);
            out.writeLong(l.maxOrderLots());
            out.writeLong(l.maxPositionLots());
            out.writeLong(l.maxGrossLots());
            out.writeLong(l.maxWorkingOrders());
            out.writeLong(l.collarBps());
            out.writeLong(gross(a));
            out.writeLong(a < accountInitial.length ? accountInitial[a] : 0);
        }
        out.writeInt(firms);
        for (int f = 0; f < firms; f++) {
            out.writeLong(creditLimit(f));
            out.writeLong(firmInitial(f));
        }
        out.writeInt(contracts);
        for (int c = 0; c < contracts; c++) {
            out.writeLong(reference(c, 0));
        }
    }

    /**
     * Restores what {@link #writeSnapshot} wrote into empty limits. The gross lots and the firms'
     * initial margin are running sums: each must equal {@code gross} (rebuilt from the positions)
     * and the sum of its accounts' initial margin.
     */
    void readSnapshot(DataInput in, int accounts, int firms, int contracts, long[] rebuiltGross, int[] firmOf)
            throws IOException {
        fits("accounts", in.readInt(), accounts);
        long[] firmSum = new long[firms];
        for (int a = 0; a < accounts; a++) {
            AccountLimits l = new AccountLimits(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                    in.readLong());
            long accountGross = in.readLong();
            long initial = in.readLong();
            if (accountGross != rebuiltGross[a] || initial < 0) {
                throw new IllegalArgumentException("account index " + a + ": gross lots " + accountGross
                        + " where its positions give " + rebuiltGross[a] + ", initial margin " + initial);
            }
            setLimits(a, l);
            gross = grow(gross, a);
            gross[a] = accountGross;
            accountInitial = grow(accountInitial, a);
            accountInitial[a] = initial;
            if (a > 0) {
                firmSum[firmOf[a]] = Math.addExact(firmSum[firmOf[a]], initial);
            }
        }
        fits("firms", in.readInt(), firms);
        for (int f = 0; f < firms; f++) {
            long credit = in.readLong();
            long initial = in.readLong();
            if (credit < 0 || initial != firmSum[f]) {
                throw new IllegalArgumentException("firm index " + f + ": credit limit " + credit + ", initial margin "
                        + initial + " where its accounts' sum to " + firmSum[f]);
            }
            setCreditLimit(f, credit);
            firmInitial = grow(firmInitial, f);
            firmInitial[f] = initial;
        }
        fits("contracts", in.readInt(), contracts);
        for (int c = 0; c < contracts; c++) {
            long price = in.readLong();
            if (price < 0) {
                throw new IllegalArgumentException("contract index " + c + ": collar reference " + price + " is negative");
            }
            priced(c, price);
        }
    }

    private static void fits(String what, int count, int expected) {
        if (count != expected) {
            throw new IllegalArgumentException(count + " " + what + " where the house has " + expected);
        }
    }

    /** {@code array}, or a copy at least long enough to hold {@code index}. */
    static long[] grow(long[] array, int index) {
        return index < array.length ? array : Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
    }

    private static AccountLimits[] grow(AccountLimits[] array, int index) {
        return index < array.length ? array : Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
    }
}
