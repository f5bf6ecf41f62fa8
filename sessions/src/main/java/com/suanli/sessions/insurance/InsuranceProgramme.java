package com.suanli.sessions.insurance;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.ReportOutage;
import com.suanli.exchange.engine.command.WritePolicy;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.insurance.FrequencyModel;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.agent.CapacityHedger;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.InsuranceSettings;
import com.suanli.sessions.config.ProductSetup;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.fundamental.Fundamental;
import com.suanli.sessions.fundamental.HubFundamental;
import com.suanli.sessions.fundamental.HubReport;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.fundamental.OutageReport;
import com.suanli.sessions.market.SessionListing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.ToLongFunction;

/**
 * The session's insurance. The insurer is a firm of its own ({@link #INSURER_ACCOUNT}), not a
 * provider group: a provider insuring outages of its own hub would be paid to cover its own
 * failures, and its cash is there for its margin. Every AI lab (a consumer {@link CapacityHedger})
 * buys an outage cover at its hub at the open of the first day and again whenever its cover has
 * run out, and the first {@code capShare} of them a price-spike cap too, at the premiums the
 * {@link Underwriter} quotes. Every monitored outage, as it begins, is reported to the exchange as
 * a {@link ReportOutage} with the monitor's expected end, so the exchange's clearing house settles
 * the claims; the outage is logged for the frequency fit and passed on to the session's feed.
 */
public final class InsuranceProgramme implements MonitoringFeed {

    public static final long INSURER_FIRM = 9;
    public static final long INSURER_ACCOUNT = 990;
    private static final long MINUTE = 60_000;

    /** An AI lab and its cover: its account, where it runs, whether it buys a cap, and until when it is covered. */
    private static final class Lab {
        final long account;
        final HubFundamental hub;
        final HubSetup setup;
        final boolean buysCap;
        LocalDate coveredUntil;

        Lab(long account, HubFundamental hub, HubSetup setup, boolean buysCap) {
            this.account = account;
            this.hub = hub;
            this.setup = setup;
            this.buysCap = buysCap;
        }
    }

    private final InsuranceSettings settings;
    private final SessionListing listing;
    private final MonitoringFeed next;
    private final OutageLog log;
    private final Underwriter underwriter;
    private final Map<String, HubSetup> hubs = new HashMap<>();
    private final List<Lab> labs = new ArrayList<>();
    private final List<Command> outages = new ArrayList<>();

    public InsuranceProgramme(SessionConfig config, List<Agent> agents, Fundamental fundamental, SessionListing listing,
                              MonitoringFeed next) {
        this.settings = config.insurance();
        this.listing = listing;
        this.next = next;
        this.log = new OutageLog(config.startDate());
        this.underwriter = new Underwriter(settings);
        for (ProductSetup product : config.products()) {
            product.hubs().forEach(hub -> hubs.put(key(product.code(), hub.hub()), hub));
        }
        List<CapacityHedger> consumers = agents.stream().filter(a -> a instanceof CapacityHedger
                && a.kind() == AccountKind.COMPUTE_CONSUMER).map(CapacityHedger.class::cast).toList();
        long caps = Math.round(settings.capShare() * consumers.size());
        for (CapacityHedger lab : consumers) {
            HubFundamental hub = fundamental.hub(lab.productCode(), lab.hub()).orElseThrow();
            labs.add(new Lab(lab.account(), hub, hubs.get(key(lab.productCode(), lab.hub())), labs.size() < caps));
        }
    }

    /**
     * The insurer's firm and account, and its cash; nothing when the session sells no insurance, and nothing the
     * exchange has already (a live session restarted on the desk's database funds its insurer once).
     */
    public void openAccounts(long time, LongPredicate firmExists, LongPredicate accountExists, Consumer<Command> send) {
        if (!settings.sold()) {
            return;
        }
        if (!firmExists.test(INSURER_FIRM)) {
            send.accept(new RegisterFirm(time, INSURER_FIRM, "Suanli Compute Mutual"));
        }
        if (!accountExists.test(INSURER_ACCOUNT)) {
            send.accept(new OpenAccount(time, INSURER_ACCOUNT, INSURER_FIRM, AccountKind.TRADER));
            send.accept(new Deposit(time, INSURER_ACCOUNT, Math.multiplyExact(settings.insurerCash(), 100),
                    INSURER_ACCOUNT));
        }
    }

    /**
     * At the open of {@code day}: each lab whose cover has run out buys the next, and a cap if it
     * buys caps, quoted once per hub from the index now ({@code indexTicks} of the hub's spot contract).
     * The covers are written from the exchange's day to the session clock's last ({@link CoverTerm}):
     * live the exchange's outages are stamped in its own time, which runs behind the session clock.
     */
    public void atOpen(LocalDate day, long time, ToLongFunction<ContractSpec> indexTicks, Consumer<Command> send) {
        if (!settings.sold()) {
            return;
        }
        CoverTerm term = CoverTerm.of(time, day, settings.coverDays());
        LocalDate lastDay = day.plusDays(settings.coverDays() - 1L);
        Map<String, long[]> quotes = new HashMap<>();
        for (Lab lab : labs) {
            if (lab.coveredUntil != null && !day.isAfter(lab.coveredUntil)) {
                continue;
            }
            String productCode = lab.hub.productCode();
            Hub hub = lab.hub.hub();
            ContractSpec spot = listing.spot(productCode, hub).orElseThrow();
            long[] quote = quotes.computeIfAbsent(key(productCode, hub), k -> quote(lab, spot, indexTicks.applyAsLong(spot),
                    day, lastDay, term.firstDay()));
            send.accept(new WritePolicy(time, lab.account, INSURER_ACCOUNT, PolicyKind.OUTAGE_COVER, productCode, hub,
                    term.firstDay(), term.lastDay(), settings.coveredGpus(), settings.deductibleMinutes(),
                    settings.outageLimitCny() * 100, quote[0]));
            // A cap capped short of the session's day (a clock over a year ahead) would have no fixing left to pay.
            if (lab.buysCap && !term.lastDay().isBefore(day)) {
                send.accept(new WritePolicy(time, lab.account, INSURER_ACCOUNT, PolicyKind.PRICE_SPIKE_CAP, productCode,
                        hub, term.firstDay(), term.lastDay(), capUnits(), quote[1], settings.capLimitCny() * 100,
                        quote[2]));
            }
            lab.coveredUntil = term.lastDay();
        }
    }

    /**
     * The outage premium, the cap's strike in ticks and the cap's premium, fen; the outage history up to the
     * exchange's {@code today} (the outages carry the exchange's time, which live runs slower than the session clock).
     */
    private long[] quote(Lab lab, ContractSpec spot, long indexTicks, LocalDate day, LocalDate lastDay, LocalDate today) {
        BigDecimal tick = spot.tickSize();
        double index = tick.multiply(BigDecimal.valueOf(indexTicks)).doubleValue();
        long outage = underwriter.outagePremium(lab.setup, log.history(spot.product().code(), spot.hub(), today), index);
        long strike = Math.max(1, (long) Math.ceil(indexTicks * (1.0 + settings.capStrikeBps() / 10_000.0)));
        long cap = underwriter.capPremium(lab.hub.model(), day, lastDay, index,
                tick.multiply(BigDecimal.valueOf(strike)).doubleValue(), capUnits());
        return new long[] {outage, strike, cap};
    }

    /** GPU-hours a day a cap covers: the lab's covered GPUs round the clock. */
    private long capUnits() {
        return settings.coveredGpus() * 24;
    }

    /**
     * Outages monitored before the session began (the desk's stored history) and the day monitoring began:
     * the frequency fit counts them with the session's own.
     */
    public void recall(Iterable<OutageReport> past, LocalDate monitoredSince) {
        log.recall(past, monitoredSince);
    }

    /**
     * Outages a day at a configured product and hub as the insurer prices them on the exchange's day
     * {@code today}: fitted to the monitored history once long enough, else the declared rate.
     */
    public FrequencyModel frequency(String productCode, Hub hub, LocalDate today) {
        HubSetup setup = hubs.get(key(productCode, hub));
        if (setup == null) {
            throw new IllegalArgumentException("hub: " + key(productCode, hub) + " is not in the session's configuration");
        }
        return underwriter.frequency(setup, log.history(productCode, hub, today));
    }

    /** Sends the outages reported since the last call. */
    public void flush(Consumer<Command> send) {
        outages.forEach(send);
        outages.clear();
    }

    @Override
    public void onHubReport(HubReport report) {
        next.onHubReport(report);
    }

    @Override
    public void onOutage(OutageReport outage) {
        log.record(outage);
        HubSetup hub = hubs.get(key(outage.productCode(), outage.hub()));
        outages.add(new ReportOutage(outage.timestamp(), outage.productCode(), outage.hub(), outage.timestamp(),
                outage.timestamp() + outage.minutes() * MINUTE, outage.gpusOffline(), hub.capacityGpus()));
        next.onOutage(outage);
    }

    private static String key(String productCode, Hub hub) {
        return productCode + "-" + hub.code();
    }
}
