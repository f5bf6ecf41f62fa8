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
    /** A slot's figures: the 16 scenario sums, then these, then the long and short lots of each tier side by side. */
    private static final int COULD_BE_LONG = S;
    private static final int COULD_BE_SHORT = S + 1;
    private static final int WORKING = S + 2;
    private static final int NET = S + 3;
    private static final int RISK = S + 4;
    private static final int CHARGE = S + 5;
    /** The slot's place in its account's credit view. */
    private static final int LOCAL = S + 6;
    /** The slot's account, combined commodity and the account's next slot: read with the figures, in their lines. */
    private static final int ACCOUNT = S + 7;
    private static final int COMMODITY = S + 8;
    private static final int NEXT = S + 9;
    private static final int TIERS = S + 10;
    /** The most longs a slot takes: a commodity of {@link CombinedCommodity#MAX_TIERS} tiers. */
    private static final int W = TIERS + 2 * T;
    /** Slots take whole cache lines of 8 longs: a slot of a 3-tier commodity is 4 lines rather than 7. */
    private static final int LINE = 8;
    /** A commodity's entry in an account's credit view: net lots, scanning risk, working lots. */
    private static final int VIEW = 3;
    /**
     * The first slot stands in for a commodity an account holds nothing in, during a what-if. It
     * starts 6 longs in, so that slots start on a cache line where the array's 16-byte header
     * starts on one (as a large array does, at the start of a heap region).
     */
    private static final int SCRATCH = 6;

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
    /** Per instrument, the largest loss of one lot, long or short, over the scenarios of its risk array. */
    private long[] largestLoss = new long[16];

    private final List<InterCommoditySpread> spreads = new ArrayList<>();
    private int[] pairA = new int[8];
    private int[] pairB = new int[8];
    private long[] pairLotsA = new long[8];
    private long[] pairLotsB = new long[8];
    private int[] pairBps = new int[8];

    /**
     * Per account, everything the account's changes read besides its slots' figures, in one array
     * (null before its first slot), so that a change touches one or two cache lines of it rather
     * than one line in each of a dozen arrays: {@link #GROSS}, {@link #CREDIT}, whether the credit
     * view is {@link #STALE}, the view's {@link #PAIR_COUNT} and {@link #VIEW_SIZE}, the
     * {@link #FIRST_SLOT} of the account's list, how many of its credit complexes have no orders
     * working ({@link #IDLE_COMPLEXES}: with none, it earns no credit, and a what-if or an update
     * knows it without reading the view), then its slot per commodity ({@link #SLOT_COUNT}
     * of them from {@link #SLOTS}, {@link #NONE} where it has none), then its credit view: per
     * commodity it holds ({@link #VIEW} longs) the net lots, scanning risk and working lots; the
     * credit pairs it holds both legs of, in priority order, as (pair, local index of leg A, of
     * leg B); each commodity's credit complex (the lowest local index in it); per complex, how many
     * of its commodities have orders working (so that a change in one of them can tell, without
     * reading the view, that the complex earns no credit before or after it). The view is kept in
     * step by every change and collected again only when the account opens a commodity or the
     * pairs change.
     */
    private long[][] books = new long[16][];
    private static final int GROSS = 0;
    private static final int CREDIT = 1;
    private static final int STALE = 2;
    private static final int PAIR_COUNT = 3;
    private static final int VIEW_SIZE = 4;
    private static final int FIRST_SLOT = 5;
    private static final int SLOT_COUNT = 6;
    private static final int IDLE_COMPLEXES = 7;
    private static final int SLOTS = 8;

    /** Per combined commodity, the longs its slots take: the figures, then 2 for each of its tiers, in whole lines. */
    private int[] stride = new int[8];
    /** Slots made, the scratch slot included. */
    private int slots = 1;
    /**
     * Every slot's figures in one array, one after the other in the order made, each sized to
     * its commodity's tiers ({@link #stride}); a slot is known by where it starts, so that a
     * change touches a few neighbouring cache lines and no array beside them.
     */
    private long[] figures = new long[SCRATCH + roundUp(W) + 64 * 4 * LINE];
    /** Where the next slot will start. */
    private int end = SCRATCH + roundUp(W);

    private final long[] tierNet = new long[T];
    /** A slot's figures before a what-if ({@link #initialIfWorking}), put back after it. */
    private final long[] whatIfSaved = new long[roundUp(W)];
    private long[] unspread = new long[16];
    private int[] complex = new int[16];
    private boolean[] complexWorking = new boolean[16];
    private int[] pairScratch = new int[16];

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
            stride = Arrays.copyOf(stride, n);
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
        stride[c] = roundUp(TIERS + 2 * commodity.tiers());
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
        for (long[] book : books) {
            if (book != null) {
                book[STALE] = 1;
            }
        }
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
            largestLoss = Arrays.copyOf(largestLoss, instruments * 2);
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
        setArray(known(instrument), array);
    }

    private void setArray(int instrument, RiskArray array) {
        long largest = 0;
        for (int s = 0; s < S; s++) {
            risk[instrument * S + s] = array.loss(s);
            largest = Math.max(largest, Math.abs(array.loss(s)));
        }
        largestLoss[instrument] = largest;
    }

    /** The combined commodities, in the order defined. */
    public List<CombinedCommodity> commodities() {
        return List.copyOf(commodities);
    }

    /** The inter-commodity spreads, in priority order. */
    public List<InterCommoditySpread> spreads() {
        return List.copyOf(spreads);
    }

    /** The combined commodity of instrument {@code instrument}. */
    public String commodityOf(int instrument) {
        return commodities.get(instrumentCommodity[known(instrument)]).code();
    }

    public int tierOf(int instrument) {
        return instrumentTier[known(instrument)];
    }

    /** The risk array instrument {@code instrument} is margined with now. */
    public RiskArray array(int instrument) {
        int base = known(instrument) * S;
        return new RiskArray(Arrays.copyOfRange(risk, base, base + S));
    }

    private int known(int instrument) {
        if (instrument < 0 || instrument >= instruments) {
            throw new IllegalArgumentException("instrument: unknown index " + instrument);
        }
        return instrument;
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
        long netBefore = figures[slot + NET];
        long riskBefore = figures[slot + RISK];
        boolean workingBefore = figures[slot + WORKING] != 0;
        change(slot, instrument, oldNet, oldBuys, oldSells, newNet, newBuys, newSells);
        boolean workingAfter = figures[slot + WORKING] != 0;
        if (creditsMayMove(account, slot, c, workingBefore, workingAfter,
                figures[slot + NET] != netBefore || figures[slot + RISK] != riskBefore)) {
            refreshCredits(account);
        }
    }

    /**
     * Whether a change in commodity {@code c} can move the account's credits. Credits read a
     * commodity's net lots and scanning risk, and whether orders work in it; with orders working
     * before and after, its complex earned none either way.
     */
    private boolean creditsMayMove(int account, int slot, int c, boolean workingBefore, boolean workingAfter,
                                   boolean netOrRiskMoved) {
        if (!inAnyPair[c]) {
            return false;
        }
        long[] book = books[account];
        return book[STALE] != 0 || !othersWorking(book, (int) figures[slot + LOCAL])
                && (workingBefore != workingAfter || !workingAfter && netOrRiskMoved);
    }

    /**
     * Whether orders work in another commodity of the credit complex of the commodity numbered
     * {@code local} in the account's view (collected): then the complex earns no credit whatever
     * that commodity does, so a change in it alone cannot move the credits.
     */
    private static boolean othersWorking(long[] book, int local) {
        int roots = rootsAt(book);
        long working = book[roots + (int) book[VIEW_SIZE] + (int) book[roots + local]];
        return working - (book[viewAt(book) + local * VIEW + 2] != 0 ? 1 : 0) > 0;
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
        int slot = slotIn(account, c);
        boolean borrowed = slot == NONE;
        if (borrowed) {
            borrowScratch(account, c);
            slot = SCRATCH;
        }
        long newBuys = Math.addExact(buys, moreBuys);
        long newSells = Math.addExact(sells, moreSells);
        boolean workingBefore = figures[slot + WORKING] != 0;
        boolean workingAfter = figures[slot + WORKING] + newBuys + newSells - buys - sells != 0;
        if (!borrowed && (workingBefore == workingAfter || workingAfter)
                && (!inAnyPair[c] || books[account][STALE] == 0)) {
            // Credits read a commodity's net lots (the same here), its scanning risk and whether orders
            // work in its complex: with orders working before and after they earned none and still
            // earn none; with none before, the complex earns none with them, whatever the risk.
            long creditAfter = workingBefore == workingAfter || !inAnyPair[c]
                    || othersWorking(books[account], (int) figures[slot + LOCAL]) ? books[account][CREDIT]
                    : credits(account, (int) figures[slot + LOCAL]);
            return initialOfChange(slot, instrument, net, buys, sells, newBuys, newSells, creditAfter);
        }
        // What is put back afterwards: the slot's figures, the account's gross and credits.
        int width = stride[c];
        System.arraycopy(figures, slot, whatIfSaved, 0, width);
        long grossBefore = books[account][GROSS];
        long creditBefore = books[account][CREDIT];
        change(slot, instrument, net, buys, sells, net, newBuys, newSells);
        if (creditsMayMove(account, slot, c, whatIfSaved[WORKING] != 0, figures[slot + WORKING] != 0,
                figures[slot + RISK] != whatIfSaved[RISK])) {
            refreshCredits(account);
        }
        long answer = initial(account);
        // The slot's number in the credit view may have been given during the what-if: it stays.
        whatIfSaved[LOCAL] = figures[slot + LOCAL];
        System.arraycopy(whatIfSaved, 0, figures, slot, width);
        long[] book = books[account];
        book[GROSS] = grossBefore;
        book[CREDIT] = creditBefore;
        if (book[STALE] == 0) {
            copyToView(book, slot);
        }
        if (borrowed) {
            returnScratch(account, c);
        }
        return answer;
    }

    /**
     * An upper bound of {@link #initialIfWorking} for {@code moreLots} more lots working (buys and
     * sells, neither fewer) in {@code instrument}, read from the first line of the account's book
     * and two per-instrument figures: its requirement before credits, plus for the scan at most the
     * instrument's largest loss of a lot times the lots added (each scenario's sum moves by one
     * loss times the lots added on the side it hurts), plus at most the commodity's highest spread
     * charge times {@code lotsAfter}, the lots the account could hold over all its instruments
     * after the order (a charge is at most that rate times the lots that could be spread, which
     * are fewer), and no credit (credits are never negative). When this fits the cash, so does the
     * exact figure.
     */
    public long initialIfWorkingBound(int account, int instrument, long moreLots, long lotsAfter) {
        long[] book = account < books.length ? books[account] : null;
        long gross = book == null ? 0 : book[GROSS];
        long more = Math.addExact(Math.multiplyExact(largestLoss[instrument], moreLots),
                Math.multiplyExact(highestCharge[instrumentCommodity[instrument]], lotsAfter));
        return initialOf(Math.addExact(gross, more));
    }

    /**
     * {@link #initialIfWorking} when the change cannot move the account's credits: the slot's new
     * scanning risk and spread charge worked out beside its figures, which stay as they are, with
     * the same arithmetic as {@link #apply} and {@link #refreshCommodity}, so the answer is the
     * same to the fen. With orders working after it, the charge is the bound's; with none before
     * or after, it is the tiers' as it stands (only the net lots move the tiers).
     */
    private long initialOfChange(int at, int instrument, long net, long oldBuys, long oldSells, long newBuys,
                                 long newSells, long creditAfter) {
        long moreIfLoss = Math.subtractExact(newBuys, oldBuys);
        long moreIfGain = -Math.subtractExact(newSells, oldSells);
        int base = instrument * S;
        long worst = 0;
        for (int s = 0; s < S; s++) {
            long loss = risk[base + s];
            worst = Math.max(worst, Math.addExact(figures[at + s],
                    Math.multiplyExact(loss, loss >= 0 ? moreIfLoss : moreIfGain)));
        }
        int c = (int) figures[at + COMMODITY];
        long charge = figures[at + CHARGE];
        if (figures[at + WORKING] + newBuys + newSells - oldBuys - oldSells != 0) {
            long couldBeLong = figures[at + COULD_BE_LONG] + Math.max(net + newBuys, 0) - Math.max(net + oldBuys, 0);
            long couldBeShort = figures[at + COULD_BE_SHORT] + Math.max(newSells - net, 0) - Math.max(oldSells - net, 0);
            charge = Math.multiplyExact(highestCharge[c], Math.min(couldBeLong, couldBeShort));
        }
        int account = (int) figures[at + ACCOUNT];
        long gross = Math.addExact(books[account][GROSS],
                Math.subtractExact(Math.addExact(worst, charge), figures[at + RISK] + figures[at + CHARGE]));
        return initialOf(gross - creditAfter);
    }

    /** Applies a change to a slot, refreshes its commodity's figures and the account's credit view of them. */
    private void change(int slot, int instrument, long oldNet, long oldBuys, long oldSells, long newNet, long newBuys,
                        long newSells) {
        apply(slot, instrument, oldNet, oldBuys, oldSells, newNet, newBuys, newSells);
        refreshCommodity(slot);
        long[] book = books[(int) figures[slot + ACCOUNT]];
        if (book[STALE] == 0) {
            copyToView(book, slot);
        }
    }

    /** Copies a slot's figures to the account's view (collected), keeping its complex's count of commodities working. */
    private void copyToView(long[] book, int at) {
        int local = (int) figures[at + LOCAL];
        int entry = viewAt(book) + local * VIEW;
        boolean workedBefore = book[entry + 2] != 0;
        copyFigures(book, entry, at);
        if (workedBefore != (figures[at + WORKING] != 0)) {
            int roots = rootsAt(book);
            int count = roots + (int) book[VIEW_SIZE] + (int) book[roots + local];
            long before = book[count];
            book[count] = before + (workedBefore ? -1 : 1);
            if (before == 0 || book[count] == 0) {
                book[IDLE_COMPLEXES] += before == 0 ? -1 : 1;
            }
        }
    }

    private void copyFigures(long[] book, int entry, int at) {
        book[entry] = figures[at + NET];
        book[entry + 1] = figures[at + RISK];
        book[entry + 2] = figures[at + WORKING];
    }

    private void apply(int at, int instrument, long oldNet, long oldBuys, long oldSells, long newNet, long newBuys,
                       long newSells) {
        // An instrument's worst case in a scenario is loss x (net + buys) for a loss, loss x (net -
        // sells) for a gain: linear in the lots, so the change is the loss times the change of one.
        long moreIfLoss = Math.addExact(Math.subtractExact(newNet, oldNet), Math.subtractExact(newBuys, oldBuys));
        long moreIfGain = Math.subtractExact(Math.subtractExact(newNet, oldNet), Math.subtractExact(newSells, oldSells));
        int base = instrument * S;
        for (int s = 0; s < S; s++) {
            long loss = risk[base + s];
            figures[at + s] = Math.addExact(figures[at + s], Math.multiplyExact(loss, loss >= 0 ? moreIfLoss : moreIfGain));
        }
        int tier = at + TIERS + 2 * instrumentTier[instrument];
        figures[tier] += Math.max(newNet, 0) - Math.max(oldNet, 0);
        figures[tier + 1] += Math.max(-newNet, 0) - Math.max(-oldNet, 0);
        figures[at + COULD_BE_LONG] += Math.max(newNet + newBuys, 0) - Math.max(oldNet + oldBuys, 0);
        figures[at + COULD_BE_SHORT] += Math.max(newSells - newNet, 0) - Math.max(oldSells - oldNet, 0);
        figures[at + WORKING] += newBuys + newSells - oldBuys - oldSells;
        figures[at + NET] += newNet - oldNet;
    }

    private void refreshCommodity(int at) {
        long worst = 0;
        for (int s = 0; s < S; s++) {
            worst = Math.max(worst, figures[at + s]);
        }
        int c = (int) figures[at + COMMODITY];
        long charge = figures[at + WORKING] == 0 ? spreadCharge(at, c)
                : Math.multiplyExact(highestCharge[c], Math.min(figures[at + COULD_BE_LONG], figures[at + COULD_BE_SHORT]));
        long[] book = books[(int) figures[at + ACCOUNT]];
        book[GROSS] = Math.addExact(book[GROSS],
                Math.subtractExact(Math.addExact(worst, charge), figures[at + RISK] + figures[at + CHARGE]));
        figures[at + RISK] = worst;
        figures[at + CHARGE] = charge;
    }

    private long spreadCharge(int slot, int c) {
        long charge = 0;
        int tiers = tierCount[c];
        for (int t = 0; t < tiers; t++) {
            long longs = figures[slot + TIERS + 2 * t];
            long shorts = figures[slot + TIERS + 2 * t + 1];
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
        if (account >= books.length || books[account] == null) {
            return;
        }
        if (books[account][STALE] != 0) {
            collectView(account);
        }
        books[account][CREDIT] = credits(account, NONE);
    }

    /**
     * The account's credits from its credit view (collected), as if orders worked in the commodity
     * numbered {@code alsoWorking} in the view too ({@link #NONE}: as it is).
     */
    private long credits(int account, int alsoWorking) {
        long[] book = books[account];
        int count = (int) book[PAIR_COUNT];
        if (count == 0 || book[IDLE_COMPLEXES] == 0) {
            // No pair, or orders work in every complex: no pair earns a credit.
            return 0;
        }
        int size = (int) book[VIEW_SIZE];
        int view = viewAt(book);
        int pairs = view + size * VIEW;
        // The complexes were found when the view was collected: each commodity's representative follows the pairs.
        int roots = pairs + count * 3;
        if (alsoWorking != NONE && book[IDLE_COMPLEXES] == 1 && book[roots + size + (int) book[roots + alsoWorking]] == 0) {
            // The one complex without orders working is the one they would start working in.
            return 0;
        }
        for (int l = 0; l < size; l++) {
            unspread[l] = Math.abs(book[view + l * VIEW]);
            complexWorking[l] = false;
        }
        for (int l = 0; l < size; l++) {
            if (book[view + l * VIEW + 2] != 0 || l == alsoWorking) {
                complexWorking[(int) book[roots + l]] = true;
            }
        }
        long total = 0;
        for (int i = 0; i < count; i++) {
            int p = (int) book[pairs + i * 3];
            int a = (int) book[pairs + i * 3 + 1];
            int b = (int) book[pairs + i * 3 + 2];
            long netA = book[view + a * VIEW];
            long netB = book[view + b * VIEW];
            if (complexWorking[(int) book[roots + a]] || netA == 0 || netB == 0 || (netA > 0) == (netB > 0)) {
                continue;
            }
            long spreadsFormed = Math.min(unspread[a] / pairLotsA[p], unspread[b] / pairLotsB[p]);
            if (spreadsFormed == 0) {
                continue;
            }
            long lotsA = spreadsFormed * pairLotsA[p];
            long lotsB = spreadsFormed * pairLotsB[p];
            total = Math.addExact(total, Math.addExact(legCredit(book[view + a * VIEW + 1], netA, lotsA, pairBps[p]),
                    legCredit(book[view + b * VIEW + 1], netB, lotsB, pairBps[p])));
            unspread[a] -= lotsA;
            unspread[b] -= lotsB;
        }
        return total;
    }

    /**
     * Builds the account's credit view: numbers its slots, copies their figures, and lists the
     * credit pairs whose two commodities it holds, in priority order, with their legs' numbers
     * and each commodity's credit complex.
     */
    private void collectView(int account) {
        int size = 0;
        int count = 0;
        for (int slot = (int) books[account][FIRST_SLOT]; slot != NONE; slot = (int) figures[slot + NEXT]) {
            figures[slot + LOCAL] = size++;
            for (int p : pairsAsLegA[(int) figures[slot + COMMODITY]]) {
                if (slotIn(account, pairB[p]) != NONE) {
                    if (count == pairScratch.length) {
                        pairScratch = Arrays.copyOf(pairScratch, count * 2);
                    }
                    pairScratch[count++] = p;
                }
            }
        }
        Arrays.sort(pairScratch, 0, count);
        long[] book = books[account];
        int view = viewAt(book);
        int pairs = view + size * VIEW;
        int roots = pairs + count * 3;
        if (book.length < roots + 2 * size) {
            book = Arrays.copyOf(book, roots + 2 * size + 8);
            books[account] = book;
        }
        book[VIEW_SIZE] = size;
        book[PAIR_COUNT] = count;
        for (int slot = (int) book[FIRST_SLOT]; slot != NONE; slot = (int) figures[slot + NEXT]) {
            copyFigures(book, view + (int) figures[slot + LOCAL] * VIEW, slot);
        }
        if (size > unspread.length) {
            unspread = new long[size * 2];
            complex = new int[size * 2];
            complexWorking = new boolean[size * 2];
        }
        for (int l = 0; l < size; l++) {
            complex[l] = l;
        }
        for (int i = 0; i < count; i++) {
            int p = pairScratch[i];
            int a = (int) figures[slotIn(account, pairA[p]) + LOCAL];
            int b = (int) figures[slotIn(account, pairB[p]) + LOCAL];
            book[pairs + i * 3] = p;
            book[pairs + i * 3 + 1] = a;
            book[pairs + i * 3 + 2] = b;
            int rootA = root(a);
            int rootB = root(b);
            complex[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
        int working = roots + size;
        Arrays.fill(book, working, working + size, 0);
        for (int l = 0; l < size; l++) {
            book[roots + l] = root(l);
            if (book[view + l * VIEW + 2] != 0) {
                book[working + root(l)]++;
            }
        }
        int idle = 0;
        for (int l = 0; l < size; l++) {
            if (book[roots + l] == l && book[working + l] == 0) {
                idle++;
            }
        }
        book[IDLE_COMPLEXES] = idle;
        book[STALE] = 0;
    }

    /**
     * Where each commodity's credit complex (its representative's number) starts in a collected
     * view, after the commodities' figures and the pairs; after them, per representative, the
     * count of the complex's commodities with orders working.
     */
    private static int rootsAt(long[] book) {
        return viewAt(book) + (int) book[VIEW_SIZE] * VIEW + (int) book[PAIR_COUNT] * 3;
    }

    /** Where the account's credit view starts in its book: after its slot per commodity. */
    private static int viewAt(long[] book) {
        return SLOTS + (int) book[SLOT_COUNT];
    }

    /** The representative of a credit complex (union-find over the account's commodities, by the lowest number). */
    private int root(int local) {
        while (complex[local] != local) {
            complex[local] = complex[complex[local]];
            local = complex[local];
        }
        return local;
    }

    /** The credit rate times the commodity's scanning risk per net lot times the lots in spreads, rounded down. */
    private static long legCredit(long scanningRisk, long net, long lotsInSpreads, int bps) {
        long priceRisk = Prorata.share(scanningRisk, lotsInSpreads, Math.abs(net));
        return Prorata.share(priceRisk, bps, InterCommoditySpread.BPS_PER_UNIT);
    }

    // ---- reading ----

    /** Maintenance margin of {@code account}, fen. */
    public long maintenance(int account) {
        long[] book = account < books.length ? books[account] : null;
        return book == null ? 0 : book[GROSS] - book[CREDIT];
    }

    /** Initial margin of {@code account}: maintenance x initialBps / 10,000 rounded up, fen. */
    public long initial(int account) {
        return initialOf(maintenance(account));
    }

    private long initialOf(long maintenance) {
        long whole = InterCommoditySpread.BPS_PER_UNIT;
        long part = maintenance % whole * initialBps;
        return Math.addExact(Math.multiplyExact(maintenance / whole, initialBps), (part + whole - 1) / whole);
    }

    /** The account's scanning risk in a combined commodity (working orders in their worst case), fen. */
    public long scanningRisk(int account, String commodityCode) {
        int slot = slotIn(account, commodity(commodityCode, "commodity"));
        return slot == NONE ? 0 : figures[slot + RISK];
    }

    /** The account's intra-commodity spread charge in a combined commodity, fen. */
    public long spreadCharge(int account, String commodityCode) {
        int slot = slotIn(account, commodity(commodityCode, "commodity"));
        return slot == NONE ? 0 : figures[slot + CHARGE];
    }

    /** The account's inter-commodity credits, fen. */
    public long credit(int account) {
        long[] book = account < books.length ? books[account] : null;
        return book == null ? 0 : book[CREDIT];
    }

    /**
     * An order-sensitive hash of every account's figures per combined commodity, in the order the
     * slots were first used (never a hash map's order).
     */
    public long stateHash() {
        long h = StateHash.mix(slots, instruments);
        for (int slot = SCRATCH + roundUp(W); slot < end; slot += stride[(int) figures[slot + COMMODITY]]) {
            int account = (int) figures[slot + ACCOUNT];
            int c = (int) figures[slot + COMMODITY];
            h = StateHash.mix(h, account);
            h = StateHash.mix(h, c);
            for (int s = 0; s < S; s++) {
                h = StateHash.mix(h, figures[slot + s]);
            }
            for (int t = 0; t < tierCount[c]; t++) {
                h = StateHash.mix(StateHash.mix(h, figures[slot + TIERS + 2 * t]), figures[slot + TIERS + 2 * t + 1]);
            }
            h = StateHash.mix(h, figures[slot + COULD_BE_LONG]);
            h = StateHash.mix(h, figures[slot + COULD_BE_SHORT]);
            h = StateHash.mix(h, figures[slot + WORKING]);
            h = StateHash.mix(h, figures[slot + NET]);
            h = StateHash.mix(h, figures[slot + RISK]);
            h = StateHash.mix(h, figures[slot + CHARGE]);
            h = StateHash.mix(h, books[account][GROSS]);
            h = StateHash.mix(h, books[account][CREDIT]);
        }
        for (int i = 0; i < instruments * S; i++) {
            h = StateHash.mix(h, risk[i]);
        }
        return h;
    }

    // ---- reading ahead (for a batch of commands; nothing changes) ----

    /**
     * Reads the account's book: its first line (gross, credit), its slot for the instrument's
     * commodity, and each line of its credit view; none of these loads waits for another.
     * Returns a word of them.
     */
    public long readAheadBook(int account, int instrument) {
        long[] book = bookReadAhead(account, instrument);
        if (book == null) {
            return 0;
        }
        int c = instrumentCommodity[instrument];
        long word = book[GROSS] + (c < book[SLOT_COUNT] ? book[SLOTS + c] : 0);
        for (int i = SLOTS + LINE; i < book.length; i += LINE) {
            word += book[i];
        }
        return word;
    }

    /** Reads each line of the account's slot for the instrument's commodity, once its book is read ({@link #readAheadBook}). */
    public long readAheadSlot(int account, int instrument) {
        long[] book = bookReadAhead(account, instrument);
        int c = book == null ? NONE : instrumentCommodity[instrument];
        int slot = c != NONE && c < book[SLOT_COUNT] ? (int) book[SLOTS + c] : NONE;
        long word = 0;
        for (int i = 0; slot != NONE && i < stride[c]; i += LINE) {
            word += figures[slot + i];
        }
        return word;
    }

    /** The account's book when it has one and the instrument is known (any indices may come to reading ahead), else null. */
    private long[] bookReadAhead(int account, int instrument) {
        long[] book = account >= 0 && account < books.length ? books[account] : null;
        return instrument < 0 || instrument >= instruments ? null : book;
    }

    // ---- slots ----

    private int slotIn(int account, int c) {
        long[] book = account < books.length ? books[account] : null;
        return book == null || c >= book[SLOT_COUNT] ? NONE : (int) book[SLOTS + c];
    }

    private int slotFor(int account, int c) {
        int slot = slotIn(account, c);
        if (slot != NONE) {
            return slot;
        }
        ensureAccount(account);
        slot = end;
        ensureRoom(end + stride[c]);
        end += stride[c];
        slots++;
        link(account, c, slot);
        return slot;
    }

    private void link(int account, int c, int slot) {
        long[] book = books[account];
        if (book == null || c >= book[SLOT_COUNT]) {
            // A book with room for every commodity defined; its credit view is collected again (it is stale).
            int count = Math.max(commodities.size(), c + 1);
            long[] grown = new long[SLOTS + count];
            Arrays.fill(grown, SLOTS, SLOTS + count, NONE);
            if (book == null) {
                grown[FIRST_SLOT] = NONE;
            } else {
                System.arraycopy(book, 0, grown, 0, SLOTS + (int) book[SLOT_COUNT]);
            }
            grown[SLOT_COUNT] = count;
            book = grown;
            books[account] = book;
        }
        book[SLOTS + c] = slot;
        figures[slot + ACCOUNT] = account;
        figures[slot + COMMODITY] = c;
        figures[slot + NEXT] = book[FIRST_SLOT];
        book[FIRST_SLOT] = slot;
        book[STALE] = 1;
    }

    private void borrowScratch(int account, int c) {
        link(account, c, SCRATCH);
    }

    /** Unlinks the scratch slot (always first in the account's list) and checks that it is back to zero. */
    private void returnScratch(int account, int c) {
        long[] book = books[account];
        book[SLOTS + c] = NONE;
        book[FIRST_SLOT] = figures[SCRATCH + NEXT];
        book[STALE] = 1;
        if (figures[SCRATCH + RISK] != 0 || figures[SCRATCH + CHARGE] != 0 || figures[SCRATCH + WORKING] != 0) {
            throw new IllegalStateException("the what-if slot did not return to zero");
        }
    }

    private void ensureAccount(int account) {
        if (account < 0) {
            throw new IllegalArgumentException("account: index must be >= 0, was " + account);
        }
        if (account >= books.length) {
            books = Arrays.copyOf(books, Math.max(account + 1, books.length * 2));
        }
    }

    private void ensureRoom(int longs) {
        if (longs > figures.length) {
            figures = Arrays.copyOf(figures, Math.max(longs, figures.length * 2));
        }
    }

    /** {@code longs} rounded up to whole cache lines. */
    private static int roundUp(int longs) {
        return (longs + LINE - 1) / LINE * LINE;
    }
}
