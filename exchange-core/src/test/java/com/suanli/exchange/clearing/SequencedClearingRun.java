package com.suanli.exchange.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.defaults.DefaultRules;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.engine.command.AmendPrice;
import com.suanli.exchange.engine.command.AmendQuantity;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.LoadRiskArray;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.PublishIndex;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetFees;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.command.Withdraw;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.journal.CommandDecoder;
import com.suanli.exchange.engine.journal.CommandEncoder;
import com.suanli.exchange.engine.event.AccountDefaulted;
import com.suanli.exchange.engine.event.OrderAccepted;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.DefaultFundCharged;
import com.suanli.exchange.engine.event.DefaultResolved;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.MarginCallMet;
import com.suanli.exchange.engine.event.MarginCalled;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.margin.RiskArray;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.TreeSet;

import static com.suanli.exchange.clearing.ClearingFixtures.INSTRUMENTS;
import static com.suanli.exchange.clearing.ClearingFixtures.LISTINGS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random trading through {@link Engine#submit} on an engine with the clearing house
 * inside, trading mixed with clearing commands (deposits, withdrawals, settlements, index
 * fixings, risk arrays, fees, firms and accounts, bad input), checked after every command: no clearing
 * fault, one gap-free stream, the ledger replayed from it rebuilds every balance, all cash equals
 * net deposits, positions sum to zero per instrument, and every account's working lots per
 * instrument and side equal what the engine has working for it, the settlement account is empty,
 * and a refused clearing command publishes only its rejection and moves no cash.
 */
final class SequencedClearingRun implements EventSink {
    static final int MEMBERS = 12;
    /** The last member sells compute capacity of its own. */
    static final long PROVIDER = member(MEMBERS - 1);
    private static final long[] EDGES = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE, 1L << 50};
    /** Monday 4 January 2027, 09:00 in Shanghai. */
    static final long START = LocalDateTime.of(2027, 1, 4, 1, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    private final SplittableRandom random;
    final Engine engine;
    private final DefaultRules defaultRules;
    private final EventStreamHash hash = new EventStreamHash();
    private final EventSink also;
    final LedgerReplay ledger = new LedgerReplay();
    private long lastSequence;
    /** Every command submitted, in order, as a journal would keep them. */
    final List<Command> journal = new ArrayList<>();
    /** Every account opened, house accounts and those opened by commands included, in opening order. */
    private final List<Long> opened = new ArrayList<>();
    private long time = START;
    private long clientId = 1;
    long marginRefusals;
    long trades;
    long rejected;
    long clearingRefusals;
    long variationMargin;
    long marginCalls;
    long callsMet;
    /** Ledger entries of the default waterfall. */
    long defaultLosses;
    long defaults;
    long defaultsResolved;
    /** The members' contributions in the default fund, from the stream: paid in, less what defaults took. */
    long fundCommitted;
    /** The kinds of event seen, but for the commonest (rejections, variation margin, trades, accounts opened). */
    final Set<String> eventTypes = new TreeSet<>();
    /** The accounts in default, with their default ids. */
    private final Map<Long, Long> inDefault = new TreeMap<>();
    private long settlements;
    private long indexFixings;
    /** The house inside the engine, for what the engine does not show (free cash, capacity). */
    private ClearingHouse house;
    final LimitInvariants limits;
    private final RandomLimitCommands limitCommands;

    SequencedClearingRun(long seed) {
        this(seed, DefaultRules.STANDARD, EventSink.NONE);
    }

    /** A run whose events also go to {@code also}, after its own checks. */
    SequencedClearingRun(long seed, EventSink also) {
        this(seed, DefaultRules.STANDARD, also);
    }

    /** A run whose margin calls and close-outs follow {@code defaultRules}. */
    SequencedClearingRun(long seed, DefaultRules defaultRules) {
        this(seed, defaultRules, EventSink.NONE);
    }

    /** A run under {@code defaultRules} whose events also go to {@code also}, after its own checks. */
    SequencedClearingRun(long seed, DefaultRules defaultRules, EventSink also) {
        random = new SplittableRandom(seed);
        this.defaultRules = defaultRules;
        this.also = also;
        engine = clearedEngine(this, defaultRules, built -> house = built);
        long[] members = new long[MEMBERS];
        for (int m = 0; m < MEMBERS; m++) {
            members[m] = member(m);
        }
        limits = new LimitInvariants(engine, house, members, PROVIDER);
        limitCommands = new RandomLimitCommands(random, PROVIDER);
        for (int id : INSTRUMENTS) {
            submit(new SessionCommand(time, id, SessionAction.OPEN_CONTINUOUS));
        }
    }

    static Catalogue catalogue() {
        return Catalogue.of(LISTINGS.stream().map(ClearingFixtures.Listing::spec).toList());
    }

    /** An engine over the clearing fixtures' contracts with their house inside: members funded, thin ones among them. */
    static Engine clearedEngine(EventSink sink) {
        return clearedEngine(sink, DefaultRules.STANDARD, house -> { });
    }

    static Engine clearedEngine(EventSink sink, DefaultRules defaultRules) {
        return clearedEngine(sink, defaultRules, house -> { });
    }

    /** As {@link #clearedEngine(EventSink, DefaultRules)}, handing the house it built to {@code built}. */
    static Engine clearedEngine(EventSink sink, DefaultRules defaultRules, Consumer<ClearingHouse> built) {
        return new Engine(catalogue(), EngineConfig.defaults(), sink, PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST,
                events -> {
                    ClearingHouse house = setUp(events, defaultRules);
                    built.accept(house);
                    return house;
                });
    }

    /** The house the engine is built with under the standard default rules. */
    static ClearingHouse setUp(ClearingEvents events) {
        return setUp(events, DefaultRules.STANDARD);
    }

    /** The house the engine is built with: the fixtures' exchange and the members. */
    static ClearingHouse setUp(ClearingEvents events, DefaultRules defaultRules) {
        ClearingHouse house = ClearingFixtures.exchange(events, defaultRules);
        for (int m = 0; m < MEMBERS; m++) {
            // Some members are thin, so the margin check refuses them now and then.
            ClearingFixtures.member(house, 100 + m, member(m), m < 3 ? AccountKind.MARKET_MAKER
                    : member(m) == PROVIDER ? AccountKind.COMPUTE_PROVIDER : AccountKind.TRADER, funds(m));
        }
        return house;
    }

    static long funds(int m) {
        return m % 4 == 0 ? 400_000 : 5_000_000;
    }

    static long member(int m) {
        return 1_000 + m;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        assertThat(event.sequence()).as("the one stream is gap-free").isEqualTo(lastSequence + 1);
        lastSequence = event.sequence();
        hash.onEvent(event);
        // The exchange's close-out orders for an account in default are sized by the contract, not the account's limits.
        boolean closeOut = event instanceof OrderAccepted o && inDefault.containsKey(o.account());
        if (limits != null && !closeOut) {
            limits.onEvent(event);
        }
        ledger.onEvent(event);
        if (event instanceof AccountOpened o) {
            opened.add(o.account());
        } else if (event instanceof CommandRejected r) {
            rejected++;
            marginRefusals += r.reason() == RejectReason.PRE_TRADE_CHECK ? 1 : 0;
        } else if (event instanceof CashMoved c && c.reason() == CashReason.VARIATION_MARGIN) {
            variationMargin++;
        } else if (event instanceof com.suanli.exchange.engine.event.TradeExecuted) {
            trades++;
        } else {
            countDefaults(event);
        }
        also.onEvent(event);
    }

    private void countDefaults(ExchangeEvent event) {
        eventTypes.add(event.getClass().getSimpleName());
        if (event instanceof CashMoved c && c.reason() == CashReason.DEFAULT_FUND_CONTRIBUTION) {
            fundCommitted += c.amount();
        } else if (event instanceof CashMoved c && c.reason() == CashReason.DEFAULT_LOSS) {
            defaultLosses++;
        } else if (event instanceof DefaultFundCharged c) {
            fundCommitted -= c.amount();
        } else if (event instanceof MarginCalled) {
            marginCalls++;
        } else if (event instanceof MarginCallMet) {
            callsMet++;
        } else if (event instanceof AccountDefaulted d) {
            defaults++;
            inDefault.put(d.account(), d.defaultId());
        } else if (event instanceof DefaultResolved r) {
            defaultsResolved++;
            inDefault.remove(r.account());
        } else if (event instanceof OrderAccepted o && inDefault.containsKey(o.account())) {
            assertThat(o.type()).as("an account in default trades only the exchange's closing orders")
                    .isEqualTo(OrderType.MARKET);
            assertThat(o.clientOrderId()).isEqualTo(inDefault.get(o.account()));
        }
    }

    /** The time the next generated command will carry. */
    long time() {
        return time;
    }

    long eventStreamHash() {
        return hash.value();
    }

    void run(int count) {
        for (int n = 0; n < count; n++) {
            submit(next());
            check();
        }
    }

    void submit(Command command) {
        journal.add(command);
        long entries = ledger.entries();
        long deposits = engine.clears() && lastSequence > 0 ? engine.netDeposits() : 0;
        long rejectedBefore = rejected;
        long sequenceBefore = lastSequence;
        long defaultsBefore = defaults;
        long callsMetBefore = callsMet;
        if (limits != null) {
            limits.before();
        }
        engine.submit(command);
        if (limits != null) {
            limits.after(command, rejected == rejectedBefore);
        }
        if (rejected > rejectedBefore && command.kind().ordinal() >= RejectedCommand.REGISTER_FIRM.ordinal()
                && defaults == defaultsBefore && callsMet == callsMetBefore) {
            // (Time passing a margin call's deadline acts before the command: then more happens.)
            clearingRefusals++;
            assertThat(lastSequence).as("a refused %s publishes its rejection alone", command.kind())
                    .isEqualTo(sequenceBefore + 1);
            assertThat(ledger.entries()).isEqualTo(entries);
            assertThat(engine.netDeposits()).isEqualTo(deposits);
        }
        time += 1 + random.nextInt(2_000);
    }

    Command next() {
        long account = member(random.nextInt(MEMBERS));
        int instrument = INSTRUMENTS.get(random.nextInt(INSTRUMENTS.size()));
        long reference = engine.referencePrice(instrument);
        Side side = random.nextBoolean() ? Side.BID : Side.ASK;
        int kind = random.nextInt(100);
        List<WorkingOrder> mine = kind >= 50 && kind < 75 ? engine.workingOrders(account) : List.of();
        if (kind < 40) {
            long price = reference + random.nextInt(-6, 7);
            return PlaceOrder.limit(time, account, clientId++, instrument, side, price, 1 + random.nextInt(6),
                    random.nextInt(4) == 0 ? TimeInForce.IOC : TimeInForce.GTC);
        } else if (kind < 45) {
            return PlaceOrder.market(time, account, clientId++, instrument, side, 1 + random.nextInt(4), 10);
        } else if (kind < 50) {
            long bid = reference - 1 - random.nextInt(4);
            return Quote.of(time, member(random.nextInt(3)), instrument, bid, 1 + random.nextInt(5),
                    bid + 2 + random.nextInt(4), 1 + random.nextInt(5));
        } else if (kind >= 85) {
            return clearingCommand(account, instrument, reference);
        } else if (kind < 75 && !mine.isEmpty()) {
            WorkingOrder o = mine.get(random.nextInt(mine.size()));
            if (kind < 60) {
                return new CancelOrder(time, account, o.orderId());
            } else if (kind < 67) {
                return new AmendQuantity(time, account, o.orderId(), 1 + random.nextLong(Math.max(1, o.openQuantity())));
            }
            return new AmendPrice(time, account, o.orderId(), o.price() + random.nextInt(-2, 3));
        }
        return new TimeTick(time);
    }

    /** Deposits, withdrawals, settlements, fixings, risk arrays, fees, new accounts, and bad input among them. */
    private Command clearingCommand(long account, int instrument, long reference) {
        int kind = random.nextInt(100);
        LocalDate day = LocalDate.of(2027, 1, 4).plusDays(settlements / 4);
        if (kind < 20) {
            return new Deposit(time, account, 1 + random.nextInt(500_000), clientId++);
        } else if (kind < 35) {
            // Often more than the free cash: refused INSUFFICIENT_FREE_CASH.
            return new Withdraw(time, account, 1 + random.nextInt(3_000_000), clientId++);
        } else if (kind < 55) {
            settlements++;
            long operator = random.nextInt(4) == 0 ? 0 : reference + random.nextInt(-5, 6);
            return new Settle(time, ClearingFixtures.FUTURES.get(random.nextInt(ClearingFixtures.FUTURES.size())), day,
                    operator);
        } else if (kind < 62) {
            return new PublishIndex(time, "H100", Hub.YRD, day.plusDays(indexFixings++));
        } else if (kind < 70) {
            List<Long> losses = new ArrayList<>();
            for (long loss : RiskArray.future(250_000 + random.nextInt(100_000)).losses()) {
                losses.add(loss);
            }
            return new LoadRiskArray(time, instrument, losses);
        } else if (kind < 75) {
            return new SetFees(time, "H100", -random.nextInt(150), 150 + random.nextInt(300));
        } else if (kind < 78) {
            return limitCommands.next(time, account, 100 + account - member(0));
        } else if (kind < 80) {
            long firm = 500 + random.nextInt(5);
            return random.nextBoolean() ? new RegisterFirm(time, firm, "Firm " + firm)
                    : new OpenAccount(time, 5_000 + random.nextInt(20), firm, AccountKind.TRADER);
        }
        // Hostile fields: each must be refused whole or applied whole, never throw.
        long edge = EDGES[random.nextInt(EDGES.length)];
        return switch (random.nextInt(12)) {
            case 0 -> new Deposit(time, account, 0, 1);
            case 1 -> new Withdraw(time, 999_999, 100, 1);
            case 2 -> new Settle(time, 9_999, day, reference);
            case 3 -> new SetFees(time, "H100", -500, 100);
            case 4 -> new LoadRiskArray(time, instrument, List.of(1L, 2L));
            case 5 -> new Deposit(time, ClearingFixtures.SETTLEMENT, 100, 1);
            case 6 -> new Deposit(time, random.nextBoolean() ? account : edge, edge, edge);
            case 7 -> new Withdraw(time, random.nextBoolean() ? account : edge, edge, edge);
            case 8 -> new Settle(time, (int) edge, random.nextBoolean() ? LocalDate.MIN : LocalDate.MAX, edge);
            case 9 -> new SetFees(time, random.nextBoolean() ? "" : "NOPE", edge, edge);
            case 10 -> new LoadRiskArray(time, instrument, Collections.nCopies(16, edge));
            default -> random.nextBoolean() ? new RegisterFirm(time, edge, " ")
                    : new OpenAccount(time, edge, edge, AccountKind.values()[random.nextInt(AccountKind.values().length)]);
        };
    }

    /**
     * Every command submitted, encoded and decoded through the journal codec and submitted to a
     * fresh engine, gives the same event stream and state hash.
     */
    void replayThroughTheJournalCodec() {
        EventStreamHash replayed = new EventStreamHash();
        Engine replica = clearedEngine(replayed, defaultRules);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (Command command : journal) {
            buffer.clear();
            CommandEncoder.encode(command, buffer);
            buffer.flip();
            Command decoded = CommandDecoder.decode(buffer);
            assertThat(decoded).isEqualTo(command);
            replica.submit(decoded);
        }
        assertThat(replayed.value()).isEqualTo(eventStreamHash());
        assertThat(replica.stateHash()).isEqualTo(engine.stateHash());
    }

    /**
     * Every command submitted, given to a fresh engine in batches of 1 to {@code largest} commands
     * ({@link Engine#submit(Command[], int, int)}, which reads each batch ahead before applying
     * it), sizes drawn from {@code seed}: the same event stream and state hash.
     */
    void replayInBatches(long seed, int largest) {
        EventStreamHash replayed = new EventStreamHash();
        Engine replica = clearedEngine(replayed, defaultRules);
        Command[] commands = journal.toArray(Command[]::new);
        SplittableRandom sizes = new SplittableRandom(seed);
        for (int from = 0; from < commands.length; ) {
            int to = Math.min(commands.length, from + 1 + sizes.nextInt(largest));
            replica.submit(commands, from, to);
            from = to;
        }
        assertThat(replayed.events()).isEqualTo(hash.events());
        assertThat(replayed.value()).isEqualTo(eventStreamHash());
        assertThat(replica.stateHash()).isEqualTo(engine.stateHash());
    }

    /** The conservation checks after a command. */
    void check() {
        assertThat(engine.clearingFaults()).as(engine.firstClearingFault()).isZero();
        long inside = 0;
        for (long account : opened) {
            assertThat(ledger.balance(account)).as("ledger replay of account %d", account)
                    .isEqualTo(engine.cash(account));
            inside += engine.cash(account);
        }
        assertThat(inside).as("all cash is net deposits").isEqualTo(engine.netDeposits());
        assertThat(ledger.cashInside()).isEqualTo(engine.netDeposits());
        assertThat(engine.cash(ClearingFixtures.SETTLEMENT)).as("the settlement account passes through").isZero();
        assertThat(engine.cash(ClearingFixtures.DEFAULT_FUND)).as("the default fund holds the members' contributions")
                .isEqualTo(fundCommitted);
        for (int instrument : INSTRUMENTS) {
            long net = 0;
            for (int m = 0; m < MEMBERS; m++) {
                net += engine.position(member(m), instrument).netLots();
            }
            assertThat(net).as("positions in instrument %d sum to zero", instrument).isZero();
        }
        for (int m = 0; m < MEMBERS; m++) {
            Map<String, Long> working = new TreeMap<>();
            for (WorkingOrder o : engine.workingOrders(member(m))) {
                working.merge(o.instrumentId() + " " + o.side(), o.openQuantity(), Long::sum);
            }
            for (int instrument : INSTRUMENTS) {
                Position p = engine.position(member(m), instrument);
                assertThat(p.buyingLots()).as("lots working to buy, account %d instrument %d", member(m), instrument)
                        .isEqualTo(working.getOrDefault(instrument + " BID", 0L));
                assertThat(p.sellingLots()).as("lots working to sell, account %d instrument %d", member(m), instrument)
                        .isEqualTo(working.getOrDefault(instrument + " ASK", 0L));
            }
        }
    }

}
