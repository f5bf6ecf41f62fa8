package com.suanli.exchange.delivery;

import com.suanli.exchange.engine.StateHash;
import com.suanli.exchange.engine.event.DeliveryStatus;
import com.suanli.exchange.engine.journal.SnapshotFields;
import com.suanli.exchange.listing.Hub;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery side of the clearing house's state: delivery terms per product and hub, every
 * delivery obligation with its progress, each account's delivered energy and certificates, and
 * per contract its expiry (futures) or last spot cut and the spot trades since (for the day's
 * price). Accounts and contracts are the clearing house's dense indices; ids are for events.
 * Deliveries are numbered from 1 in the order they were scheduled.
 */
public final class DeliveryBook {

    private final Map<String, DeliveryTerms> terms = new LinkedHashMap<>();
    private final List<Obligation> obligations = new ArrayList<>();
    private long[][] energy = new long[ENERGY_FIGURES][64];
    private LocalDate[] lastCut = new LocalDate[16];
    private long[] spotLots = new long[16];
    private long[] spotNotional = new long[16];

    private static final int RECEIVED = 0;
    private static final int GREEN_RECEIVED = 1;
    private static final int CERTIFICATES_RECEIVED = 2;
    private static final int LOCATION_GRAMS = 3;
    private static final int MARKET_GRAMS = 4;
    private static final int PROVIDED = 5;
    private static final int CERTIFICATES_SURRENDERED = 6;
    private static final int ENERGY_FIGURES = 7;

    /** One obligation: its fixed terms and its progress. */
    private static final class Obligation {
        final long id;
        final int instrumentId;
        final int provider;
        final int consumer;
        final long providerAccount;
        final long consumerAccount;
        final LocalDate firstDay;
        final LocalDate lastDay;
        final long units;
        final long price;
        final long tickValue;
        final long contractSize;
        final boolean green;
        final DeliveryTerms terms;
        DeliveryStatus status = DeliveryStatus.SCHEDULED;
        long delivered;
        long failed;
        long paid;
        long penalty;
        long certificates;
        long grams;

        Obligation(long id, int instrumentId, int provider, int consumer, long providerAccount, long consumerAccount,
                   LocalDate firstDay, LocalDate lastDay, long units, long price, long tickValue, long contractSize,
                   boolean green, DeliveryTerms terms) {
            this.id = id;
            this.instrumentId = instrumentId;
            this.provider = provider;
            this.consumer = consumer;
            this.providerAccount = providerAccount;
            this.consumerAccount = consumerAccount;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.units = units;
            this.price = price;
            this.tickValue = tickValue;
            this.contractSize = contractSize;
            this.green = green;
            this.terms = terms;
        }
    }

    // ---- terms ----

    public void setTerms(String productCode, Hub hub, DeliveryTerms deliveryTerms) {
        terms.put(key(productCode, hub), deliveryTerms);
    }

    /** The delivery terms of the product at the hub, or null if none were set. */
    public DeliveryTerms terms(String productCode, Hub hub) {
        return terms.get(key(productCode, hub));
    }

    // ---- expiry and the spot day ----

    /** A spot trade between two accounts of contract index {@code contract}, for the day's delivery price. */
    public void onSpotTrade(int contract, long price, long lots) {
        ensureContract(contract);
        long notional = price * lots;
        // Past 2^63 ticks x lots (two trillion lots at the highest price) the day's price stays that of the trades before.
        if (spotNotional[contract] <= Long.MAX_VALUE - notional) {
            spotNotional[contract] += notional;
            spotLots[contract] += lots;
        }
    }

    /** The lots of the spot trades since the contract's last cut (self-trades excluded). */
    public long spotDayLots(int contract) {
        return contract < spotLots.length ? spotLots[contract] : 0;
    }

    /** Their notional, ticks x lots. */
    public long spotDayNotional(int contract) {
        return contract < spotNotional.length ? spotNotional[contract] : 0;
    }

    /** The day the contract expired (a future) or was last cut (spot), or null. */
    public LocalDate lastCut(int contract) {
        return contract < lastCut.length ? lastCut[contract] : null;
    }

    /** The contract expired, or its spot day {@code day} was cut: its trades since start a new day. */
    public void cut(int contract, LocalDate day) {
        ensureContract(contract);
        lastCut[contract] = day;
        spotLots[contract] = 0;
        spotNotional[contract] = 0;
    }

    /**
     * Pairs the short positions (providers) with the long ones (consumers) of an expiring
     * contract, each list in the clearing house's position order: the first short delivers to the
     * first long until one of them is used up, then the next, so every lot is paired once.
     * {@code shortLots} and {@code longLots} (both &gt; 0 each) must have equal sums; they are
     * used up in place.
     */
    public static List<DeliveryPair> pair(int[] shorts, long[] shortLots, int shortCount, int[] longs,
                                          long[] longLots, int longCount) {
        List<DeliveryPair> pairs = new ArrayList<>();
        int s = 0;
        int l = 0;
        while (s < shortCount && l < longCount) {
            long lots = Math.min(shortLots[s], longLots[l]);
            pairs.add(new DeliveryPair(shorts[s], longs[l], lots));
            shortLots[s] -= lots;
            longLots[l] -= lots;
            if (shortLots[s] == 0) {
                s++;
            }
            if (longLots[l] == 0) {
                l++;
            }
        }
        return pairs;
    }

    // ---- obligations ----

    /** Schedules a delivery; returns its id. {@code units} is lots x contract size, checked by the caller to fit. */
    public long schedule(int instrumentId, int provider, int consumer, long providerAccount, long consumerAccount,
                         LocalDate firstDay, LocalDate lastDay, long units, long price, long tickValue,
                         long contractSize, boolean green, DeliveryTerms deliveryTerms) {
        long id = obligations.size() + 1L;
        obligations.add(new Obligation(id, instrumentId, provider, consumer, providerAccount, consumerAccount, firstDay,
                lastDay, units, price, tickValue, contractSize, green, deliveryTerms));
        return id;
    }

    /** Whether {@code deliveryId} was scheduled. */
    public boolean exists(long deliveryId) {
        return deliveryId >= 1 && deliveryId <= obligations.size();
    }

    /** The delivery as it stands. */
    public Delivery delivery(long deliveryId) {
        Obligation o = obligation(deliveryId);
        return new Delivery(o.id, o.instrumentId, o.providerAccount, o.consumerAccount, o.firstDay, o.lastDay, o.units,
                o.price, o.green, o.status, o.delivered, o.failed, o.paid, o.penalty, o.certificates);
    }

    /** The clearing house's index of the delivery's provider account. */
    public int provider(long deliveryId) {
        return obligation(deliveryId).provider;
    }

    /** The clearing house's index of the delivery's consumer account. */
    public int consumer(long deliveryId) {
        return obligation(deliveryId).consumer;
    }

    /** How many deliveries were scheduled (the last id). */
    public int count() {
        return obligations.size();
    }

    /**
     * Records a report: {@code delivered} more units delivered and {@code failed} more failed
     * (both &gt;= 0, at most the pending units between them, checked by the caller). Moves the
     * status on, counts the consumer's energy, emissions and, for green capacity, certificates
     * (whole MWh of the consumer's green energy so far, surrendered by the provider), and
     * returns the fen to move for it.
     */
    public DeliveryStep report(long deliveryId, long delivered, long failed) {
        Obligation o = obligation(deliveryId);
        long paidBefore = o.paid;
        long penaltyBefore = o.penalty;
        o.delivered += delivered;
        o.failed += failed;
        o.paid = DeliveryArithmetic.value(o.delivered, o.price, o.tickValue, o.contractSize);
        o.penalty = DeliveryArithmetic.penalty(o.failed, o.price, o.tickValue, o.contractSize, o.terms.penaltyBps());
        long energyMilliWh = Math.multiplyExact(delivered, o.terms.energyMilliWhPerUnit());
        long grams = DeliveryArithmetic.grams(Math.multiplyExact(o.delivered, o.terms.energyMilliWhPerUnit()),
                o.terms.gridGramsPerMwh());
        ensureAccount(Math.max(o.provider, o.consumer));
        add(RECEIVED, o.consumer, energyMilliWh);
        add(PROVIDED, o.provider, energyMilliWh);
        add(LOCATION_GRAMS, o.consumer, grams - o.grams);
        if (o.green) {
            long before = DeliveryArithmetic.certificates(energy[GREEN_RECEIVED][o.consumer]);
            add(GREEN_RECEIVED, o.consumer, energyMilliWh);
            long certificates = DeliveryArithmetic.certificates(energy[GREEN_RECEIVED][o.consumer]) - before;
            add(CERTIFICATES_RECEIVED, o.consumer, certificates);
            add(CERTIFICATES_SURRENDERED, o.provider, certificates);
            o.certificates += certificates;
        } else {
            add(MARKET_GRAMS, o.consumer, grams - o.grams);
        }
        o.grams = grams;
        o.status = status(o);
        return new DeliveryStep(o.paid - paidBefore, o.penalty - penaltyBefore);
    }

    private static DeliveryStatus status(Obligation o) {
        if (o.delivered + o.failed < o.units) {
            return DeliveryStatus.DELIVERING;
        }
        return o.failed == 0 ? DeliveryStatus.DELIVERED
                : o.delivered == 0 ? DeliveryStatus.FAILED : DeliveryStatus.PARTLY_FAILED;
    }

    /** The energy statement of the account of index {@code account}, whose id is {@code accountId}. */
    public EnergyStatement statement(int account, long accountId) {
        if (account >= energy[0].length) {
            return new EnergyStatement(accountId, 0, 0, 0, 0, 0, 0, 0);
        }
        return new EnergyStatement(accountId, energy[RECEIVED][account], energy[GREEN_RECEIVED][account],
                energy[CERTIFICATES_RECEIVED][account], energy[LOCATION_GRAMS][account], energy[MARKET_GRAMS][account],
                energy[PROVIDED][account], energy[CERTIFICATES_SURRENDERED][account]);
    }

    /** Every delivery as it stands, oldest first. */
    public List<Delivery> deliveries() {
        List<Delivery> all = new ArrayList<>(obligations.size());
        for (Obligation o : obligations) {
            all.add(delivery(o.id));
        }
        return all;
    }

    /**
     * An order-sensitive hash of the terms (in the order first set), every obligation with its
     * progress, every account's energy figures, and each contract's cut and spot day.
     */
    public long stateHash() {
        long h = StateHash.mix(terms.size(), obligations.size());
        for (Map.Entry<String, DeliveryTerms> entry : terms.entrySet()) {
            DeliveryTerms t = entry.getValue();
            h = StateHash.mix(StateHash.mix(h, entry.getKey().hashCode()), t.penaltyBps());
            h = StateHash.mix(StateHash.mix(h, t.energyMilliWhPerUnit()), t.gridGramsPerMwh());
        }
        for (Obligation o : obligations) {
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, o.instrumentId), o.provider), o.consumer);
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, o.firstDay.toEpochDay()), o.lastDay.toEpochDay()), o.units);
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, o.price), o.status.ordinal()), o.delivered);
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, o.failed), o.paid), o.penalty);
            h = StateHash.mix(StateHash.mix(StateHash.mix(h, o.certificates), o.grams), o.green ? 1 : 0);
            h = StateHash.mix(StateHash.mix(h, o.terms.penaltyBps()), o.terms.energyMilliWhPerUnit());
        }
        for (long[] figures : energy) {
            for (long figure : figures) {
                h = StateHash.mix(h, figure);
            }
        }
        for (int c = 0; c < lastCut.length; c++) {
            h = StateHash.mix(h, lastCut[c] == null ? Long.MIN_VALUE : lastCut[c].toEpochDay());
            h = StateHash.mix(StateHash.mix(h, spotLots[c]), spotNotional[c]);
        }
        return h;
    }

    // ---- snapshot (the clearing section's deliveries part, docs/JOURNAL.md) ----

    /**
     * Writes the terms (key and figures, in the order first set), every obligation oldest first
     * (its fixed terms, then status and progress), the energy figures by account and each
     * contract's cut and spot day. Array lengths are written too: the hash walks them whole.
     */
    public void writeSnapshot(DataOutput out) throws IOException {
        out.writeInt(terms.size());
        for (Map.Entry<String, DeliveryTerms> entry : terms.entrySet()) {
            SnapshotFields.writeText(out, entry.getKey());
            writeTerms(out, entry.getValue());
        }
        out.writeInt(obligations.size());
        for (Obligation o : obligations) {
            out.writeInt(o.instrumentId);
            out.writeInt(o.provider);
            out.writeInt(o.consumer);
            out.writeLong(o.providerAccount);
            out.writeLong(o.consumerAccount);
            SnapshotFields.writeDay(out, o.firstDay);
            SnapshotFields.writeDay(out, o.lastDay);
            out.writeLong(o.units);
            out.writeLong(o.price);
            out.writeLong(o.tickValue);
            out.writeLong(o.contractSize);
            out.writeBoolean(o.green);
            writeTerms(out, o.terms);
            out.writeByte(o.status.ordinal());
            for (long figure : new long[] {o.delivered, o.failed, o.paid, o.penalty, o.certificates, o.grams}) {
                out.writeLong(figure);
            }
        }
        out.writeInt(energy[0].length);
        for (long[] figures : energy) {
            for (long figure : figures) {
                out.writeLong(figure);
            }
        }
        out.writeInt(lastCut.length);
        for (int c = 0; c < lastCut.length; c++) {
            out.writeBoolean(lastCut[c] != null);
            if (lastCut[c] != null) {
                SnapshotFields.writeDay(out, lastCut[c]);
            }
            out.writeLong(spotLots[c]);
            out.writeLong(spotNotional[c]);
        }
    }

    /**
     * Restores into an empty book what {@link #writeSnapshot} wrote, for a house of
     * {@code accounts} accounts (the outside world included) and {@code contractCount} contracts.
     * @throws IllegalArgumentException naming the delivery or field that is not sound
     */
    public void readSnapshot(DataInput in, int accounts, int contractCount) throws IOException {
        for (int n = SnapshotFields.count(in, "terms"); n > 0; n--) {
            String key = SnapshotFields.text(in, "terms key");
            DeliveryTerms t = readTerms(in);
            if (key.isBlank() || terms.containsKey(key)) {
                throw new IllegalArgumentException("terms " + key + ": not a new product and hub");
            }
            terms.put(key, t);
        }
        DeliveryStatus[] statuses = DeliveryStatus.values();
        for (int n = SnapshotFields.count(in, "deliveries"); n > 0; n--) {
            long id = obligations.size() + 1L;
            String where = "delivery " + id + " ";
            Obligation o = new Obligation(id, in.readInt(), in.readInt(), in.readInt(), in.readLong(), in.readLong(),
                    SnapshotFields.day(in, where + "firstDay"), SnapshotFields.day(in, where + "lastDay"),
                    in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readBoolean(), readTerms(in));
            o.status = SnapshotFields.choice(in, statuses, where + "status");
            o.delivered = in.readLong();
            o.failed = in.readLong();
            o.paid = in.readLong();
            o.penalty = in.readLong();
            o.certificates = in.readLong();
            o.grams = in.readLong();
            boolean members = o.provider > 0 && o.provider < accounts && o.consumer > 0 && o.consumer < accounts;
            if (!members || o.units <= 0 || o.price <= 0 || o.tickValue <= 0 || o.contractSize <= 0
                    || o.lastDay.isBefore(o.firstDay) || o.delivered < 0 || o.failed < 0
                    || o.delivered > o.units - o.failed || o.paid < 0 || o.penalty < 0 || o.certificates < 0) {
                throw new IllegalArgumentException(where + "is not sound: provider index " + o.provider
                        + ", consumer index " + o.consumer + ", " + o.units + " units at " + o.price + ", "
                        + o.delivered + " delivered and " + o.failed + " failed");
            }
            DeliveryStatus expected = o.delivered + o.failed == 0 ? DeliveryStatus.SCHEDULED : status(o);
            if (o.status != expected) {
                throw new IllegalArgumentException(where + "status: " + o.status + " where its units make it " + expected);
            }
            obligations.add(o);
        }
        int length = grown(SnapshotFields.count(in, "energy accounts"), energy[0].length, accounts, "energy accounts");
        for (int f = 0; f < ENERGY_FIGURES; f++) {
            energy[f] = new long[length];
            for (int a = 0; a < length; a++) {
                energy[f][a] = in.readLong();
            }
        }
        int contracts = grown(SnapshotFields.count(in, "contracts"), lastCut.length, contractCount, "contracts");
        lastCut = new LocalDate[contracts];
        spotLots = new long[contracts];
        spotNotional = new long[contracts];
        for (int c = 0; c < contracts; c++) {
            lastCut[c] = in.readBoolean() ? SnapshotFields.day(in, "contract " + c + " lastCut") : null;
            spotLots[c] = in.readLong();
            spotNotional[c] = in.readLong();
            if (spotLots[c] < 0 || spotNotional[c] < 0) {
                throw new IllegalArgumentException("contract " + c + ": " + spotLots[c] + " spot lots worth "
                        + spotNotional[c] + " ticks");
            }
        }
    }

    /** An array length the book could have grown to from {@code initial} for {@code needed} entries. */
    private static int grown(int length, int initial, int needed, String field) {
        if (length != initial && length > 2L * Math.max(needed, initial)) {
            throw new IllegalArgumentException(field + ": arrays of " + length + " for " + needed);
        }
        return length;
    }

    private static void writeTerms(DataOutput out, DeliveryTerms t) throws IOException {
        out.writeInt(t.penaltyBps());
        out.writeLong(t.energyMilliWhPerUnit());
        out.writeLong(t.gridGramsPerMwh());
    }

    private static DeliveryTerms readTerms(DataInput in) throws IOException {
        return new DeliveryTerms(in.readInt(), in.readLong(), in.readLong());
    }

    private Obligation obligation(long deliveryId) {
        if (!exists(deliveryId)) {
            throw new IllegalArgumentException("deliveryId: no delivery " + deliveryId);
        }
        return obligations.get((int) (deliveryId - 1));
    }

    private void add(int figure, int account, long amount) {
        energy[figure][account] = Math.addExact(energy[figure][account], amount);
    }

    private void ensureAccount(int account) {
        if (account >= energy[0].length) {
            int n = Math.max(account + 1, energy[0].length * 2);
            for (int f = 0; f < ENERGY_FIGURES; f++) {
                energy[f] = Arrays.copyOf(energy[f], n);
            }
        }
    }

    private void ensureContract(int contract) {
        if (contract >= lastCut.length) {
            int n = Math.max(contract + 1, lastCut.length * 2);
            lastCut = Arrays.copyOf(lastCut, n);
            spotLots = Arrays.copyOf(spotLots, n);
            spotNotional = Arrays.copyOf(spotNotional, n);
        }
    }

    private static String key(String productCode, Hub hub) {
        return productCode + "-" + hub.code();
    }
}
