package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.journal.SnapshotFields;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.suanli.exchange.clearing.ClearingOutcome.reject;
import static com.suanli.exchange.engine.event.RejectReason.INSUFFICIENT_BUYING_POWER;
import static com.suanli.exchange.engine.event.RejectReason.INSUFFICIENT_CAPACITY;

/**
 * Pre-trade risk of spot, which delivers the next day and is paid for then: buying power for
 * buys, and for a compute provider's sells its registered capacity at the hub for the delivery
 * day.
 *
 * <p>Buying power: cash less initial margin, less what the account's working spot buys hold back
 * (each its limit's value plus the highest fee it could pay, per lot, kept by order id so an
 * amendment or a replacing quote side counts once), less the cost of the spot it has bought and
 * not yet taken delivery of (its long spot positions at their average cost).
 *
 * <p>Capacity: per provider account, product, hub and delivery day, the units (GPU-hours)
 * registered, and those sold for that day. A sell, if it filled now, delivers the Shanghai day
 * after now; what it may commit is the registered capacity less the units sold for that day less
 * the units of the account's working spot sells there (standard and green contracts draw on the
 * same capacity).
 */
final class SpotRisk {
    /** Exchange time is China Standard Time, UTC+8 all year. */
    static final long EXCHANGE_OFFSET_MILLIS = 8 * 3_600_000L;
    static final long DAY_MILLIS = 86_400_000L;
    /** The most units one registration may carry (about a trillion GPU-hours). */
    static final long MAX_UNITS = 1L << 40;

    private final ClearedContracts contracts;
    private final PositionBook positions;

    private final SpotBuyReservations buys = new SpotBuyReservations(1024);
    private long[] working = new long[64];
    private long[] held = new long[64];

    /** Product and hub of each spot contract: its capacity group, or -1 for a future. */
    private int[] groupOf = new int[64];
    private final List<String> groupProducts = new ArrayList<>();
    private final List<Hub> groupHubs = new ArrayList<>();
    private final List<int[]> groupContracts = new ArrayList<>();

    /** (account, group) to its days' map; then (that, day) to the capacity entry. */
    private final LongIntMap accountGroups = new LongIntMap(64);
    private final LongIntMap days = new LongIntMap(256);
    private int accountGroupCount;
    private long[] registered = new long[64];
    private long[] sold = new long[64];
    private long[] entryKey = new long[64];
    private int entries;

    SpotRisk(ClearedContracts contracts, PositionBook positions) {
        this.contracts = contracts;
        this.positions = positions;
    }

    /** The Shanghai day a spot trade at {@code timestamp} delivers on, as an epoch day. */
    static long deliveryDay(long timestamp) {
        return Math.floorDiv(timestamp + EXCHANGE_OFFSET_MILLIS, DAY_MILLIS) + 1;
    }

    // ---- listing ----

    /** A contract was listed at {@code contract}: a spot one joins the capacity group of its product and hub. */
    void listed(int contract, ContractSpec spec) {
        if (contract >= groupOf.length) {
            groupOf = Arrays.copyOf(groupOf, Math.max(contract + 1, groupOf.length * 2));
        }
        if (spec.kind() != ContractKind.SPOT) {
            groupOf[contract] = -1;
            return;
        }
        int group = group(spec.product().code(), spec.hub());
        if (group < 0) {
            group = groupProducts.size();
            groupProducts.add(spec.product().code());
            groupHubs.add(spec.hub());
            groupContracts.add(new int[0]);
        }
        int[] members = groupContracts.get(group);
        int[] grown = Arrays.copyOf(members, members.length + 1);
        grown[members.length] = contract;
        groupContracts.set(group, grown);
        groupOf[contract] = group;
    }

    boolean isSpot(int contract) {
        return groupOf[contract] >= 0;
    }

    /** The capacity group of spot at {@code hub} in {@code productCode}, or -1 when none is listed. */
    int group(String productCode, Hub hub) {
        for (int g = 0; g < groupProducts.size(); g++) {
            if (groupHubs.get(g) == hub && groupProducts.get(g).equals(productCode)) {
                return g;
            }
        }
        return -1;
    }

    // ---- buying power ----

    /** What the account's working spot buys and undelivered spot purchases hold back, fen. */
    long committed(int account) {
        return (account < working.length ? working[account] : 0) + (account < held.length ? held[account] : 0);
    }

    /** The fen per lot a spot buy at {@code price} holds back: the limit's value and the highest fee. */
    static long perLot(long price, long tickValue, long feePerLot) {
        return price * tickValue + Math.max(feePerLot, 0);
    }

    /**
     * Can the account pay for a spot buy of {@code lots} costing {@code notionalTicks} (price x
     * lots, or a budget order's budget) with {@code feePerLot} at most, in place of what order
     * {@code replacedOrderId} holds back (0: none), from {@code buyingPower} fen?
     */
    ClearingOutcome checkBuy(long accountId, String symbol, long tickValue, long replacedOrderId, long notionalTicks,
                             long lots, long feePerLot, long buyingPower) {
        long cost = notionalTicks * tickValue + Math.max(feePerLot, 0) * lots;
        long added = cost - buys.reserved(replacedOrderId);
        if (added > buyingPower) {
            return reject(INSUFFICIENT_BUYING_POWER, "price, quantity: a spot buy of " + lots + " lots of " + symbol
                    + " costs " + ClearingHouse.cny(cost) + " with fees"
                    + (added == cost ? "" : " (" + ClearingHouse.cny(added) + " more than the order it replaces)")
                    + ", beyond the buying power " + ClearingHouse.cny(buyingPower) + " of account " + accountId);
        }
        return null;
    }

    /** The fen order {@code orderId} holds back, 0 when it holds none. */
    long reserved(long orderId) {
        return buys.reserved(orderId);
    }

    void buyWorking(long orderId, int account, long perLot, long lots) {
        buys.add(orderId, account, perLot, lots);
        working = RiskLimits.grow(working, account);
        working[account] += perLot * lots;
    }

    /** The buy lost {@code lots} by a fill or a cancellation; false when it holds nothing here. */
    boolean buyReduced(long orderId, long lots) {
        int slot = buys.find(orderId);
        if (slot == SpotBuyReservations.MISSING) {
            return false;
        }
        long lost = Math.min(lots, buys.open(slot));
        working[buys.account(slot)] -= buys.perLot(slot) * lost;
        buys.reduce(slot, lost);
        return true;
    }

    /** A working buy's limit moved: it holds back {@code newPerLot} per open lot from now. */
    void buyRepriced(long orderId, long newPerLot) {
        int slot = buys.find(orderId);
        if (slot != SpotBuyReservations.MISSING) {
            working[buys.account(slot)] += (newPerLot - buys.perLot(slot)) * buys.open(slot);
            buys.reprice(slot, newPerLot);
        }
    }

    /** A spot position changed: its long lots' cost, until delivered, is held back. */
    void positionChanged(int account, long net, long openCost, long newNet, long newOpenCost, long tickValue) {
        held = RiskLimits.grow(held, account);
        held[account] += (newNet > 0 ? newOpenCost * tickValue : 0) - (net > 0 ? openCost * tickValue : 0);
    }

    // ---- capacity ----

    /** The provider's capacity entry for the group and delivery day, created (empty) if new. */
    int entry(int account, int group, long day) {
        long outer = ((long) account + 1) << 32 | group;
        int accountGroup = accountGroups.get(outer);
        if (accountGroup == LongIntMap.MISSING) {
            accountGroup = accountGroupCount++;
            accountGroups.put(outer, accountGroup);
        }
        long key = ((long) accountGroup + 1) << 32 | day;
        int e = days.get(key);
        if (e == LongIntMap.MISSING) {
            e = entries++;
            if (e == registered.length) {
                registered = Arrays.copyOf(registered, e * 2);
                sold = Arrays.copyOf(sold, e * 2);
                entryKey = Arrays.copyOf(entryKey, e * 2);
            }
            entryKey[e] = key;
            days.put(key, e);
        }
        return e;
    }

    /** The units sold so far for the entry's day. */
    long sold(int entry) {
        return entry == LongIntMap.MISSING ? 0 : sold[entry];
    }

    void register(int entry, long units) {
        registered[entry] = units;
    }

    /** The provider's capacity entry for the group and delivery day, or {@link LongIntMap#MISSING}. */
    int find(int account, int group, long day) {
        int accountGroup = accountGroups.get(((long) account + 1) << 32 | group);
        return accountGroup == LongIntMap.MISSING ? LongIntMap.MISSING
                : days.get(((long) accountGroup + 1) << 32 | day);
    }

    long registered(int entry) {
        return entry == LongIntMap.MISSING ? 0 : registered[entry];
    }

    /** Can provider {@code account} sell {@code lots} more of spot contract {@code contract} at {@code timestamp}? */
    ClearingOutcome checkSell(long accountId, int account, int contract, long lots, long timestamp) {
        int group = groupOf[contract];
        long day = deliveryDay(timestamp);
        int entry = find(account, group, day);
        long workingUnits = workingSellUnits(account, group);
        long units = lots * contracts.get(contract).spec.contractSize();
        long committed = sold(entry) + workingUnits + units;
        if (committed > registered(entry)) {
            return reject(INSUFFICIENT_CAPACITY, "quantity: account " + accountId + " would commit " + committed
                    + " units of " + groupProducts.get(group) + " at " + groupHubs.get(group) + " for delivery on "
                    + LocalDate.ofEpochDay(day) + " (sold " + sold(entry) + ", working " + workingUnits + ", this order "
                    + units + "), beyond its registered capacity of " + registered(entry)
                    + " units");
        }
        return null;
    }

    /** The units of the account's spot sells working in the group (standard and green). */
    long workingSellUnits(int account, int group) {
        long units = 0;
        for (int contract : groupContracts.get(group)) {
            int slot = positions.find(account, contract);
            if (slot != PositionBook.NONE) {
                units += positions.selling(slot) * contracts.get(contract).spec.contractSize();
            }
        }
        return units;
    }

    /** A provider sold {@code lots} of spot contract {@code contract} at {@code timestamp}: committed for its day. */
    void sold(int account, int contract, long lots, long timestamp) {
        int e = entry(account, groupOf[contract], deliveryDay(timestamp));
        sold[e] += lots * contracts.get(contract).spec.contractSize();
    }

    // ---- snapshot (ClearingSnapshot.Part.SPOT) ----

    /**
     * The working spot buys (order id, account index, fen per lot, open lots) in order id order,
     * each account's cash held for undelivered purchases, then the capacity entries in creation
     * order (account index, group, delivery day, units registered and sold).
     */
    void writeSnapshot(DataOutput out, int accounts) throws IOException {
        long[] ids = buys.orderIds();
        out.writeInt(ids.length);
        for (long id : ids) {
            int slot = buys.find(id);
            out.writeLong(id);
            out.writeInt(buys.account(slot));
            out.writeLong(buys.perLot(slot));
            out.writeLong(buys.open(slot));
        }
        out.writeInt(accounts);
        for (int a = 0; a < accounts; a++) {
            out.writeLong(a < held.length ? held[a] : 0);
        }
        long[] outerOf = new long[accountGroupCount];
        for (int a = 0; a < accounts; a++) {
            for (int g = 0; g < groupProducts.size(); g++) {
                int accountGroup = accountGroups.get(((long) a + 1) << 32 | g);
                if (accountGroup != LongIntMap.MISSING) {
                    outerOf[accountGroup] = ((long) a + 1) << 32 | g;
                }
            }
        }
        out.writeInt(entries);
        for (int e = 0; e < entries; e++) {
            long outer = outerOf[(int) (entryKey[e] >>> 32) - 1];
            out.writeInt((int) (outer >>> 32) - 1);
            out.writeInt((int) outer);
            out.writeLong(entryKey[e] & 0xFFFF_FFFFL);
            out.writeLong(registered[e]);
            out.writeLong(sold[e]);
        }
    }

    /**
     * Restores what {@link #writeSnapshot} wrote into spot risk with the same contracts listed and
     * nothing else. The cash working buys hold back is rebuilt from them; entries are recreated in
     * their order, so their indices are the original's.
     */
    void readSnapshot(DataInput in, int accounts) throws IOException {
        long lastId = 0;
        for (int n = SnapshotFields.count(in, "working buys"); n > 0; n--) {
            long id = in.readLong();
            int account = in.readInt();
            long perLot = in.readLong();
            long open = in.readLong();
            if (id <= lastId || account <= 0 || account >= accounts || perLot < 0 || open <= 0
                    || open > ClearingHouse.MAX_LOTS) {
                throw new IllegalArgumentException("order " + id + ": not a spot buy after order " + lastId
                        + " of a member (account index " + account + ", " + open + " lots at " + perLot + " fen)");
            }
            lastId = id;
            buyWorking(id, account, perLot, open);
        }
        int count = SnapshotFields.count(in, "held");
        if (count != accounts) {
            throw new IllegalArgumentException(count + " held amounts for " + accounts + " accounts");
        }
        held = new long[Math.max(accounts, held.length)];
        for (int a = 0; a < accounts; a++) {
            held[a] = in.readLong();
        }
        for (int n = SnapshotFields.count(in, "capacity entries"), e = 0; e < n; e++) {
            int account = in.readInt();
            int group = in.readInt();
            long day = in.readLong();
            long units = in.readLong();
            long unitsSold = in.readLong();
            if (account <= 0 || account >= accounts || group < 0 || group >= groupProducts.size() || day < 0
                    || day > 0xFFFF_FFFFL || units < 0 || units > MAX_UNITS || unitsSold < 0
                    || find(account, group, day) != LongIntMap.MISSING) {
                throw new IllegalArgumentException("capacity entry " + e + ": account index " + account + ", group "
                        + group + ", day " + day + ", " + units + " units registered and " + unitsSold
                        + " sold is not a new entry");
            }
            int entry = entry(account, group, day);
            registered[entry] = units;
            sold[entry] = unitsSold;
        }
    }

    long stateHash(int accounts) {
        long h = StateHash.mix(buys.stateHash(), entries);
        for (int a = 1; a < accounts; a++) {
            h = StateHash.mix(StateHash.mix(h, a < working.length ? working[a] : 0), a < held.length ? held[a] : 0);
        }
        for (int e = 0; e < entries; e++) {
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, entryKey[e]), registered[e]), sold[e]);
        }
        return h;
    }
}
