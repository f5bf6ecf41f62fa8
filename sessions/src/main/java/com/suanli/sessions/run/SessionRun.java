package com.suanli.sessions.run;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.OpenAccount;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.SetReferencePrice;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.BusinessDays;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.agent.AgentContext;
import com.suanli.sessions.agent.CommandPort;
import com.suanli.sessions.agent.MarketMaker;
import com.suanli.sessions.config.SessionClock;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.fundamental.FairValues;
import com.suanli.sessions.fundamental.Fundamental;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.insurance.InsuranceProgramme;
import com.suanli.sessions.market.MarketView;
import com.suanli.sessions.market.SessionListing;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;

/**
 * One simulated session, driving an exchange only by commands through a {@link CommandPort} and
 * learning what happened only from the events it is given ({@link #onEvent}).
 *
 * <p>At the start a firm per agent group and every agent's account are opened and funded (the
 * exchange's house accounts come with its clearing set-up). Then each business day: time moves to the open (the fundamental and the
 * monitors over the night), every contract trading that day has its band centred on its last
 * settlement or index fixing (else the fair value) and opens; then step by step the fundamental
 * moves, fair values and the monitoring reports are refreshed on their schedule, the agents that wake
 * act (in an order rotated at random each step), and an instrument the circuit breaker halted is
 * resumed; at the close the spot indices are fixed, every future is settled (the operator's price
 * being the curve's fair value), and every contract closes. The calendar closes contracts on its
 * own as the days pass; futures are expired (final settlement, delivery) as {@link Expiries} says,
 * and their deliveries reported day by day as {@link DeliveryMetering} meters them. The open and the
 * close are {@link TradingDay}'s, which a live session's days turn through too.
 * Observers ({@link SessionObserver}) see every event and the end of every step.
 *
 * <p>Every draw comes from one generator seeded with the seed, split in a fixed order (the
 * fundamental, the agents one by one, the step order), so the same configuration and seed give the
 * same commands and, through the deterministic engine, the same event stream.
 */
public final class SessionRun implements EventSink {

    /** The first agent group's firm; the house firm is 1 (ClearingSetup). */
    static final long FIRST_AGENT_FIRM = 10;
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    private static final long MINUTE = 60_000;

    private final SessionConfig config;
    private final long seed;
    private final SessionListing listing;
    private final Fundamental fundamental;
    private final FairValues fair;
    private final MarketView market;
    private final AgentRoster roster;
    private final SessionTally tally;
    private final InsuranceProgramme insurance;
    private final MonitoringFeed feed;
    private final SplittableRandom order;
    private final Expiries expiries;
    private final DeliveryMetering metering;
    private final TradingDay days;
    private final List<SessionObserver> observers = new ArrayList<>();
    private CommandPort port;
    private long commands;
    /** Whether the fair values follow the fundamental at every step, not only on the clock's refreshes. */
    private boolean fairValuesEveryStep;

    /** A headless session: its own listing, agents from {@link AgentRoster#FIRST_ACCOUNT}. */
    public SessionRun(SessionConfig config, long seed, MonitoringFeed feed) {
        this(config, seed, feed, SessionListing.of(config), AgentRoster.FIRST_ACCOUNT);
    }

    /** A session over {@code listing}, its agents' accounts numbered from {@code firstAccount}. */
    public SessionRun(SessionConfig config, long seed, MonitoringFeed feed, SessionListing listing, long firstAccount) {
        this.config = config;
        this.seed = seed;
        this.listing = listing;
        SplittableRandom seeds = new SplittableRandom(seed);
        this.fundamental = new Fundamental(config, seeds.split());
        this.roster = new AgentRoster(config, listing, seeds.split(), firstAccount);
        this.order = seeds.split();
        // Split after the others: a session whose providers never fail on their own draws as it always did.
        ProviderFailures providers = new ProviderFailures(config.agents().providers().failures(), seeds.split(),
                this::isProvider);
        this.insurance = new InsuranceProgramme(config, roster.agents(), fundamental, listing, feed);
        this.feed = insurance;
        this.fair = new FairValues(listing, fundamental);
        this.market = new MarketView(listing.maxInstrumentId());
        this.tally = new SessionTally(listing);
        this.expiries = new Expiries(listing);
        this.metering = new DeliveryMetering(listing, fundamental, providers);
        this.days = new TradingDay(config.clock(), listing, fundamental, fair, tally, expiries, metering, insurance,
                roster);
    }

    /** Whether {@code account} is one of the configured compute providers. */
    private boolean isProvider(long account) {
        Agent agent = roster.agent(account);
        return agent != null && agent.kind() == AccountKind.COMPUTE_PROVIDER;
    }

    /** Adds an observer of the events and steps (before the run: it sees the session from its start). */
    public void observe(SessionObserver observer) {
        observers.add(observer);
    }

    public SessionConfig config() {
        return config;
    }

    public SessionListing listing() {
        return listing;
    }

    public AgentRoster roster() {
        return roster;
    }

    /** The session's insurer: what it prices with, and where a live session recalls the desk's stored outages. */
    public InsuranceProgramme insurance() {
        return insurance;
    }

    /** The time of the session's first command, an hour before the first open. */
    public long startTime() {
        return at(config.startDate(), config.clock().open()) - 60 * MINUTE;
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        market.onEvent(event);
        tally.onEvent(event);
        for (SessionObserver observer : observers) {
            observer.onEvent(event);
        }
        if (event instanceof DeliveryChanged d) {
            metering.onDelivery(d);
        } else if (event instanceof TradeExecuted t) {
            tellOwner(t.buyAccount(), event);
            if (t.sellAccount() != t.buyAccount()) {
                tellOwner(t.sellAccount(), event);
            }
        }
    }

    private void tellOwner(long account, ExchangeEvent event) {
        Agent agent = roster.agent(account);
        if (agent != null) {
            agent.onOwnEvent(event);
        }
    }

    /** Runs the whole session through {@code commands}, keeping time as {@code pacing} says. */
    public SessionSummary run(CommandPort commands, Pacing pacing) throws InterruptedException {
        this.port = commands;
        openAccounts(startTime(), firm -> false, account -> false);
        LocalDate day = config.startDate();
        for (int done = 0; done < config.days(); day = day.plusDays(1)) {
            if (BusinessDays.isBusinessDay(day)) {
                runDay(day, pacing);
                done++;
            }
        }
        return summary(config.days());
    }

    /** What the session did so far, over {@code days} business days (a live session's days closed). */
    public SessionSummary summary(int days) {
        return tally.summary(config.name(), seed, days, roster.agents().size(), commands, fundamental.outages());
    }

    /**
     * Registers each group's firm and opens and funds each agent's account, leaving out what the
     * exchange has already (a live session restarted on the desk's database sends nothing twice).
     */
    void openAccounts(long t, LongPredicate firmExists, LongPredicate accountExists) {
        // Everything is asked before anything is sent: a question then never waits behind a command.
        List<Command> opening = new ArrayList<>();
        long firm = FIRST_AGENT_FIRM;
        for (AgentRoster.Group group : roster.groups()) {
            if (!firmExists.test(firm)) {
                opening.add(new RegisterFirm(t, firm, group.name()));
            }
            for (Agent agent : group.agents()) {
                if (!accountExists.test(agent.account())) {
                    opening.add(new OpenAccount(t, agent.account(), firm, agent.kind()));
                    opening.add(new Deposit(t, agent.account(), Math.multiplyExact(group.settings().cash(), 100),
                            agent.account()));
                }
            }
            firm++;
        }
        if (config.user().isPresent() && !accountExists.test(config.user().get().account())) {
            long account = config.user().get().account();
            opening.add(new RegisterFirm(t, firm, "User"));
            opening.add(new OpenAccount(t, account, firm, AccountKind.TRADER));
            opening.add(new Deposit(t, account, Math.multiplyExact(config.user().get().cash(), 100), account));
        }
        opening.addAll(expiries.deliveryTerms(t));
        insurance.openAccounts(t, firmExists, accountExists, opening::add);
        opening.forEach(this::send);
    }

    /**
     * The fair values are refreshed at every step from now on, the monitoring still reporting on the clock's
     * schedule: a live session lives a step a wall second at the desk's speed of 60, and the calm month's hourly
     * refresh then held the makers' quotes still for a wall minute at a time (the whole first minute of a fresh
     * desk) and moved them in one jump. A refresh draws nothing, so the session's draws are the ones they were.
     */
    void refreshFairValuesEveryStep() {
        fairValuesEveryStep = true;
    }

    /** Where the session's commands go from now on (a live session's exchange). */
    void connect(CommandPort commands) {
        this.port = commands;
    }

    private void runDay(LocalDate day, Pacing pacing) throws InterruptedException {
        SessionClock clock = config.clock();
        long open = at(day, clock.open());
        List<ContractSpec> trading = days.open(day, open, true, this::send);
        for (int step = 1; step <= clock.stepsPerDay(); step++) {
            long now = open + step * clock.stepSeconds() * 1_000L;
            step(now, day, step, trading);
            pacing.reach(now);
        }
        days.close(day, at(day, clock.close()), trading, true, this::send);
    }

    /**
     * One step at {@code now}: the fundamental moves by the configured step, fair values and the
     * monitoring are refreshed on their schedule (after {@code step} steps of the day), the agents that
     * wake act, and what the circuit breaker halted among {@code trading} is resumed.
     */
    void step(long now, LocalDate day, int step, List<ContractSpec> trading) {
        SessionClock clock = config.clock();
        List<Agent> agents = roster.agents();
        fundamental.advance(now, clock.stepSeconds() / 60.0, feed);
        insurance.flush(this::send);
        if (clock.refreshesAt(step)) {
            fair.refresh(day);
            fundamental.report(now, feed);
        } else if (fairValuesEveryStep) {
            fair.refresh(day);
        }
        AgentContext context = new AgentContext(now, day, market, fair, listing);
        int first = agents.isEmpty() ? 0 : order.nextInt(agents.size());
        double activity = fundamental.activity().level();
        for (int k = 0; k < agents.size(); k++) {
            Agent agent = agents.get((first + k) % agents.size());
            if (agent.wakes(clock.stepsPerDay(), activity)) {
                agent.act(context, this::send);
            }
        }
        for (ContractSpec spec : trading) {
            if (market.session(spec.instrumentId()) == SessionState.HALTED) {
                send(new SessionCommand(now, spec.instrumentId(), SessionAction.RESUME));
            }
        }
        for (SessionObserver observer : observers) {
            observer.onStep(context);
        }
    }

    /**
     * A live session joins a market already open: it learns each listed contract's session state from
     * {@code sessions} (the events that opened them came before it), the fair values are computed for
     * {@code day}, the providers report, and every listed contract trading that day has its band centred
     * on its fair value, so the agents' first quotes fall inside it.
     * @return the contracts trading that day
     */
    List<ContractSpec> joinMarket(long now, LocalDate day, IntFunction<SessionState> sessions) {
        List<ContractSpec> trading = listing.contracts().stream().filter(spec -> SessionListing.tradesOn(spec, day))
                .toList();
        for (ContractSpec spec : listing.contracts()) {
            market.joined(spec.instrumentId(), sessions.apply(spec.instrumentId()));
        }
        fair.refresh(day);
        fundamental.report(now, feed);
        for (ContractSpec spec : trading) {
            send(new SetReferencePrice(now, spec.instrumentId(), fair.wholeTicks(spec.instrumentId())));
        }
        return trading;
    }

    /**
     * A live session's market makers quote at once on joining, their accounts open: the desk's market shows prices
     * from the session's first moment, not only once a maker first wakes (the calm month's two wake in a step with
     * probability 0.2 each, so the first quote came a few wall seconds after the start). A maker's quote draws
     * nothing, so every draw of the session after it is the one it was.
     */
    void quoteOnJoining(long now, LocalDate day) {
        AgentContext context = new AgentContext(now, day, market, fair, listing);
        for (Agent agent : roster.agents()) {
            if (agent instanceof MarketMaker) {
                agent.act(context, this::send);
            }
        }
    }

    /**
     * A live session, its accounts open, insures its labs for {@code day} at once: the first covers are bought on
     * joining, not only at the next day's turn.
     */
    void insureOnJoining(long now, LocalDate day) {
        days.insure(day, now, this::send);
    }

    /**
     * Contracts a live listing has just listed ({@link SessionListing#rollTo}) join the market as it is: their
     * trading sessions learned from {@code sessions}, as at the join.
     */
    void joined(List<ContractSpec> listed, IntFunction<SessionState> sessions) {
        for (ContractSpec spec : listed) {
            market.joined(spec.instrumentId(), sessions.apply(spec.instrumentId()));
        }
    }

    /**
     * A live session's day turns on the session clock while the desk's market stays open: {@code closing}
     * is closed (indices fixed, futures settled) and {@code next} opened (expiries, deliveries, bands),
     * both at the exchange's time {@code now}.
     * @return the contracts trading on {@code next}
     */
    List<ContractSpec> turnDay(LocalDate closing, LocalDate next, long now, List<ContractSpec> trading) {
        days.close(closing, now, trading, false, this::send);
        return days.open(next, now, false, this::send);
    }

    private void send(Command command) {
        commands++;
        port.submit(command);
    }

    private static long at(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(SHANGHAI).toEpochMilli();
    }
}
