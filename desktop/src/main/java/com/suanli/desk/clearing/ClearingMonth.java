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
import com.suanli.exchange.engine.event.AccountKind;
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
    /** The risk officer's limits on the traders: orders up to 10 lots, 30 lots net per contract. */
    static final long TRADER_MAX_ORDER_LOTS = 10;
    static final long TRADER_MAX_POSITION_LOTS = 30;
    static final long TRADER_COLLAR_BPS = 500;
    /** The credit limit of the two traders' firm: initial margin between them, fen. */
    static final long TRADING_FIRM_CREDIT_FEN = 300_000_000L;
    /** The over-extended trader's long in the YRD March contract, lots: it cannot carry the shock. */
    static final long OVEREXTENDED_LOTS = 40;

    private final long seed;
    private final SplittableRandom random;
    private final Catalogue catalogue;
    private final StatementBook statements;
    private final EventStreamHash hash = new EventStreamHash();
    private final Engine engine;
    private final Map<Integer, Long> fair = new TreeMap<>();
    private final SortedMap<LocalDate, List<AccountStatement>> daily = new TreeMap<>();
    /** The day's settlement prices, for the next risk arrays. */
    private final Map<Integer, Long> settledToday = new TreeMap<>();
    private long time;
    private long clientOrderId;
    private long reference;
    private int settlements;
    private long trades;
    private long refusals;

    public ClearingMonth(Catalogue catalogue, long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue").ofProduct(PRODUCT)
                .where(spec -> HUBS.contains(spec.hub()) && !spec.green()
                        && (spec.kind() == ContractKind.SPOT || !spec.deliveryMonth().isAfter(LAST_MONTH)));
        if (this.catalogue.isEmpty()) {
            throw new IllegalArgumentException("catalogue: lists no " + PRODUCT + " contract at " + HUBS);
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
        return new MonthReport(seed, daily, engine.netDeposits(), inside, settlements, trades, refusals, hash.value());
    }

    /** The engine the month runs on, for tests to question after {@link #run}. */
    Engine engine() {
        return engine;
    }

    private void members() {
        List<MonthAccount> members = new ArrayList<>(List.of(MAKER_A, MAKER_B, LAB, PROVIDER, OVEREXTENDED));
        members.addAll(TRADERS);
        for (MonthAccount member : members) {
            submit(new RegisterFirm(time, member.firmId(), "Firm " + member.firmId()));
            submit(new OpenAccount(time, member.account(), member.firmId(), member.kind()));
            submit(new Deposit(time, member.account(), member.depositFen(), ++reference));
        }
        for (MonthAccount trader : TRADERS) {
            submit(new SetAccountLimits(time, trader.account(), TRADER_MAX_ORDER_LOTS, TRADER_MAX_POSITION_LOTS, 0, 0,
                    TRADER_COLLAR_BPS));
        }
        submit(new SetCreditLimit(time, TRADERS.get(0).firmId(), TRADING_FIRM_CREDIT_FEN));
    }

    private void tradingDay(LocalDate day) {
        time = at(day, OPEN_HOUR_UTC * 60);
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
        }
        if (day.equals(FIRST_DAY)) {
            overextend();
        }
        for (int round = 0; round < ROUNDS; round++) {
            time = at(day, OPEN_HOUR_UTC * 60 + round * (CLOSE_HOUR_UTC - OPEN_HOUR_UTC) * 60 / ROUNDS);
            for (ContractSpec spec : open) {
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
        daily.put(day, statements.close(day));
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
        if (Math.abs(bps) > spec.priceBandBps() / 2) {
            // The operator re-centres the price band on a day the market gaps, as exchanges widen limits.
            submit(new SetReferencePrice(time, spec.instrumentId(), moved));
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
        long price = Math.max(2, fair.get(id) + random.nextInt(-2, 3));
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
        if (event instanceof TradeExecuted) {
            trades++;
        } else if (event instanceof CommandRejected) {
            refusals++;
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
