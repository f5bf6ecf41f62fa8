package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.margin.ReferenceSpan;
import com.suanli.exchange.margin.ReferenceSpan.Holding;
import com.suanli.exchange.margin.RiskArray;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;

import static com.suanli.exchange.clearing.ClearingFixtures.CAPITAL;
import static com.suanli.exchange.clearing.ClearingFixtures.DEFAULT_FUND;
import static com.suanli.exchange.clearing.ClearingFixtures.FEE;
import static com.suanli.exchange.clearing.ClearingFixtures.FUTURES;
import static com.suanli.exchange.clearing.ClearingFixtures.INSTRUMENTS;
import static com.suanli.exchange.clearing.ClearingFixtures.SETTLEMENT;
import static com.suanli.exchange.clearing.ClearingFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A seeded random stream of clearing commands (orders working and reduced, trades, deposits,
 * withdrawals, settlements, index fixings, new risk arrays, fee changes and bad input) through a
 * {@link ClearingHouse}, checked after every command against an independent model:
 * <ul>
 * <li>cash is conserved: every account's cash, house accounts included, sums to the net
 *     deposits the model counted, and the settlement pass-through holds nothing;</li>
 * <li>the ledger rebuilds every balance: a {@link LedgerReplay} fed the published
 *     {@code CashMoved} entries (checking each entry's balances-after as it goes) holds the same
 *     cash as the house for every account;</li>
 * <li>the fee account holds exactly the fees less the rebates the model computed;</li>
 * <li>the instrument a command touched has positions summing to zero, each as the model holds
 *     it (all instruments every {@value #FULL_CHECK_EVERY} commands); commands other than a
 *     trade change no position, so this is every instrument after every command;</li>
 * <li>the margin of each account a command touched equals the reference revaluation of the
 *     model's portfolio (all accounts every {@value #FULL_CHECK_EVERY} commands);</li>
 * <li>realised + unrealised P&amp;L equals settled + pending variation margin at any price;</li>
 * <li>a refused command changes neither the state hash nor the event stream;</li>
 * <li>the pre-trade check accepts an order exactly when the reference initial margin of the
 *     model's portfolio with the order working fits the cash, whether the house decided by its
 *     bound from the account's totals or by the exact what-if (each path counted).</li>
 * </ul>
 */
final class RandomClearingRun {
    static final int FULL_CHECK_EVERY = 1_000;
    private static final int MEMBERS = 24;
    private static final long[] HOUSE = {FEE, DEFAULT_FUND, CAPITAL, SETTLEMENT};
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);

    private final SplittableRandom random;
    private long sequence;
    private final LedgerReplay replay = new LedgerReplay();
    private final EventStreamHash streamHash = new EventStreamHash();
    final Set<String> eventTypes = new TreeSet<>();
    final Set<RejectReason> rejects = EnumSet.noneOf(RejectReason.class);
    final Map<String, Integer> methods = new HashMap<>();
    private long events;
    final ClearingHouse house;
    private final ReferenceSpan reference = ClearingFixtures.reference();

    private final long[] members = new long[MEMBERS];
    private final long[][] net = new long[MEMBERS][INSTRUMENTS.size()];
    private final long[][] buys = new long[MEMBERS][INSTRUMENTS.size()];
    private final long[][] sells = new long[MEMBERS][INSTRUMENTS.size()];
    private long netDeposits;
    private long feeIncome;
    private FeeRate fees = ClearingFixtures.H100_FEES;
    private final Map<Integer, LocalDate> settled = new HashMap<>();
    private LocalDate indexDay = FIRST_DAY.minusDays(1);
    private long time = T0;
    private long nextTradeId = 1;
    private long commands;
    long trades;
    /** Pre-trade checks accepted where the bound (the model's lots) already fits the cash: the house's fast path. */
    long acceptedWithinBound;
    /** Pre-trade checks accepted only by the exact figure (the bound does not fit the cash). */
    long acceptedBeyondBound;
    long refusedForMargin;

    RandomClearingRun(long seed) {
        random = new SplittableRandom(seed);
        EventSink sink = event -> {
            events++;
            replay.onEvent(event);
            streamHash.onEvent(event);
            eventTypes.add(event.getClass().getSimpleName());
            count(event);
        };
        house = ClearingFixtures.exchange(new ClearingEventStream(() -> ++sequence, sink));
        for (int m = 0; m < MEMBERS; m++) {
            members[m] = 1_000 + m;
            AccountKind kind = AccountKind.values()[m % 4];
            ClearingFixtures.member(house, 100 + m % 6, members[m], kind, 0);
            deposit(m, 20_000_000 + random.nextLong(30_000_000));
        }
    }

    long stateHash() {
        return house.stateHash();
    }

    long eventStreamHash() {
        return streamHash.value();
    }

    long sequenceGaps() {
        return streamHash.sequenceGaps();
    }

    void run(int count) {
        for (int i = 0; i < count; i++) {
            step();
        }
    }

    private void step() {
        commands++;
        time += random.nextInt(120_000);
        int kind = random.nextInt(100);
        int a = random.nextInt(MEMBERS);
        int i = random.nextInt(INSTRUMENTS.size());
        int b = a;
        if (kind < 25) {
            order(a, i);
        } else if (kind < 35) {
            reduce(a, i);
        } else if (kind < 70) {
            b = random.nextInt(MEMBERS);
            trade(a, b, i);
        } else if (kind < 78) {
            deposit(a, random.nextInt(20) == 0 ? 0 : 1 + random.nextLong(5_000_000));
        } else if (kind < 86) {
            withdraw(a);
        } else if (kind < 89) {
            settle();
        } else if (kind < 90) {
            publishIndex();
        } else if (kind < 91) {
            newRiskArray(i);
        } else if (kind < 92) {
            newFees();
        } else {
            badInput(a, i);
        }
        check(a, b, i);
        if (commands % FULL_CHECK_EVERY == 0) {
            for (int instrument = 0; instrument < INSTRUMENTS.size(); instrument++) {
                checkInstrument(instrument);
            }
            for (int m = 0; m < MEMBERS; m++) {
                checkMargin(m);
            }
        }
    }

    private void order(int a, int i) {
        Side side = random.nextBoolean() ? Side.BID : Side.ASK;
        long lots = 1 + random.nextInt(20);
        // Most orders pass the pre-trade check first, as the engine will ask; some skip it.
        if (random.nextInt(5) != 0 && !checkOrder(a, i, side, lots)) {
            rejects.add(RejectReason.INSUFFICIENT_MARGIN);
            return;
        }
        expectAccepted(house.orderWorking(time, members[a], id(i), side, lots));
        (side == Side.BID ? buys : sells)[a][i] += lots;
    }

    /**
     * The house's pre-trade check of an order, against the reference: accepted exactly when the
     * initial margin of the model's portfolio with the order working fits the cash. Counted by the
     * path the house can take: the bound from the account's totals (its gross before credits, the
     * instrument's largest loss a lot, the commodity's highest spread charge times the lots the
     * account could hold, here taken from the model) fitting the cash, or the exact what-if.
     */
    private boolean checkOrder(int a, int i, Side side, long lots) {
        boolean accepted = house.checkOrder(members[a], id(i), side, lots).accepted();
        Map<Integer, Holding> portfolio = portfolio(a);
        long buysAfter = buys[a][i] + (side == Side.BID ? lots : 0);
        long sellsAfter = sells[a][i] + (side == Side.ASK ? lots : 0);
        portfolio.put(id(i), new Holding(net[a][i], buysAfter, sellsAfter));
        long cash = house.cash(members[a]);
        long needed = reference.initial(portfolio);
        if (accepted != needed <= cash) {
            fail("pre-trade check of " + lots + " lots on " + side + " of " + id(i) + " by " + members[a]
                    + " after command " + commands + ": accepted " + accepted + ", needing " + needed + " with cash "
                    + cash);
        }
        long lotsAfter = 0;
        for (Holding h : portfolio.values()) {
            lotsAfter += Math.max(Math.abs(h.net() + h.buys()), Math.abs(h.net() - h.sells()));
        }
        int index = house.accounts.account(members[a]);
        boolean withinBound = house.margin.initialIfWorkingBound(index, house.contracts.index(id(i)), lots,
                lotsAfter) <= cash;
        if (withinBound && !accepted) {
            fail("an order within the bound was refused after command " + commands);
        }
        if (withinBound) {
            acceptedWithinBound++;
        } else if (accepted) {
            acceptedBeyondBound++;
        } else {
            refusedForMargin++;
        }
        return accepted;
    }

    private void reduce(int a, int i) {
        Side side = random.nextBoolean() ? Side.BID : Side.ASK;
        long working = (side == Side.BID ? buys : sells)[a][i];
        if (working == 0) {
            expectRefused(() -> house.orderReduced(time, members[a], id(i), side, 1));
            return;
        }
        long lots = 1 + random.nextLong(working);
        expectAccepted(house.orderReduced(time, members[a], id(i), side, lots));
        (side == Side.BID ? buys : sells)[a][i] -= lots;
    }

    private void trade(int buyer, int seller, int i) {
        long lots = Math.min(buys[buyer][i], sells[seller][i]);
        if (lots == 0 && random.nextInt(8) != 0) {
            order(random.nextBoolean() ? buyer : seller, i);
            return;
        }
        if (lots == 0) {
            expectRefused(() -> house.clearTrade(time, nextTradeId, id(i), 2_000, 1, members[buyer], members[seller],
                    Aggressor.BUYER));
            return;
        }
        lots = 1 + random.nextLong(lots);
        long price = listed(i) + random.nextInt(201) - 100;
        Aggressor aggressor = Aggressor.values()[random.nextInt(3)];
        expectAccepted(house.clearTrade(time, nextTradeId++, id(i), price, lots, members[buyer], members[seller],
                aggressor));
        trades++;
        long buyerFee = aggressor == Aggressor.AUCTION ? Math.max(fees.makerPerLot(), 0)
                : aggressor == Aggressor.BUYER ? fees.takerPerLot() : fees.makerPerLot();
        long sellerFee = aggressor == Aggressor.AUCTION ? Math.max(fees.makerPerLot(), 0)
                : aggressor == Aggressor.SELLER ? fees.takerPerLot() : fees.makerPerLot();
        feeIncome += (buyerFee + sellerFee) * lots;
        buys[buyer][i] -= lots;
        sells[seller][i] -= lots;
        net[buyer][i] += lots;
        net[seller][i] -= lots;
    }

    private void deposit(int a, long amount) {
        if (amount <= 0) {
            assertThat(expectRefused(() -> house.deposit(time, members[a], amount, commands)))
                    .isEqualTo(RejectReason.AMOUNT_NOT_POSITIVE);
            return;
        }
        expectAccepted(house.deposit(time, members[a], amount, commands));
        netDeposits += amount;
    }

    private void withdraw(int a) {
        long free = house.freeCash(members[a]);
        long amount = 1 + random.nextLong(Math.max(1, 2 * Math.max(free, 1_000_000)));
        if (amount > free) {
            assertThat(expectRefused(() -> house.withdraw(time, members[a], amount, commands)))
                    .isEqualTo(RejectReason.INSUFFICIENT_FREE_CASH);
            return;
        }
        expectAccepted(house.withdraw(time, members[a], amount, commands));
        netDeposits -= amount;
    }

    private void settle() {
        int instrument = FUTURES.get(random.nextInt(FUTURES.size()));
        LocalDate last = settled.get(instrument);
        LocalDate day = last == null ? FIRST_DAY : random.nextInt(10) == 0 ? last : last.plusDays(1);
        long reference = listed(INSTRUMENTS.indexOf(instrument));
        long bid = random.nextInt(3) == 0 ? 0 : reference - random.nextInt(6);
        long ask = random.nextInt(3) == 0 ? 0 : reference + random.nextInt(6);
        long operator = random.nextInt(4) == 0 ? 0 : reference + random.nextInt(41) - 20;
        boolean sameDay = day.equals(last);
        boolean noOperatorPrice = operator == 0;
        long before = house.stateHash();
        ClearingOutcome outcome = house.settle(time, instrument, day, bid, ask, operator);
        if (outcome.accepted()) {
            assertThat(sameDay).isFalse();
            settled.put(instrument, day);
        } else {
            assertThat(sameDay || noOperatorPrice).isTrue();
            assertThat(outcome.reason()).isIn(RejectReason.DAY_ALREADY_SETTLED,
                    RejectReason.OPERATOR_PRICE_REQUIRED);
            assertThat(house.stateHash()).isEqualTo(before);
            rejects.add(outcome.reason());
        }
    }

    private void publishIndex() {
        indexDay = indexDay.plusDays(1);
        long reference = listed(INSTRUMENTS.indexOf(ClearingFixtures.SPOT_YRD));
        expectAccepted(house.publishIndex(time, "H100", Hub.YRD, indexDay, reference - random.nextInt(8),
                reference + random.nextInt(8)));
    }

    private void newRiskArray(int i) {
        RiskArray array = RiskArray.future(200_000 + random.nextLong(200_000));
        expectAccepted(house.loadRiskArray(time, id(i), array));
        reference.reload(id(i), array);
        for (int m = 0; m < MEMBERS; m++) {
            checkMargin(m);
        }
    }

    private void newFees() {
        long taker = random.nextLong(500);
        fees = new FeeRate(random.nextLong(-taker, 200), taker);
        expectAccepted(house.setFees(time, "H100", fees));
    }

    private void badInput(int a, int i) {
        switch (random.nextInt(8)) {
            case 0 -> expectRefused(() -> house.deposit(time, 77_777, 100, 1));
            case 1 -> expectRefused(() -> house.withdraw(time, members[a], 0, 1));
            case 2 -> expectRefused(() -> house.orderWorking(time, FEE, id(i), Side.BID, 1));
            case 3 -> expectRefused(() -> house.clearTrade(time, 0, 99, 2_000, 1, members[a], members[a], Aggressor.BUYER));
            case 4 -> expectRefused(() -> house.settle(time, ClearingFixtures.SPOT_YRD, FIRST_DAY, 0, 0, 2_000));
            case 5 -> expectRefused(() -> house.deposit(T0 - 1, members[a], 100, 1));
            case 6 -> expectRefused(() -> house.orderWorking(time, members[a], id(i), Side.ASK, ClearingHouse.MAX_LOTS + 1));
            default -> expectRefused(() -> house.deposit(time, SETTLEMENT, 100, 1));
        }
    }

    // ---- checks ----

    private void check(int a, int b, int i) {
        long inside = 0;
        for (long account : members) {
            inside += cashChecked(account);
        }
        for (long account : HOUSE) {
            inside += cashChecked(account);
        }
        equal(inside, netDeposits, "all cash inside", 0);
        equal(house.netDeposits(), netDeposits, "net deposits", 0);
        equal(replay.netDeposits(), netDeposits, "rebuilt net deposits", 0);
        equal(replay.cashInside(), netDeposits, "rebuilt cash inside", 0);
        equal(house.cash(SETTLEMENT), 0, "cash of the settlement account", 0);
        equal(house.cash(FEE), feeIncome, "cash of the fee account", 0);
        equal(replay.entries(), house.ledgerEntries(), "ledger entries", 0);
        checkInstrument(i);
        checkMargin(a);
        checkMargin(b);
    }

    private long cashChecked(long account) {
        long cash = house.cash(account);
        equal(replay.balance(account), cash, "rebuilt cash of", account);
        return cash;
    }

    private void checkInstrument(int i) {
        long sum = 0;
        long price = house.settlementPrice(id(i)) + random.nextInt(101) - 50;
        for (int m = 0; m < MEMBERS; m++) {
            Position position = house.position(members[m], id(i));
            equal(position.netLots(), net[m][i], "net lots of", members[m]);
            equal(position.buyingLots(), buys[m][i], "lots working to buy of", members[m]);
            equal(position.sellingLots(), sells[m][i], "lots working to sell of", members[m]);
            equal(position.realisedPnl() + position.unrealisedPnl(price),
                    position.settledPnl() + position.pendingVariationMargin(price), "P&L against variation margin of", members[m]);
            sum += position.netLots();
        }
        equal(sum, 0, "open interest balance of", id(i));
    }

    private void checkMargin(int m) {
        Map<Integer, Holding> portfolio = portfolio(m);
        equal(house.maintenanceMargin(members[m]), reference.maintenance(portfolio), "maintenance of", members[m]);
        equal(house.initialMargin(members[m]), reference.initial(portfolio), "initial margin of", members[m]);
    }

    /** The model's portfolio of member {@code m}: its holdings with lots or orders, by instrument id. */
    private Map<Integer, Holding> portfolio(int m) {
        Map<Integer, Holding> portfolio = new HashMap<>();
        for (int i = 0; i < INSTRUMENTS.size(); i++) {
            if (net[m][i] != 0 || buys[m][i] != 0 || sells[m][i] != 0) {
                portfolio.put(id(i), new Holding(net[m][i], buys[m][i], sells[m][i]));
            }
        }
        return portfolio;
    }

    /**
     * A check run millions of times: compared plainly, its message built and reported through
     * AssertJ only when it fails; {@code about} is the account or instrument, 0 for none.
     */
    private void equal(long actual, long expected, String what, long about) {
        if (actual != expected) {
            fail(what + " " + about + " after command " + commands + ": expected " + expected + ", was " + actual);
        }
    }

    private void expectAccepted(ClearingOutcome outcome) {
        assertThat(outcome.accepted()).as("command %d: %s", commands, outcome.message()).isTrue();
    }

    /** Runs a command that must be refused, checks it changed nothing, and returns the reason. */
    private RejectReason expectRefused(Supplier<ClearingOutcome> command) {
        long before = house.stateHash();
        long eventsBefore = events;
        ClearingOutcome outcome = command.get();
        assertThat(outcome.accepted()).as("command %d should be refused", commands).isFalse();
        assertThat(house.stateHash()).isEqualTo(before);
        assertThat(events).isEqualTo(eventsBefore);
        rejects.add(outcome.reason());
        return outcome.reason();
    }

    private void count(ExchangeEvent event) {
        if (event instanceof SettlementPricePublished price) {
            methods.merge(price.method().name(), 1, Integer::sum);
        } else if (event instanceof IndexPublished index) {
            methods.merge(index.method().name(), 1, Integer::sum);
        }
    }

    private static int id(int i) {
        return INSTRUMENTS.get(i);
    }

    /** The listing's reference price: trades and quotes stay around it, so prices never wander to zero. */
    private static long listed(int i) {
        return ClearingFixtures.LISTINGS.get(i).spec().referencePriceTicks();
    }
}
