package com.suanli.sessions.report;

import com.suanli.exchange.engine.event.AccountDefaulted;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.ContractExpired;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.MarginCalled;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.agent.AgentContext;
import com.suanli.sessions.market.MarketView;
import com.suanli.sessions.market.SessionListing;
import com.suanli.sessions.report.SessionReport.ContractReport;
import com.suanli.sessions.report.SessionReport.DailyVolume;
import com.suanli.sessions.report.SessionReport.DeliveryReport;
import com.suanli.sessions.report.SessionReport.Fixing;
import com.suanli.sessions.report.SessionReport.IndexReport;
import com.suanli.sessions.report.SessionReport.PathPoint;
import com.suanli.sessions.report.SessionReport.Pnl;
import com.suanli.sessions.report.SessionReport.PnlReport;
import com.suanli.sessions.report.SessionReport.PricePath;
import com.suanli.sessions.report.SessionReport.Totals;
import com.suanli.sessions.report.SessionReport.UserPnl;
import com.suanli.sessions.run.AgentRoster;
import com.suanli.sessions.run.SessionObserver;
import com.suanli.sessions.run.SessionRun;
import com.suanli.sessions.run.SessionSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds a session into its report as it runs: every event (trades, settlements, index fixings,
 * expiries, cash, margin calls, defaults, deliveries) and, at the end of every step, each trading
 * contract's spread and price against fair value; every {@code sampleMinutes} a point of each
 * contract's price path. Register it with {@link SessionRun#observe} before the run, ask for the
 * {@link #report} after it.
 */
public final class SessionReporter implements SessionObserver {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    private static final double BPS = 10_000.0;
    private static final BigDecimal FEN_PER_CNY = BigDecimal.valueOf(100);

    private final SessionRun run;
    private final SessionListing listing;
    private final long sampleMillis;
    private final int size;
    private final long[] volume;
    private final long[] trades;
    private final long[] lastTrade;
    private final long[] lastSettlement;
    private final long[] finalPrice;
    private final double[] spreadBps;
    private final long[] spreadSteps;
    private final double[] deviationBps;
    private final double[] absDeviationBps;
    private final long[] pricedSteps;
    private final List<List<Fixing>> settlements = new ArrayList<>();
    private final List<Optional<Fixing>> finals = new ArrayList<>();
    private final List<List<PathPoint>> paths = new ArrayList<>();
    private final Map<String, Map<LocalDate, Fixing>> indices = new LinkedHashMap<>();
    private final Map<String, Long> indexTicks = new HashMap<>();
    private final Map<LocalDate, Map<String, Long>> dailyVolume = new TreeMap<>();
    private final Map<Long, AccountPnl> accounts = new HashMap<>();
    private final Map<Long, DeliveryChanged> deliveries = new TreeMap<>();
    private final InsuranceBook insurance = new InsuranceBook();
    private long exchangeFeesFen;
    private long marginCalls;
    private long defaults;

    public SessionReporter(SessionRun run) {
        this.run = run;
        this.listing = run.listing();
        this.sampleMillis = run.config().clock().fairValueRefreshMinutes() * 60_000L;
        this.size = listing.maxInstrumentId() + 1;
        volume = new long[size];
        trades = new long[size];
        lastTrade = new long[size];
        lastSettlement = new long[size];
        finalPrice = new long[size];
        spreadBps = new double[size];
        spreadSteps = new long[size];
        deviationBps = new double[size];
        absDeviationBps = new double[size];
        pricedSteps = new long[size];
        for (int id = 0; id < size; id++) {
            settlements.add(new ArrayList<>());
            finals.add(Optional.empty());
            paths.add(new ArrayList<>());
        }
        run.config().products().forEach(product -> product.hubs().forEach(hub ->
                indices.put(key(product.code(), hub.hub().code()), new TreeMap<>())));
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (!ofTheListing(event)) {
            return;
        }
        insurance.onEvent(event);
        if (event instanceof TradeExecuted t) {
            traded(t);
        } else if (event instanceof CashMoved c) {
            cashMoved(c);
        } else if (event instanceof SettlementPricePublished s) {
            lastSettlement[s.instrumentId()] = s.price();
            settlements.get(s.instrumentId()).add(fixing(s.instrumentId(), s.businessDay(), s.price(), s.method().name()));
        } else if (event instanceof IndexPublished i) {
            listing.spot(i.productCode(), i.hub()).ifPresent(spot -> {
                String key = key(i.productCode(), i.hub().code());
                indexTicks.put(key, i.value());
                indices.get(key).put(i.day(), fixing(spot.instrumentId(), i.day(), i.value(), i.method().name()));
            });
        } else if (event instanceof ContractExpired e) {
            finalPrice[e.instrumentId()] = e.price();
            finals.set(e.instrumentId(), Optional.of(fixing(e.instrumentId(), e.day(), e.price(), e.method().name())));
        } else if (event instanceof MarginCalled m) {
            marginCalls++;
            account(m.account()).marginCalls++;
        } else if (event instanceof AccountDefaulted d) {
            defaults++;
            account(d.account()).defaults++;
        } else if (event instanceof DeliveryChanged d) {
            deliveries.put(d.deliveryId(), d);
        }
    }

    /**
     * On the desk a live session hears every instrument's events; it reports its own listing's (headless every
     * instrument is the listing's).
     */
    private boolean ofTheListing(ExchangeEvent event) {
        int id;
        if (event instanceof TradeExecuted t) {
            id = t.instrumentId();
        } else if (event instanceof SettlementPricePublished s) {
            id = s.instrumentId();
        } else if (event instanceof ContractExpired e) {
            id = e.instrumentId();
        } else {
            return true;
        }
        return listing.catalogue().find(id).isPresent();
    }

    private void traded(TradeExecuted t) {
        int id = t.instrumentId();
        volume[id] += t.quantity();
        trades[id]++;
        lastTrade[id] = t.price();
        account(t.buyAccount()).bought(id, t.quantity(), t.price());
        account(t.sellAccount()).sold(id, t.quantity(), t.price());
        LocalDate day = LocalDateTime.ofInstant(Instant.ofEpochMilli(t.timestamp()), SHANGHAI).toLocalDate();
        dailyVolume.computeIfAbsent(day, d -> new TreeMap<>())
                .merge(listing.spec(id).product().code(), t.quantity(), Long::sum);
    }

    private void cashMoved(CashMoved c) {
        switch (c.reason()) {
            case FEE -> {
                account(c.debitAccount()).feesFen -= c.amount();
                exchangeFeesFen += c.amount();
            }
            case REBATE -> {
                account(c.creditAccount()).feesFen += c.amount();
                exchangeFeesFen -= c.amount();
            }
            case PENALTY -> {
                account(c.debitAccount()).penaltiesFen -= c.amount();
                account(c.creditAccount()).penaltiesFen += c.amount();
            }
            default -> {
                // Deposits, margin and settlement flows, delivery payments: not P&L of their own (see SessionReport.Pnl).
            }
        }
    }

    @Override
    public void onStep(AgentContext context) {
        MarketView market = context.market();
        boolean sample = context.time() % sampleMillis == 0;
        for (ContractSpec spec : listing.contracts()) {
            int id = spec.instrumentId();
            double fair = context.fair().ticks(id);
            if (!market.trading(id) || fair <= 0) {
                continue;
            }
            long bid = market.bid(id);
            long ask = market.ask(id);
            if (bid > 0 && ask > 0) {
                spreadBps[id] += (ask - bid) * BPS / ((ask + bid) / 2.0);
                spreadSteps[id]++;
            }
            long price = market.mid(id);
            if (price > 0) {
                double deviation = (price - fair) * BPS / fair;
                deviationBps[id] += deviation;
                absDeviationBps[id] += Math.abs(deviation);
                pricedSteps[id]++;
            }
            if (sample) {
                paths.get(id).add(new PathPoint(LocalDateTime.ofInstant(Instant.ofEpochMilli(context.time()), SHANGHAI),
                        price > 0 ? Optional.of(spec.toPrice(price)) : Optional.empty(),
                        spec.toPrice(Math.round(fair))));
            }
        }
    }

    /** The report of the session run, with the counts and hash of its summary. */
    public SessionReport report(SessionSummary summary) {
        List<ContractReport> contracts = new ArrayList<>();
        List<PricePath> pricePaths = new ArrayList<>();
        for (ContractSpec spec : listing.contracts()) {
            int id = spec.instrumentId();
            contracts.add(new ContractReport(spec.symbol(), spec.product().code(), spec.hub().code(), spec.kind().name(),
                    spec.green(), volume[id], trades[id], mean(spreadBps[id], spreadSteps[id]),
                    mean(deviationBps[id], pricedSteps[id]), mean(absDeviationBps[id], pricedSteps[id]),
                    settlements.get(id), finals.get(id)));
            pricePaths.add(new PricePath(spec.symbol(), spec.product().code(), spec.hub().code(), spec.kind().name(),
                    spec.green(), paths.get(id)));
        }
        List<IndexReport> indexReports = new ArrayList<>();
        run.config().products().forEach(product -> product.hubs().forEach(hub -> indexReports.add(new IndexReport(
                product.code(), hub.hub().code(), List.copyOf(indices.get(key(product.code(), hub.hub().code())).values())))));
        List<DailyVolume> days = new ArrayList<>();
        dailyVolume.forEach((day, lots) -> days.add(new DailyVolume(day, lots)));
        Totals totals = new Totals(summary.commands(), summary.events(), summary.trades(), summary.rejected(),
                summary.outages(), marginCalls, defaults, summary.hashText());
        return new SessionReport(summary.name(), summary.seed(), summary.days(), totals, contracts, indexReports,
                pricePaths, days, pnl(), deliveryReport(), insurance.report());
    }

    private PnlReport pnl() {
        long[] marks = marks();
        long[] tickValues = new long[size];
        boolean[] all = new boolean[size];
        for (ContractSpec spec : listing.contracts()) {
            tickValues[spec.instrumentId()] = spec.tickValueFen();
            all[spec.instrumentId()] = true;
        }
        List<Pnl> byType = new ArrayList<>();
        for (AgentRoster.Group group : run.roster().groups()) {
            byType.add(pnl(group.name(), group.agents().stream().map(Agent::account).toList(), marks, tickValues, all));
        }
        Optional<UserPnl> user = run.config().user().map(u ->
                new UserPnl(u.account(), pnl("User", List.of(u.account()), marks, tickValues, all)));
        return new PnlReport(byType, user, cny(exchangeFeesFen));
    }

    private Pnl pnl(String type, List<Long> members, long[] marks, long[] tickValues, boolean[] counted) {
        long trading = 0;
        long fees = 0;
        long penalties = 0;
        long calls = 0;
        long defaulted = 0;
        for (long member : members) {
            AccountPnl account = accounts.get(member);
            if (account != null) {
                trading += account.tradingFen(marks, tickValues, counted);
                fees += account.feesFen;
                penalties += account.penaltiesFen;
                calls += account.marginCalls;
                defaulted += account.defaults;
            }
        }
        return new Pnl(type, members.size(), cny(trading), cny(fees), cny(penalties), cny(trading + fees + penalties),
                calls, defaulted);
    }

    /**
     * Each contract's last price, ticks: an expired future's final price, else a future's last
     * settlement, a standard spot contract's last index fixing, else the last trade.
     */
    long[] marks() {
        long[] marks = Arrays.copyOf(lastTrade, size);
        for (ContractSpec spec : listing.contracts()) {
            int id = spec.instrumentId();
            if (finalPrice[id] > 0) {
                marks[id] = finalPrice[id];
            } else if (spec.kind() == ContractKind.FUTURE && lastSettlement[id] > 0) {
                marks[id] = lastSettlement[id];
            } else if (spec.kind() == ContractKind.SPOT && !spec.green()) {
                marks[id] = indexTicks.getOrDefault(key(spec.product().code(), spec.hub().code()), lastTrade[id]);
            }
        }
        return marks;
    }

    /** One account's P&L book (package-private: the tests check it against the house's cash). */
    AccountPnl account(long account) {
        return accounts.computeIfAbsent(account, a -> new AccountPnl(size - 1));
    }

    private DeliveryReport deliveryReport() {
        long units = 0;
        long delivered = 0;
        long failed = 0;
        long paid = 0;
        long penalty = 0;
        for (DeliveryChanged d : deliveries.values()) {
            units += d.units();
            delivered += d.deliveredUnits();
            failed += d.failedUnits();
            paid += d.paid();
            penalty += d.penalty();
        }
        return new DeliveryReport(deliveries.size(), units, delivered, failed, cny(paid), cny(penalty));
    }

    private Fixing fixing(int instrumentId, LocalDate day, long ticks, String method) {
        return new Fixing(day, listing.spec(instrumentId).toPrice(ticks), method);
    }

    private static String key(String productCode, String hubCode) {
        return productCode + "-" + hubCode;
    }

    private static double mean(double sum, long count) {
        return count == 0 ? 0.0 : sum / count;
    }

    private static BigDecimal cny(long fen) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_CNY).setScale(2);
    }
}
