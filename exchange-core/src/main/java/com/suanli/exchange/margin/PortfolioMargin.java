package com.suanli.exchange.margin;

import com.suanli.exchange.engine.StateHash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SPAN-style portfolio margin, kept up to date incrementally. Accounts and instruments are
 * dense indices the caller assigns (0, 1, 2, ...); the caller tells of every change to an
 * account's net position or working orders in an instrument, with the values before and after,
 * and the requirement is ready to read at once.
 *
 * <p>Per account and combined commodity it keeps the 16 scenario sums, the long and short lots
 * per tier, the net lots and the working lots, so a change costs 16 multiply-adds twice (out
 * with the old, in with the new), a scan of 16 values, the commodity's few tier spreads and the
 * account's inter-commodity pairs: never a revaluation of the portfolio.
 *
 * <h2>The requirement</h2>
 * Maintenance = sum over the account's combined commodities of (scanning risk + intra-commodity
 * spread charge) minus the inter-commodity credits; initial = maintenance x
 * {@code initialBps} / 10,000, rounded up.
 * <ul>
 * <li>Scanning risk: the largest of the 16 scenario losses of the commodity's instruments
 *     summed, 0 if every scenario gains. Working orders count in their worst case: in each
 *     scenario an instrument contributes the worse of (position + open buys) and (position -
 *     open sells) filling. Because the choice can differ per scenario and per instrument, this
 *     is the exact maximum over every way the working orders could fill, wholly or in part.</li>
 * <li>Spread charge: on positions, spreads within each tier, then tier pairs by priority. With
 *     working orders in the commodity it is bounded instead: the highest charge of the commodity
 *     times the lots that could be spread (the smaller of the lots that could be long and the
 *     lots that could be short after any fill), which no fill can exceed.</li>
 * <li>Credits: the account's commodities linked by credit pairs form credit complexes (say all
 *     the hubs of a product); a complex earns credits only while no order works anywhere in it.
 *     An order could unwind a spread, and since credits are formed by priority, a change in one
 *     pair's spreads reshuffles the spreads of the others linked to it, possibly into pairs of
 *     lower rates. So with working orders the requirement is at least the requirement after any
 *     fill (tested on random portfolios), and a pre-trade check on it is sound.</li>
 * </ul>
 */
public final class PortfolioMargin {

    private static final int S = RiskArray.SCENARIOS;
    private static final int T = CombinedCommodity.MAX_TIERS;
    private static final int NONE = -1;
    /** Slot 0 stands in for a commodity an account holds nothing in, during a what-if. */
    private static final int SCRATCH = 0;

    private final int initialBps;

    private final List<CombinedCommodity> commodities = new ArrayList<>();
    private final Map<String, Integer> commodityIndex = new HashMap<>();
    private int[] tierCount = new int[8];
    private long[] intraTierCharge = new long[8];
    private int[][] spreadFront = new int[8][];
    private int[][] spreadBack = new int[8][];
    private long[][] spreadCharge = new long[8][];
    private long[] highestCharge = new long[8];
    /** Per commodity, the inter-commodity pairs where it is leg A, in priority order. */
    private int[][] pairsAsLegA = new int[8][];
    private boolean[] inAnyPair = new boolean[8];

    private int instruments;
    private int[] instrumentCommodity = new int[16];
    private int[] instrumentTier = new int[16];
    private long[] risk = new long[16 * S];

    private final List<InterCommoditySpread> spreads = new ArrayList<>();
    private int[] pairA = new int[8];
    private int[] pairB = new int[8];
    private long[] pairLotsA = new long[8];
    private long[] pairLotsB = new long[8];
    private int[] pairBps = new int[8];

    /** Per account: its slot for each commodity (null before its first slot). */
    private int[][] slotOf = new int[16][];
    private int[] firstSlot = filled(new int[16]);
    private long[] gross = new long[16];
    private long[] credit = new long[16];

    private int slots = 1;
    private int[] slotAccount = new int[64];
    private int[] slotCommodity = new int[64];
    private int[] nextSlot = new int[64];
    private long[] scan = new long[64 * S];
    private long[] tierLong = new long[64 * T];
    private long[] tierShort = new long[64 * T];
    private long[] couldBeLong = new long[64];
    private long[] couldBeShort = new long[64];
    private long[] working = new long[64];
    private long[] net = new long[64];
    private long[] scanningRisk = new long[64];
    private long[] spreadChargeOf = new long[64];

    private final long[] tierNet = new long[T];
    private long[] unspread = new long[64];
    private int[] complex = new int[64];
    private boolean[] complexWorking = new boolean[64];
    private int[] candidates = new int[16];

    /** @param initialBps initial margin as basis points of maintenance, 10,000 (equal) to 100,000 */
    public PortfolioMargin(int initialBps) {
        if (initialBps < InterCommoditySpread.BPS_PER_UNIT || initialBps > 10 * InterCommoditySpread.BPS_PER_UNIT) {
            throw new IllegalArgumentException("initialBps: must be 10000 to 100000, was " + initialBps);
        }
        this.initialBps = initialBps;
    }

    // ---- parameters ----

    /** Whether {@code code} names a defined combined commodity. */
    public boolean hasCommodity(String code) {
        return commodityIndex.containsKey(code);
    }

    /** Defines a combined commodity; its index is the number defined before it. */
    public void defineCommodity(CombinedCommodity commodity) {
        if (commodityIndex.containsKey(commodity.code())) {
            throw new IllegalArgumentException("code: combined commodity " + commodity.code() + " is already defined");
        }
        int c = commodities.size();
        if (c == tierCount.length) {
            int n = c * 2;
            tierCount = Arrays.copyOf(tierCount, n);
            intraTierCharge = Arrays.copyOf(intraTierCharge, n);
            spreadFront = Arrays.copyOf(spreadFront, n);
            spreadBack = Arrays.copyOf(spreadBack, n);
            spreadCharge = Arrays.copyOf(spreadCharge, n);
            highestCharge = Arrays.copyOf(highestCharge, n);
            pairsAsLegA = Arrays.copyOf(pairsAsLegA, n);
            inAnyPair = Arrays.copyOf(inAnyPair, n);
        }
        commodities.add(commodity);
        commodityIndex.put(commodity.code(), c);
        tierCount[c] = commodity.tiers();
        intraTierCharge[c] = commodity.intraTierCharge();
        List<TierSpread> tierSpreads = commodity.tierSpreads();
        spreadFront[c] = new int[tierSpreads.size()];
        spreadBack[c] = new int[tierSpreads.size()];
        spreadCharge[c] = new long[tierSpreads.size()];
        for (int i = 0; i < tierSpreads.size(); i++) {
            spreadFront[c][i] = tierSpreads.get(i).frontTier();
            spreadBack[c][i] = tierSpreads.get(i).backTier();
            spreadCharge[c][i] = tierSpreads.get(i).chargePerSpread();
        }
        highestCharge[c] = commodity.highestSpreadCharge();
        pairsAsLegA[c] = new int[0];
    }

    /**
     * Adds an inter-commodity spread after the ones defined before (lower priority). Existing
     * accounts keep their credits until {@link #refreshCredits(int)} or their next change.
     */
    public void defineSpread(InterCommoditySpread spread) {
        int a = commodity(spread.legA(), "legA");
        int b = commodity(spread.legB(), "legB");
        int p = spreads.size();
        if (p == pairA.length) {
            int n = p * 2;
            pairA = Arrays.copyOf(pairA, n);
            pairB = Arrays.copyOf(pairB, n);
            pairLotsA = Arrays.copyOf(pairLotsA, n);
            pairLotsB = Arrays.copyOf(pairLotsB, n);
            pairBps = Arrays.copyOf(pairBps, n);
        }
        spreads.add(spread);
        pairA[p] = a;
        pairB[p] = b;
        pairLotsA[p] = spread.lotsA();
        pairLotsB[p] = spread.lotsB();
        pairBps[p] = spread.creditBps();
        int[] legA = Arrays.copyOf(pairsAsLegA[a], pairsAsLegA[a].length + 1);
        legA[legA.length - 1] = p;
        pairsAsLegA[a] = legA;
        inAnyPair[a] = true;
        inAnyPair[b] = true;
    }

    /**
     * Adds instrument {@code instrument} (the next index: the number added before it) to a
     * combined commodity, in a tier, with its risk array.
     */
    public void addInstrument(int instrument, String commodityCode, int tier, RiskArray array) {
        if (instrument != instruments) {
            throw new IllegalArgumentException("instrument: the next index is " + instruments + ", was " + instrument);
        }
        int c = commodity(commodityCode, "commodity");
        if (tier < 0 || tier >= tierCount[c]) {
            throw new IllegalArgumentException("tier: must be 0 to " + (tierCount[c] - 1) + " in " + commodityCode
                    + ", was " + tier);
        }
        if (instruments == instrumentCommodity.length) {
            instrumentCommodity = Arrays.copyOf(instrumentCommodity, instruments * 2);
            instrumentTier = Arrays.copyOf(instrumentTier, instruments * 2);
            risk = Arrays.copyOf(risk, instruments * 2 * S);
        }
        instrumentCommodity[instrument] = c;
        instrumentTier[instrument] = tier;
        instruments++;
        setArray(instrument, array);
    }

    /**
     * Replaces an instrument's risk array. The caller must first take every position and working
     * order in the instrument out (to zero) and put them back afterwards, so that the scenario
     * sums are rebuilt with the new array.
     */
    public void replaceArray(int instrument, RiskArray array) {
        if (instrument < 0 || instrument >= instruments) {
            throw new IllegalArgumentException("instrument: unknown index " + instrument);
        }
        setArray(instrument, array);
    }

    private void setArray(int instrument, RiskArray array) {
        for (int s = 0; s < S; s++) {
            risk[instrument * S + s] = array.loss(s);
        }
    }

    /** The number of tiers of a defined combined commodity. */
    public int tiers(String commodityCode) {
        return tierCount[commodity(commodityCode, "commodity")];
    }

    private int commodity(String code, String field) {
        Integer c = commodityIndex.get(code);
        if (c == null) {
            throw new IllegalArgumentException(field + ": unknown combined commodity " + code);
        }
        return c;
    }

    // ---- changes ----

    /**
     * Account {@code account}'s net lots and working lots (open buys, open sells) in
     * {@code instrument} went from the old values to the new ones.
     */
    public void update(int account, int instrument, long oldNet, long oldBuys, long oldSells, long newNet,
                       long newBuys, long newSells) {
        int c = instrumentCommodity[instrument];
        int slot = slotFor(account, c);
        apply(slot, instrument, oldNet, oldBuys, oldSells, newNet, newBuys, newSells);
        refreshCommodity(slot);
        if (inAnyPair[c]) {
            refreshCredits(account);
        }
    }

    /**
     * The initial margin {@code account} would need if its working orders in {@code instrument}
     * changed by {@code moreBuys} and {@code moreSells} lots (negative: fewer), its position
     * being {@code net} with {@code buys} and {@code sells} working. Nothing changes.
     */
    public long initialIfWorking(int account, int instrument, long net, long buys, long sells, long moreBuys,
                                 long moreSells) {
        int c = instrumentCommodity[instrument];
        ensureAccount(account);
        int[] own = slotOf[account];
        boolean borrowed = own == null || c >= own.length || own[c] == NONE;
        if (borrowed) {
            borrowScratch(account, c);
        }
        int slot = slotOf[account][c];
        long newBuys = Math.addExact(buys, moreBuys);
        long newSells = Math.addExact(sells, moreSells);
        apply(slot, instrument, net, buys, sells, net, newBuys, newSells);
        refreshCommodity(slot);
        refreshCredits(account);
        long answer = initial(account);
        apply(slot, instrument, net, newBuys, newSells, net, buys, sells);
        refreshCommodity(slot);
        if (borrowed) {
            returnScratch(account, c);
        }
        refreshCredits(account);
        return answer;
    }

    private void apply(int slot, int instrument, long oldNet, long oldBuys, long oldSells, long newNet, long newBuys,
                       long newSells) {
        int base = instrument * S;
        int at = slot * S;
        for (int s = 0; s < S; s++) {
            long loss = risk[base + s];
            scan[at + s] = Math.addExact(scan[at + s],
                    Math.subtractExact(worstCase(newNet, newBuys, newSells, loss), worstCase(oldNet, oldBuys, oldSells, loss)));
        }
        int tier = slot * T + instrumentTier[instrument];
        tierLong[tier] += Math.max(newNet, 0) - Math.max(oldNet, 0);
        tierShort[tier] += Math.max(-newNet, 0) - Math.max(-oldNet, 0);
        couldBeLong[slot] += Math.max(newNet + newBuys, 0) - Math.max(oldNet + oldBuys, 0);
        couldBeShort[slot] += Math.max(newSells - newNet, 0) - Math.max(oldSells - oldNet, 0);
        working[slot] += newBuys + newSells - oldBuys - oldSells;
        net[slot] += newNet - oldNet;
    }

    /** One instrument's loss in a scenario if its working orders fill the worse way for it. */
    private static long worstCase(long net, long buys, long sells, long loss) {
        long held = Math.multiplyExact(net, loss);
        return loss >= 0 ? Math.addExact(held, Math.multiplyExact(buys, loss))
                : Math.subtractExact(held, Math.multiplyExact(sells, loss));
    }

    private void refreshCommodity(int slot) {
        int at = slot * S;
        long worst = 0;
        for (int s = 0; s < S; s++) {
            worst = Math.max(worst, scan[at + s]);
        }
        int c = slotCommodity[slot];
        long charge = working[slot] == 0 ? spreadCharge(slot, c)
                : Math.multiplyExact(highestCharge[c], Math.min(couldBeLong[slot], couldBeShort[slot]));
        int account = slotAccount[slot];
        gross[account] = Math.addExact(gross[account],
                Math.subtractExact(Math.addExact(worst, charge), scanningRisk[slot] + spreadChargeOf[slot]));
        scanningRisk[slot] = worst;
        spreadChargeOf[slot] = charge;
    }

    private long spreadCharge(int slot, int c) {
        long charge = 0;
        int tiers = tierCount[c];
        for (int t = 0; t < tiers; t++) {
            long longs = tierLong[slot * T + t];
            long shorts = tierShort[slot * T + t];
            charge = Math.addExact(charge, Math.multiplyExact(Math.min(longs, shorts), intraTierCharge[c]));
            tierNet[t] = longs - shorts;
        }
        int[] front = spreadFront[c];
        for (int i = 0; i < front.length; i++) {
            long a = tierNet[front[i]];
            long b = tierNet[spreadBack[c][i]];
            if (a != 0 && b != 0 && (a > 0) != (b > 0)) {
                long spreadLots = Math.min(Math.abs(a), Math.abs(b));
                charge = Math.addExact(charge, Math.multiplyExact(spreadLots, spreadCharge[c][i]));
                tierNet[front[i]] = a - Long.signum(a) * spreadLots;
                tierNet[spreadBack[c][i]] = b - Long.signum(b) * spreadLots;
            }
        }
        return charge;
    }

    /** Recomputes the account's inter-commodity credits from its commodities' current figures. */
    public void refreshCredits(int account) {
        if (account >= firstSlot.length) {
            return;
        }
        int count = 0;
        for (int slot = firstSlot[account]; slot != NONE; slot = nextSlot[slot]) {
            unspread[slot] = Math.abs(net[slot]);
            complex[slot] = slot;
            for (int p : pairsAsLegA[slotCommodity[slot]]) {
                if (slotIn(account, pairB[p]) != NONE) {
                    if (count == candidates.length) {
                        candidates = Arrays.copyOf(candidates, count * 2);
                    }
                    candidates[count++] = p;
                }
            }
        }
        for (int i = 0; i < count; i++) {
            int a = root(slotIn(account, pairA[candidates[i]]));
            int b = root(slotIn(account, pairB[candidates[i]]));
            complex[Math.max(a, b)] = Math.min(a, b);
        }
        for (int slot = firstSlot[account]; slot != NONE; slot = nextSlot[slot]) {
            complexWorking[slot] = false;
        }
        for (int slot = firstSlot[account]; slot != NONE; slot = nextSlot[slot]) {
            if (working[slot] != 0) {
                complexWorking[root(slot)] = true;
            }
        }
        Arrays.sort(candidates, 0, count);
        long total = 0;
        for (int i = 0; i < count; i++) {
            int p = candidates[i];
            int a = slotIn(account, pairA[p]);
            int b = slotIn(account, pairB[p]);
            if (complexWorking[root(a)] || net[a] == 0 || net[b] == 0 || (net[a] > 0) == (net[b] > 0)) {
                continue;
            }
            long spreadsFormed = Math.min(unspread[a] / pairLotsA[p], unspread[b] / pairLotsB[p]);
            if (spreadsFormed == 0) {
                continue;
            }
            long lotsA = spreadsFormed * pairLotsA[p];
            long lotsB = spreadsFormed * pairLotsB[p];
            total = Math.addExact(total, Math.addExact(legCredit(a, lotsA, pairBps[p]), legCredit(b, lotsB, pairBps[p])));
            unspread[a] -= lotsA;
            unspread[b] -= lotsB;
        }
        credit[account] = total;
    }

    /** The representative slot of a credit complex (union-find over the account's slots, by the lowest slot). */
    private int root(int slot) {
        while (complex[slot] != slot) {
            complex[slot] = complex[complex[slot]];
            slot = complex[slot];
        }
        return slot;
    }

    /** The credit rate times the commodity's scanning risk per net lot times the lots in spreads, rounded down. */
    private long legCredit(int slot, long lotsInSpreads, int bps) {
        long priceRisk = Prorata.share(scanningRisk[slot], lotsInSpreads, Math.abs(net[slot]));
        return Prorata.share(priceRisk, bps, InterCommoditySpread.BPS_PER_UNIT);
    }

    // ---- reading ----

    /** Maintenance margin of {@code account}, fen. */
    public long maintenance(int account) {
        return account < gross.length ? gross[account] - credit[account] : 0;
    }

    /** Initial margin of {@code account}: maintenance x initialBps / 10,000 rounded up, fen. */
    public long initial(int account) {
        long maintenance = maintenance(account);
        long whole = InterCommoditySpread.BPS_PER_UNIT;
        long part = maintenance % whole * initialBps;
        return Math.addExact(Math.multiplyExact(maintenance / whole, initialBps), (part + whole - 1) / whole);
    }

    /** The account's scanning risk in a combined commodity (working orders in their worst case), fen. */
    public long scanningRisk(int account, String commodityCode) {
        int slot = slotIn(account, commodity(commodityCode, "commodity"));
        return slot == NONE ? 0 : scanningRisk[slot];
    }

    /** The account's intra-commodity spread charge in a combined commodity, fen. */
    public long spreadCharge(int account, String commodityCode) {
        int slot = slotIn(account, commodity(commodityCode, "commodity"));
        return slot == NONE ? 0 : spreadChargeOf[slot];
    }

    /** The account's inter-commodity credits, fen. */
    public long credit(int account) {
        return account < credit.length ? credit[account] : 0;
    }

    /**
     * An order-sensitive hash of every account's figures per combined commodity, in the order the
     * slots were first used (never a hash map's order).
     */
    public long stateHash() {
        long h = StateHash.mix(slots, instruments);
        for (int slot = 1; slot < slots; slot++) {
            h = StateHash.mix(h, slotAccount[slot]);
            h = StateHash.mix(h, slotCommodity[slot]);
            for (int s = 0; s < S; s++) {
                h = StateHash.mix(h, scan[slot * S + s]);
            }
            for (int t = 0; t < tierCount[slotCommodity[slot]]; t++) {
                h = StateHash.mix(StateHash.mix(h, tierLong[slot * T + t]), tierShort[slot * T + t]);
            }
            h = StateHash.mix(h, couldBeLong[slot]);
            h = StateHash.mix(h, couldBeShort[slot]);
            h = StateHash.mix(h, working[slot]);
            h = StateHash.mix(h, net[slot]);
            h = StateHash.mix(h, scanningRisk[slot]);
            h = StateHash.mix(h, spreadChargeOf[slot]);
            h = StateHash.mix(h, gross[slotAccount[slot]]);
            h = StateHash.mix(h, credit[slotAccount[slot]]);
        }
        for (int i = 0; i < instruments * S; i++) {
            h = StateHash.mix(h, risk[i]);
        }
        return h;
    }

    // ---- slots ----

    private int slotIn(int account, int c) {
        if (account >= slotOf.length) {
            return NONE;
        }
        int[] own = slotOf[account];
        return own == null || c >= own.length ? NONE : own[c];
    }

    private int slotFor(int account, int c) {
        int slot = slotIn(account, c);
        if (slot != NONE) {
            return slot;
        }
        ensureAccount(account);
        slot = slots++;
        ensureSlots(slots);
        link(account, c, slot);
        return slot;
    }

    private void link(int account, int c, int slot) {
        int[] own = slotOf[account];
        if (own == null || c >= own.length) {
            int[] grown = filled(new int[Math.max(commodities.size(), c + 1)]);
            if (own != null) {
                System.arraycopy(own, 0, grown, 0, own.length);
            }
            slotOf[account] = grown;
        }
        slotOf[account][c] = slot;
        slotAccount[slot] = account;
        slotCommodity[slot] = c;
        nextSlot[slot] = firstSlot[account];
        firstSlot[account] = slot;
    }

    private void borrowScratch(int account, int c) {
        link(account, c, SCRATCH);
    }

    /** Unlinks the scratch slot (always first in the account's list) and checks that it is back to zero. */
    private void returnScratch(int account, int c) {
        slotOf[account][c] = NONE;
        firstSlot[account] = nextSlot[SCRATCH];
        if (scanningRisk[SCRATCH] != 0 || spreadChargeOf[SCRATCH] != 0 || working[SCRATCH] != 0) {
            throw new IllegalStateException("the what-if slot did not return to zero");
        }
    }

    private void ensureAccount(int account) {
        if (account < 0) {
            throw new IllegalArgumentException("account: index must be >= 0, was " + account);
        }
        if (account >= slotOf.length) {
            int n = Math.max(account + 1, slotOf.length * 2);
            slotOf = Arrays.copyOf(slotOf, n);
            int old = firstSlot.length;
            firstSlot = Arrays.copyOf(firstSlot, n);
            Arrays.fill(firstSlot, old, n, NONE);
            gross = Arrays.copyOf(gross, n);
            credit = Arrays.copyOf(credit, n);
        }
    }

    private void ensureSlots(int count) {
        if (count <= slotAccount.length) {
            return;
        }
        int n = slotAccount.length * 2;
        slotAccount = Arrays.copyOf(slotAccount, n);
        slotCommodity = Arrays.copyOf(slotCommodity, n);
        nextSlot = Arrays.copyOf(nextSlot, n);
        scan = Arrays.copyOf(scan, n * S);
        tierLong = Arrays.copyOf(tierLong, n * T);
        tierShort = Arrays.copyOf(tierShort, n * T);
        couldBeLong = Arrays.copyOf(couldBeLong, n);
        couldBeShort = Arrays.copyOf(couldBeShort, n);
        working = Arrays.copyOf(working, n);
        net = Arrays.copyOf(net, n);
        scanningRisk = Arrays.copyOf(scanningRisk, n);
        spreadChargeOf = Arrays.copyOf(spreadChargeOf, n);
        unspread = Arrays.copyOf(unspread, n);
        complex = Arrays.copyOf(complex, n);
        complexWorking = Arrays.copyOf(complexWorking, n);
    }

    private static int[] filled(int[] array) {
        Arrays.fill(array, NONE);
        return array;
    }
}
