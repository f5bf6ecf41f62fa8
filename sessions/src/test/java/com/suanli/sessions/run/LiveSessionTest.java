package com.suanli.sessions.run;

import static com.suanli.sessions.run.LiveExchange.FIRST_AGENT;
import static com.suanli.sessions.run.LiveExchange.MONDAY;
import static com.suanli.sessions.run.LiveExchange.awaitSteps;
import static com.suanli.sessions.run.LiveExchange.running;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.engine.event.AccountOpened;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.FirmRegistered;
import com.suanli.exchange.engine.event.IndexPublished;
import com.suanli.exchange.engine.event.QuoteAccepted;
import com.suanli.exchange.engine.event.SettlementPricePublished;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.agent.MarketMaker;
import com.suanli.sessions.config.SessionClock;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.market.SessionListing;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The calm month trading live on an exchange that lists the whole default catalogue with the desk's
 * standard clearing (as the desk's host does), its events handed back from the exchange's side as a
 * listener would: the agents quote and trade the desk's own contracts, nothing is refused as late, a
 * pause holds the steps, and a second session on the same exchange opens nothing twice.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LiveSessionTest {

    @Test
    void the_agents_quote_and_trade_the_exchanges_own_contracts_and_nothing_is_refused_as_late() throws Exception {
        LiveExchange exchange = new LiveExchange();
        LiveSession session = exchange.session();
        Thread thread = running(session);
        awaitSteps(session, 200);
        session.stop();
        thread.join();

        SessionListing listing = session.session().listing();
        assertThat(listing.contracts()).allSatisfy(spec -> assertThat(exchange.catalogue.byId(spec.instrumentId()))
                .isEqualTo(spec));
        assertThat(exchange.of(QuoteAccepted.class)).as("market makers quote").isNotEmpty();
        List<TradeExecuted> trades = exchange.of(TradeExecuted.class);
        assertThat(trades).as("agents trade").hasSizeGreaterThan(50);
        assertThat(trades).allSatisfy(t -> {
            assertThat(t.buyAccount()).isGreaterThanOrEqualTo(FIRST_AGENT);
            assertThat(listing.catalogue().find(t.instrumentId())).isPresent();
        });
        assertThat(exchange.of(CommandRejected.class)).extracting(r -> r.reason().name())
                .doesNotContain("TIMESTAMP_BEFORE_ENGINE_TIME", "DUPLICATE_ACCOUNT", "DUPLICATE_FIRM", "UNKNOWN_ACCOUNT");
        assertThat(exchange.engine.clearingFaults()).isZero();
    }

    /**
     * A fresh desk's market is live from its first simulated minutes (a wall second a step at the desk's speed of
     * 60): every front contract of the calm month (each hub's spot and first month) trades within 25 steps, and
     * its makers' quotes have moved within 15; with the hourly fair values the quotes of most stood still until
     * step 60, a whole wall minute (seed 1, the desk's).
     */
    @Test
    void a_fresh_market_trades_its_front_contracts_and_moves_their_quotes_within_its_first_simulated_minutes()
            throws Exception {
        LiveExchange exchange = new LiveExchange();
        LiveSession session = exchange.session();
        Thread thread = running(session);
        awaitSteps(session, 30);
        session.stop();
        thread.join();

        long joined = exchange.of(QuoteAccepted.class).get(0).timestamp();
        List<ContractSpec> front = frontContracts(session.session().listing());
        assertThat(front).as("each hub's spot and first month").hasSize(12);
        for (ContractSpec spec : front) {
            int id = spec.instrumentId();
            assertThat(exchange.of(TradeExecuted.class)).filteredOn(t -> t.instrumentId() == id)
                    .filteredOn(t -> stepOf(t.timestamp(), joined) <= 25).as("%s traded by step 25", spec.symbol())
                    .isNotEmpty();
            long bids = exchange.of(QuoteAccepted.class).stream()
                    .filter(q -> q.instrumentId() == id && stepOf(q.timestamp(), joined) <= 15)
                    .mapToLong(QuoteAccepted::bidPrice).distinct().count();
            assertThat(bids).as("%s: the makers' bids by step 15", spec.symbol()).isGreaterThan(1);
        }
    }

    /** The steps after the join of a command of time {@code timestamp}: the exchange's clock moves a second a turn. */
    private static long stepOf(long timestamp, long joined) {
        return (timestamp - joined) / 1_000;
    }

    /** Each standard (not green) product and hub's spot and nearest future. */
    private static List<ContractSpec> frontContracts(SessionListing listing) {
        List<ContractSpec> standard = listing.contracts().stream().filter(spec -> !spec.green()).toList();
        return standard.stream().filter(spec -> spec.kind() == ContractKind.SPOT || standard.stream()
                .noneMatch(other -> other.kind() == ContractKind.FUTURE && other.product().equals(spec.product())
                        && other.hub() == spec.hub() && other.deliveryMonth().isBefore(spec.deliveryMonth())))
                .toList();
    }

    @Test
    void the_market_makers_quote_every_contract_trading_today_on_joining_before_the_first_step() throws Exception {
        LiveExchange exchange = new LiveExchange();
        LiveSession session = exchange.session();
        // Paused: the session joins the market and takes no step.
        session.pause();
        Thread thread = running(session);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (exchange.of(QuoteAccepted.class).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(session.steps()).as("steps taken").isZero();
        session.stop();
        thread.join();

        List<Long> makers = session.session().roster().agents().stream().filter(MarketMaker.class::isInstance)
                .map(Agent::account).toList();
        List<Integer> trading = session.session().listing().contracts().stream()
                .filter(spec -> SessionListing.tradesOn(spec, MONDAY)).map(ContractSpec::instrumentId).toList();
        assertThat(makers).as("the calm month's market makers").hasSize(2);
        for (long maker : makers) {
            assertThat(exchange.of(QuoteAccepted.class)).filteredOn(q -> q.account() == maker)
                    .extracting(QuoteAccepted::instrumentId).as("maker %d's quotes", maker)
                    .containsExactlyInAnyOrderElementsOf(trading);
        }
    }

    @Test
    void at_a_speed_of_600_the_session_clock_closes_a_day_fixing_the_index_settling_the_futures_and_moving_variation_margin()
            throws Exception {
        SessionConfig calm = SessionConfigJson.readDefault();
        SessionClock clock = calm.clock();
        // A two-hour trading day: 120 one-minute steps, 12 wall seconds at 600 times real time.
        SessionConfig shortDay = new SessionConfig(calm.name(), calm.startDate(), calm.days(), calm.firstDeliveryMonth(),
                calm.months(), new SessionClock(clock.open(), clock.open().plusHours(2), clock.stepSeconds(),
                clock.fairValueRefreshMinutes(), 600), calm.clearing(), calm.scarcityElasticity(), calm.products(),
                calm.agents(), calm.shocks(), calm.user(), calm.insurance(), calm.activity());
        LiveExchange exchange = new LiveExchange();
        LiveSession session = exchange.session(shortDay);
        assertThat(session.speed()).isEqualTo(600);
        Thread thread = running(session);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (session.daysClosed() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        session.stop();
        thread.join();

        assertThat(session.daysClosed()).as("days closed").isGreaterThanOrEqualTo(1);
        assertThat(session.day()).as("the session clock's next day").isAfter(MONDAY);
        List<IndexPublished> fixings = exchange.of(IndexPublished.class).stream().filter(i -> i.day().equals(MONDAY))
                .toList();
        assertThat(fixings).as("an index fixed per product and hub").extracting(i -> i.productCode() + "-" + i.hub())
                .containsExactlyInAnyOrder("H100-YRD", "H100-GBA", "H100-NM", "H100-GZ", "H200-YRD", "H200-NM");
        List<Integer> futures = session.session().listing().contracts().stream()
                .filter(spec -> spec.kind() == ContractKind.FUTURE).map(ContractSpec::instrumentId).toList();
        List<SettlementPricePublished> settled = exchange.of(SettlementPricePublished.class);
        assertThat(settled).as("every future settled for the day").filteredOn(s -> s.businessDay().equals(MONDAY))
                .extracting(SettlementPricePublished::instrumentId).containsExactlyInAnyOrderElementsOf(futures);
        assertThat(exchange.of(CashMoved.class)).as("variation margin moved")
                .filteredOn(c -> c.reason() == CashReason.VARIATION_MARGIN && c.amount() > 0).isNotEmpty();
        assertThat(exchange.of(CommandRejected.class)).extracting(r -> r.reason().name())
                .doesNotContain("TIMESTAMP_BEFORE_ENGINE_TIME", "DAY_ALREADY_SETTLED", "DAY_ALREADY_PUBLISHED",
                        "OPERATOR_PRICE_REQUIRED");
        assertThat(exchange.engine.clearingFaults()).isZero();

        LiveSession again = exchange.session(shortDay);
        Thread second = running(again);
        awaitSteps(again, 5);
        again.stop();
        second.join();
        assertThat(again.day()).as("a restarted session counts on after the days fixed").isEqualTo(session.day());
    }

    @Test
    void a_paused_session_takes_no_step_until_resumed_and_a_second_session_opens_nothing_twice() throws Exception {
        LiveExchange exchange = new LiveExchange();
        LiveSession first = exchange.session();
        Thread thread = running(first);
        awaitSteps(first, 20);
        first.pause();
        Thread.sleep(50);
        long paused = first.steps();
        Thread.sleep(300);
        assertThat(first.steps()).as("no step while paused").isEqualTo(paused);
        first.resume();
        awaitSteps(first, paused + 20);
        first.stop();
        thread.join();
        int firms = exchange.of(FirmRegistered.class).size();
        int accounts = exchange.of(AccountOpened.class).size();
        long deposits = exchange.engine.netDeposits();

        LiveSession again = exchange.session();
        Thread second = running(again);
        awaitSteps(again, 20);
        again.stop();
        second.join();

        assertThat(exchange.of(FirmRegistered.class)).as("firms").hasSize(firms);
        assertThat(exchange.of(AccountOpened.class)).as("accounts").hasSize(accounts);
        assertThat(exchange.engine.netDeposits()).as("deposits").isEqualTo(deposits);
        assertThat(exchange.of(CommandRejected.class)).extracting(r -> r.reason().name())
                .doesNotContain("TIMESTAMP_BEFORE_ENGINE_TIME", "DUPLICATE_ACCOUNT", "DUPLICATE_FIRM");
    }
}
