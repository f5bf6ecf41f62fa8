package com.suanli.desk.clearing;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.OrderBookFactory;
import com.suanli.exchange.engine.PreTradeCheck;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.LoadRiskArray;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.PublishIndex;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.RegisterCapacity;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SetAccountLimits;
import com.suanli.exchange.engine.command.SetCreditLimit;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.command.Settle;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.ClearingEvent;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.BusinessDays;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.exchange.margin.RiskArray;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.statement.AccountStatement;
import com.suanli.exchange.statement.StatementBook;
import com.suanli.pricing.margin.RiskArrays;
import com.suanli.pricing.margin.ScanParameters;
import com.suanli.exchange.engine.command.ContributeDefaultFund;
import com.suanli.exchange.engine.command.Expire;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.ReportDelivery;
import com.suanli.exchange.engine.command.SetDeliveryTerms;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.MarginCalled;
import com.suanli.exchange.engine.event.DeliveryStatus;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.SortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * A seeded month of the H100 market at two hubs (YRD in the east, NM in the west: spot and the
 * January to March futures), from Monday 21 December 2026 to the first business day after the
 * January contracts expire: two market makers quoting, traders, an AI lab and a compute provider
 * taking liquidity, one over-extended trader, daily settlements and index fixings, and a price
 * shock in the middle of January, with new risk arrays from pricing after each settlement
 * (docs/CLEARING-MONTH.md). Every command goes through the engine;
 * the statements are read from its events alone. The same seed gives the same event stream.
 */
public final class ClearingMonth {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 21);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 2, 1);
    /** A new GPU generation is announced: forward compute rents fall by a quarter overnight. */
    static final LocalDate SHOCK_DAY = LocalDate.of(2027, 1, 12);
    static final int SHOCK_BPS = -2_500;
    static final String PRODUCT = "H100";
    /** CPU core-hours: physically delivered futures beside H100's cash-settled ones. */
    static final String PHYSICAL_PRODUCT = "CPUX86";
    static final List<String> PRODUCTS = List.of(PRODUCT, PHYSICAL_PRODUCT);
    static final List<Hub> HUBS = List.of(Hub.YRD, Hub.NM);
    static final YearMonth LAST_MONTH = YearMonth.of(2027, 3);
    /** 09:00 and 15:00 in Shanghai, in UTC hours. */
    private static final int OPEN_HOUR_UTC = 1;
    private static final int CLOSE_HOUR_UTC = 7;
    private static final int ROUNDS = 40;
    private static final long MINUTE = 60_000;
    private static final int DAILY_MOVE_BPS = 150;
    private static final int BPS = 10_000;
    /** The volatility the operator's risk arrays assume: compute rents are volatile. */
    private static final double VOLATILITY = 0.60;

    static final MonthAccount MAKER_A = new MonthAccount(100, 10, AccountKind.MARKET_MAKER, 2_000_000_000L);
    static final MonthAccount MAKER_B = new MonthAccount(101, 11, AccountKind.MARKET_MAKER, 2_000_000_000L);
    static final MonthAccount LAB = new MonthAccount(110, 20, AccountKind.COMPUTE_CONSUMER, 500_000_000L);
    static final MonthAccount PROVIDER = new MonthAccount(120, 30, AccountKind.COMPUTE_PROVIDER, 500_000_000L);
    static final MonthAccount OVEREXTENDED = new MonthAccount(130, 40, AccountKind.TRADER, 15_000_000L);
    static final List<MonthAccount> TRADERS = List.of(
            new MonthAccount(140, 50, AccountKind.TRADER, 200_000_000L),
            new MonthAccount(141, 50, AccountKind.TRADER, 200_000_000L),
            new MonthAccount(142, 51, AccountKind.TRADER, 200_000_000L));
    /** GPU-hours the provider can deliver at each hub each day: a 2,000-GPU cluster, around the clock. */
    static final long PROVIDER_CAPACITY = 48_000;
    /** Core-hours the provider can deliver at each hub each day: 100,000 cores around the clock. */
    static final long PROVIDER_CORE_HOURS = 2_400_000;
    /** The risk officer's limits on the traders: orders up to 10 lots, 30 lots net per contract. */
    static final long TRADER_MAX_ORDER_LOTS = 10;
    static final long TRADER_MAX_POSITION_LOTS = 30;
    static final long TRADER_COLLAR_BPS = 500;
    /** The credit limit of the two traders' firm: initial margin between them, fen. */
    static final long TRADING_FIRM_CREDIT_FEN = 300_000_000L;
    /** Each member's default-fund contribution, fen (10,000 CNY); the over-extended trader's is smaller. */
    static final long CONTRIBUTION_FEN = 1_000_000;
    static final long OVEREXTENDED_CONTRIBUTION_FEN = 500_000;
    /** The exchange's own capital, second in the waterfall after the defaulter's contribution. */
    static final long EXCHANGE_CAPITAL_FEN = 2_000_000;
    /** A failed delivery costs the provider half the value of what it failed to deliver. */
    static final int PENALTY_BPS = 5_000;
    /**
     * Energy per unit delivered and the hub's grid factor (docs/GREEN.md): an H100 draws 0.7 kW at a PUE of
     * 1.3, a core-hour about 10 W; the East China and North China grids' MEE factors.
     */
    static final List<DeliveryTerms> DELIVERY_TERMS = List.of(
            new DeliveryTerms(PRODUCT, Hub.YRD, 910_000, 581_000), new DeliveryTerms(PRODUCT, Hub.NM, 910_000, 706_000),
            new DeliveryTerms(PHYSICAL_PRODUCT, Hub.YRD, 13_000, 581_000),
            new DeliveryTerms(PHYSICAL_PRODUCT, Hub.NM, 13_000, 706_000));
    /** A day the NM provider's cluster fails part of the way: a quarter of the next day's spot deliveries fail. */
    static final LocalDate OUTAGE_DAY = LocalDate.of(2027, 1, 20);
    private static final int OUTAGE_FAILED_PERCENT = 25;
    /** The over-extended trader's long in the YRD March contract, lots: it cannot carry the shock. */
    static final long OVEREXTENDED_LOTS = 40;

    private final long seed;
    private final SplittableRandom random;
    private final Catalogue catalogue;
    private final StatementBook statements;
    private final EventStreamHash hash = new EventStreamHash();
    private final Engine engine;
    private final Map<Integer, Long> fair = new TreeMap<>();
    /** The day's reference price of each open contract, the centre of its band. */
    private final Map<Integer, Long> reference = new TreeMap<>();
    private final SortedMap<LocalDate, List<AccountStatement>> daily = new TreeMap<>();
    /** Margin calls raised at today's settlements, to answer. */
    private final List<MarginCalled> calls = new ArrayList<>();
    /** Deliveries scheduled since the last report. */
    private final List<DeliveryChanged> scheduled = new ArrayList<>();
    private final Set<Integer> expired = new TreeSet<>();
    private final SortedMap<String, Long> events = new TreeMap<>();
    private final SortedMap<String, Long> refusalReasons = new TreeMap<>();
    private long firstFutureDelivery;
    /** The day's settlement prices, for the next risk arrays. */
    private final Map<Integer, Long> settledToday = new TreeMap<>();
    private long time;
    private long clientOrderId;
    private long transferReference;
    private int settlements;
    private long trades;
    private long refusals;

    public ClearingMonth(Catalogue catalogue, long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue")
                .where(spec -> PRODUCTS.contains(spec.product().code()) && HUBS.contains(spec.hub()) && !spec.green()
                        && (spec.kind() == ContractKind.SPOT || !spec.deliveryMonth().isAfter(LAST_MONTH)));
        if (this.catalogue.isEmpty()) {
            throw new IllegalArgumentException("catalogue: lists no " + PRODUCTS + " contract at " + HUBS);
        }
        this.statements = new StatementBook(this.catalogue);
        this.engine = new Engine(this.catalogue, EngineConfig.defaults(), EventSink.both(statements, this::count),
                PreTradeCheck.ALLOW_ALL, OrderBookFactory.FAST, ClearingSetup.standard().over(this.catalogue));
        for (ContractSpec spec : this.catalogue.contracts()) {
            fair.put(spec.instrumentId(), spec.referencePriceTicks());
        }
    }

    /** Runs the month and reports it. */
    public MonthReport run() {
        time = at(FIRST_DAY, 0);
        members();
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            if (BusinessDays.isBusinessDay(day)) {
                tradingDay(day);
            }
        }
        long inside = 0;
        for (AccountStatement statement : statements.close(LAST_DAY.plusDays(1))) {
            inside += statement.closingCash();
        }
        return new MonthReport(seed, daily, engine.netDeposits(), inside, settlements, trades, refusals, events,
                refusalReasons, hash.value());
    }

    /** The engine the month runs on, for tests to question after {@link #run}. */
    Engine engine() {
        return engine;
    }

    private void members() {
        List<MonthAccount> members = new ArrayList<>(List.of(MAKER_A, MAKER_B, LAB, PROVIDER, OVEREXTENDED));
        members.addAll(TRADERS);
        members.stream().mapToLong(MonthAccount::firmId).distinct()
                .forEach(firm -> submit(new RegisterFirm(time, firm, "Firm " + firm)));
        for (MonthAccount member : members) {
            submit(new OpenAccount(time, member.account(), member.firmId(), member.kind()));
            submit(new Deposit(time, member.account(), member.depositFen(), ++transferReference));
        }
        for (MonthAccount trader : TRADERS) {
            submit(new SetAccountLimits(time, trader.account(), TRADER_MAX_ORDER_LOTS, TRADER_MAX_POSITION_LOTS, 0, 0,
                    TRADER_COLLAR_BPS));
        }
        submit(new SetCreditLimit(time, TRADERS.get(0).firmId(), TRADING_FIRM_CREDIT_FEN));
        for (MonthAccount member : members) {
            submit(new ContributeDefaultFund(time, member.account(),
                    member == OVEREXTENDED ? OVEREXTENDED_CONTRIBUTION_FEN : CONTRIBUTION_FEN, ++transferReference));
        }
        submit(new Deposit(time, ClearingSetup.CAPITAL_ACCOUNT, EXCHANGE_CAPITAL_FEN, ++transferReference));
        for (DeliveryTerms terms : DELIVERY_TERMS) {
            submit(new SetDeliveryTerms(time, terms.product(), terms.hub(), PENALTY_BPS, terms.milliWhPerUnit(),
                    terms.gridGramsPerMwh()));
        }
    }

    private void tradingDay(LocalDate day) {
        time = at(day, OPEN_HOUR_UTC * 60);
        reportDeliveries(day);
        List<ContractSpec> open = new ArrayList<>();
        for (ContractSpec spec : catalogue.contracts()) {
            if (spec.isTradable(day)) {
                move(spec, day);
                submit(new SessionCommand(time, spec.instrumentId(), SessionAction.OPEN_CONTINUOUS));
                if (engine.session(spec.instrumentId()) == SessionState.CONTINUOUS) {
                    open.add(spec);
                }
            }
        }
        for (Hub hub : HUBS) {
            // Spot sold today is delivered tomorrow: the provider registers what it can deliver then.
            submit(new RegisterCapacity(time, PROVIDER.account(), PRODUCT, hub, day.plusDays(1), PROVIDER_CAPACITY));
            submit(new RegisterCapacity(time, PROVIDER.account(), PHYSICAL_PRODUCT, hub, day.plusDays(1),
                    PROVIDER_CORE_HOURS));
        }
        if (day.equals(FIRST_DAY)) {
            overextend();
        }
        for (int round = 0; round < ROUNDS; round++) {
            time = at(day, OPEN_HOUR_UTC * 60 + round * (CLOSE_HOUR_UTC - OPEN_HOUR_UTC) * 60 / ROUNDS);
            // Time passes for the exchange too: a defaulter's close-out is offered again at each tick.
            submit(new TimeTick(time));
            for (ContractSpec spec : open) {
                resumeIfHalted(spec);
                round(spec);
            }
        }
        time = at(day, CLOSE_HOUR_UTC * 60);
        for (ContractSpec spec : open) {
            submit(new SessionCommand(time, spec.instrumentId(), SessionAction.CLOSE));
        }
        time += MINUTE;
        for (ContractSpec spec : catalogue.contracts()) {
            if (spec.kind() == ContractKind.FUTURE && !day.isAfter(spec.expiry()) && !day.isBefore(spec.firstTradingDay())) {
                submit(new Settle(time, spec.instrumentId(), day, fair.get(spec.instrumentId())));
            }
        }
        time += MINUTE;
        meetMarginCalls();
        for (Map.Entry<Integer, Long> settled : settledToday.entrySet()) {
            ContractSpec spec = catalogue.byId(settled.getKey());
            RiskArray array = RiskArrays.future(spec.toPrice(settled.getValue()).doubleValue(), VOLATILITY,
                    spec.contractSize(), ScanParameters.standard());
            submit(new LoadRiskArray(time, spec.instrumentId(), LongStream.of(array.losses()).boxed().toList()));
        }
        settledToday.clear();
        for (Hub hub : HUBS) {
            submit(new PublishIndex(time, PRODUCT, hub, day));
        }
        expire(day);
        daily.put(day, statements.close(day));
    }

    /**
     * Every member but the over-extended trader answers its margin calls the same evening, before the deadline:
     * it deposits what brings its cash back to initial margin after all the day's settlements.
     */
    private void meetMarginCalls() {
        for (MarginCalled call : calls) {
            long account = call.account();
            long shortfall = engine.initialMargin(account) - engine.cash(account);
            if (account != OVEREXTENDED.account() && shortfall > 0) {
                submit(new Deposit(time, account, shortfall, ++transferReference));
            }
        }
        calls.clear();
    }

    /**
     * The day's spot is cut into tomorrow's deliveries; a future past its expiry date is expired: the
     * makers' quotes left in it are pulled first (an expiry waits for working orders), then cash-settled
     * at the index average of its month or turned into the month's deliveries.
     */
    private void expire(LocalDate day) {
        for (ContractSpec spec : catalogue.contracts()) {
            if (spec.kind() == ContractKind.SPOT) {
                submit(new Expire(time, spec.instrumentId(), day));
            } else if (day.isAfter(spec.expiry()) && expired.add(spec.instrumentId())) {
                for (MonthAccount maker : List.of(MAKER_A, MAKER_B)) {
                    submit(new MassCancel(time, maker.account(), spec.instrumentId()));
                }
                submit(new Expire(time, spec.instrumentId(), day));
            }
        }
    }

    /**
     * The hubs' metering reports what was scheduled for delivery: all of it, but for the NM provider's
     * outage, when a quarter fails, and a physical month, of which a tenth fails at the first obligation.
     */
    private void reportDeliveries(LocalDate day) {
        boolean outage = day.equals(OUTAGE_DAY.plusDays(1));
        for (DeliveryChanged delivery : scheduled) {
            ContractSpec spec = catalogue.byId(delivery.instrumentId());
            int failedPercent = outage && spec.hub() == Hub.NM ? OUTAGE_FAILED_PERCENT
                    : spec.kind() == ContractKind.FUTURE && delivery.deliveryId() == firstFutureDelivery ? 10 : 0;
            long failed = delivery.units() * failedPercent / 100;
            submit(new ReportDelivery(time, delivery.deliveryId(), delivery.units() - failed, failed));
        }
        scheduled.clear();
    }

    /** The day's move of the fair price: a random walk, and the shock. */
    private void move(ContractSpec spec, LocalDate day) {
        long price = fair.get(spec.instrumentId());
        int bps = random.nextInt(-DAILY_MOVE_BPS, DAILY_MOVE_BPS + 1);
        if (day.equals(SHOCK_DAY) && spec.kind() == ContractKind.FUTURE) {
            bps += SHOCK_BPS;
        }
        long moved = Math.max(1, price + price * bps / BPS);
        fair.put(spec.instrumentId(), moved);
        reference.put(spec.instrumentId(), moved);
        // The operator centres each day's price band on the day's fair value, so a gap opens the market there.
        submit(new SetReferencePrice(time, spec.instrumentId(), moved));
    }

    /** The operator resumes a book a trade through its band halted (the uncross reopens it). */
    private void resumeIfHalted(ContractSpec spec) {
        if (engine.session(spec.instrumentId()) == SessionState.HALTED) {
            submit(new SessionCommand(time, spec.instrumentId(), SessionAction.RESUME));
        }
    }

    /** The over-extended trader buys a large March YRD position on the first day. */
    private void overextend() {
        ContractSpec march = catalogue.contracts().stream()
                .filter(spec -> spec.hub() == Hub.YRD && LAST_MONTH.equals(spec.deliveryMonth())).findFirst()
                .orElseThrow();
        submit(PlaceOrder.limit(time, OVEREXTENDED.account(), ++clientOrderId, march.instrumentId(), Side.BID,
                fair.get(march.instrumentId()) + 3, OVEREXTENDED_LOTS, TimeInForce.DAY));
    }

    /** One round in one instrument: both makers quote around fair value, then some takers cross. */
    private void round(ContractSpec spec) {
        int id = spec.instrumentId();
        // A tenth of a percent a round at most, and never beyond a third of the band from the day's reference.
        long centre = reference.get(id);
        long reach = Math.max(1, centre * spec.priceBandBps() / BPS / 3);
        long drift = fair.get(id) * random.nextInt(-10, 11) / BPS;
        long price = Math.max(centre - reach, Math.min(centre + reach, fair.get(id) + drift));
        fair.put(id, price);
        for (MonthAccount maker : List.of(MAKER_A, MAKER_B)) {
            long half = 1 + random.nextInt(3);
            submit(Quote.of(time, maker.account(), id, price - half, 5 + random.nextInt(11), price + half,
                    5 + random.nextInt(11)));
        }
        if (random.nextInt(10) < 6) {
            MonthAccount taker = taker(spec);
            Side side = taker == LAB ? Side.BID : taker == PROVIDER ? Side.ASK : random.nextBoolean() ? Side.BID : Side.ASK;
            long limit = side == Side.BID ? price + 3 : price - 3;
            submit(PlaceOrder.limit(time, taker.account(), ++clientOrderId, id, side, limit, 1 + random.nextInt(4),
                    TimeInForce.IOC));
        }
        time += 1;
    }

    private MonthAccount taker(ContractSpec spec) {
        int pick = random.nextInt(TRADERS.size() + 2);
        if (pick == TRADERS.size()) {
            return LAB;
        }
        if (pick == TRADERS.size() + 1) {
            return PROVIDER;
        }
        return TRADERS.get(pick);
    }

    private void submit(Command command) {
        engine.submit(command);
    }

    private void count(ExchangeEvent event) {
        hash.onEvent(event);
        if (event instanceof ClearingEvent || event instanceof TradeExecuted) {
            events.merge(event.getClass().getSimpleName(), 1L, Long::sum);
        } else if (event instanceof CommandRejected rejected) {
            refusalReasons.merge(rejected.reason().name(), 1L, Long::sum);
        }
        if (event instanceof TradeExecuted) {
            trades++;
        } else if (event instanceof CommandRejected) {
            refusals++;
        } else if (event instanceof MarginCalled call) {
            calls.add(call);
        } else if (event instanceof DeliveryChanged delivery && delivery.status() == DeliveryStatus.SCHEDULED) {
            scheduled.add(delivery);
            if (firstFutureDelivery == 0 && catalogue.byId(delivery.instrumentId()).kind() == ContractKind.FUTURE) {
                firstFutureDelivery = delivery.deliveryId();
            }
        } else if (event instanceof SettlementPricePublished settled) {
            settlements++;
            settledToday.put(settled.instrumentId(), settled.price());
        }
    }

    /** Epoch milliseconds at {@code minutes} past midnight UTC of {@code day}. */
    private static long at(LocalDate day, int minutes) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli() + minutes * MINUTE;
    }
}
