package com.suanli.sessions.report;

import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.MarginCalled;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.agent.AgentContext;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.market.SessionListing;
import com.suanli.sessions.report.SessionReport.ContractReport;
import com.suanli.sessions.report.SessionReport.Fixing;
import com.suanli.sessions.report.SessionReport.IndexReport;
import com.suanli.sessions.run.HeadlessSession;
import com.suanli.sessions.run.SessionObserver;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled scarcity squeeze (a jump of about half in H100's fundamental at every hub on its
 * seventh day, providers short forward on thin cash) against the same session and seed without the
 * jump: the H100 indices and front futures end higher, and margin calls follow for the short side.
 */
class ScarcitySqueezeTest {

    private static final long SEED = 5;
    /** The jump is e^0.4 = +49%; the daily price band lets the market follow 10% a day; 15% is well inside both. */
    private static final BigDecimal LIFT = new BigDecimal("1.15");

    private static Run squeeze;
    private static Run calm;

    /** A session with its report, its margin calls and each call's account's net H100 futures lots when it was called. */
    private record Run(SessionConfig config, SessionReport report, List<MarginCalled> calls, List<Long> shortLotsAtCall,
                       long clearingFaults) {
    }

    @BeforeAll
    static void runTheSqueezeAndItsControl() {
        SessionConfig config = SessionConfigJson.readBundled("scarcity-squeeze");
        assertThat(config.shocks()).hasSize(1);
        squeeze = run(config);
        calm = run(new SessionConfig(config.name(), config.startDate(), config.days(), config.firstDeliveryMonth(),
                config.months(), config.clock(), config.clearing(), config.scarcityElasticity(), config.products(),
                config.agents(), List.of(), config.user(), config.insurance(), config.activity()));
    }

    private static Run run(SessionConfig config) {
        HeadlessSession session = new HeadlessSession(config, SEED, MonitoringFeed.NONE);
        SessionListing listing = session.session().listing();
        SessionReporter reporter = new SessionReporter(session.session());
        List<MarginCalled> calls = new ArrayList<>();
        List<Long> lotsAtCall = new ArrayList<>();
        Map<Long, Long> h100Futures = new HashMap<>();
        session.session().observe(reporter);
        session.session().observe(new SessionObserver() {
            @Override
            public void onEvent(ExchangeEvent event) {
                if (event instanceof TradeExecuted t && isH100Future(listing.spec(t.instrumentId()))) {
                    h100Futures.merge(t.buyAccount(), t.quantity(), Long::sum);
                    h100Futures.merge(t.sellAccount(), -t.quantity(), Long::sum);
                } else if (event instanceof MarginCalled call) {
                    calls.add(call);
                    lotsAtCall.add(h100Futures.getOrDefault(call.account(), 0L));
                }
            }

            @Override
            public void onStep(AgentContext context) {
            }
        });
        SessionReport report = reporter.report(session.run());
        return new Run(config, report, calls, lotsAtCall, session.engine().clearingFaults());
    }

    private static boolean isH100Future(ContractSpec spec) {
        return spec.kind() == ContractKind.FUTURE && spec.product().code().equals("H100");
    }

    @Test
    void the_squeeze_lifts_every_h100_index_and_front_future_above_the_calm_run() {
        for (IndexReport index : squeeze.report().indices()) {
            if (index.product().equals("H100")) {
                assertThat(last(index.fixings())).as("index %s", index.hub())
                        .isGreaterThan(last(calmIndex(index.hub()).fixings()).multiply(LIFT));
            }
        }
        for (ContractReport future : squeeze.report().contracts()) {
            if (future.product().equals("H100") && future.kind().equals("FUTURE") && !future.green()
                    && future.symbol().endsWith("2027M02")) {
                assertThat(last(future.settlements())).as(future.symbol())
                        .isGreaterThan(last(calmContract(future.symbol()).settlements()).multiply(LIFT));
            }
        }
    }

    @Test
    void margin_calls_follow_the_squeeze_and_fall_on_the_short_side() {
        long shock = config().shocks().get(0).at().toInstant(ZoneOffset.ofHours(8)).toEpochMilli();
        assertThat(squeeze.calls()).isNotEmpty();
        assertThat(squeeze.report().totals().marginCalls()).isEqualTo(squeeze.calls().size());
        assertThat(squeeze.calls()).allSatisfy(call -> assertThat(call.timestamp()).isGreaterThan(shock));
        assertThat(squeeze.shortLotsAtCall()).as("net H100 futures lots of each account called")
                .allSatisfy(lots -> assertThat(lots).isNegative());
        assertThat(calm.calls()).as("the same session without the jump").isEmpty();
        assertThat(squeeze.report().pnl().byAgentType()).filteredOn(type -> type.type().equals("Compute providers"))
                .singleElement().satisfies(providers -> {
                    assertThat(providers.marginCalls()).as("the providers, short forward on thin cash")
                            .isEqualTo(squeeze.calls().size());
                    assertThat(providers.total()).isNegative();
                });
        assertThat(squeeze.clearingFaults()).as("defaults liquidated without a clearing fault").isZero();
        System.out.printf("squeeze seed %d: %d margin calls, %d defaults; first at %s%n", SEED, squeeze.calls().size(),
                squeeze.report().totals().defaults(), LocalDateTime.ofEpochSecond(squeeze.calls().get(0).timestamp() / 1000,
                        0, ZoneOffset.ofHours(8)));
    }

    private static SessionConfig config() {
        return squeeze.config();
    }

    private static IndexReport calmIndex(String hub) {
        return calm.report().indices().stream().filter(i -> i.product().equals("H100") && i.hub().equals(hub))
                .findFirst().orElseThrow();
    }

    private static ContractReport calmContract(String symbol) {
        return calm.report().contracts().stream().filter(c -> c.symbol().equals(symbol)).findFirst().orElseThrow();
    }

    private static BigDecimal last(List<Fixing> fixings) {
        return fixings.get(fixings.size() - 1).price();
    }
}
