package com.suanli.sessions.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.CashMoved;
import com.suanli.exchange.engine.event.CashReason;
import com.suanli.exchange.engine.event.DeliveryChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.agent.AgentContext;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The expiry week with its providers failing on their own (four capacity cuts a month of half their
 * capacity, and 5% of what they owe every day) against the same week and seed without: more of the
 * February CPUX86 deliveries fail, the providers pay the penalties of their own failures to the consumers
 * through clearing, and cash is conserved over the whole session.
 */
class ProviderFailuresSessionTest {

    private static final long SEED = 3;
    private static final String FAILURES = ", \"failures\": {\"capacityCutsPerMonth\": 4, \"capacityCutShare\": 0.5,"
            + " \"ownFailureShare\": 0.05}";

    private record Run(HeadlessSession session, SessionSummary summary, List<ExchangeEvent> events) {
    }

    private static Run calm;
    private static Run failing;

    @BeforeAll
    static void runTheWeekTwice() throws Exception {
        String text;
        try (InputStream in = SessionConfigJson.class.getResourceAsStream("expiry-week.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String providers = "\"lotsPerDay\": 5, \"urgencyBps\": 60, \"monthsAhead\": 1}";
        String changed = text.replaceFirst("(\"providers\": \\{[^}]*)" + providers,
                "$1" + providers.replace("}", FAILURES + "}"));
        assertThat(changed).as("the providers' failures written in").isNotEqualTo(text)
                .contains(providers.replace("}", FAILURES + "}"));
        calm = run(SessionConfigJson.readBundled("expiry-week"));
        failing = run(SessionConfigJson.read(changed, "failing-providers.json"));
    }

    private static Run run(SessionConfig config) {
        HeadlessSession session = new HeadlessSession(config, SEED, MonitoringFeed.NONE);
        List<ExchangeEvent> events = new ArrayList<>();
        session.session().observe(new SessionObserver() {
            @Override
            public void onEvent(ExchangeEvent event) {
                if (event instanceof DeliveryChanged || event instanceof CashMoved) {
                    events.add(event);
                }
            }

            @Override
            public void onStep(AgentContext context) {
            }
        });
        return new Run(session, session.run(), events);
    }

    private static long failedUnits(Run run, Set<Long> providers) {
        Map<Long, DeliveryChanged> last = new HashMap<>();
        run.events().stream().filter(DeliveryChanged.class::isInstance).map(DeliveryChanged.class::cast)
                .filter(d -> providers.contains(d.providerAccount())).forEach(d -> last.put(d.deliveryId(), d));
        return last.values().stream().mapToLong(DeliveryChanged::failedUnits).sum();
    }

    private static long penaltiesPaidBy(Run run, Set<Long> accounts) {
        return run.events().stream().filter(CashMoved.class::isInstance).map(CashMoved.class::cast)
                .filter(c -> c.reason() == CashReason.PENALTY && accounts.contains(c.debitAccount()))
                .mapToLong(CashMoved::amount).sum();
    }

    private static Set<Long> providers(Run run) {
        return run.session().session().roster().agents().stream().filter(a -> a.kind() == AccountKind.COMPUTE_PROVIDER)
                .map(Agent::account).collect(Collectors.toSet());
    }

    @Test
    void the_providers_fail_more_of_what_they_owe_and_pay_its_penalties_to_the_consumers() {
        Set<Long> providers = providers(failing);
        assertThat(failedUnits(failing, providers)).as("the providers' failed units")
                .isGreaterThan(failedUnits(calm, providers(calm)));
        assertThat(penaltiesPaidBy(failing, providers)).as("penalties the providers paid")
                .isGreaterThan(penaltiesPaidBy(calm, providers(calm)));
        assertThat(failing.events()).filteredOn(CashMoved.class::isInstance).map(e -> (CashMoved) e)
                .filteredOn(c -> c.reason() == CashReason.PENALTY).as("every penalty from one account to another")
                .allSatisfy(c -> assertThat(c.debitAccount()).isNotEqualTo(c.creditAccount()));
        assertThat(failing.summary().rejected()).as("every delivery report accepted").isZero();
    }

    @Test
    void cash_is_conserved_over_the_session_with_the_providers_failing() {
        Engine engine = failing.session().engine();
        List<Long> accounts = new ArrayList<>(LongStream.rangeClosed(ClearingSetup.FEE_ACCOUNT,
                ClearingSetup.SETTLEMENT_ACCOUNT).boxed().toList());
        failing.session().session().roster().agents().forEach(agent -> accounts.add(agent.account()));
        failing.session().session().config().user().ifPresent(user -> accounts.add(user.account()));
        assertThat(engine.clearingFaults()).isZero();
        assertThat(accounts.stream().mapToLong(engine::cash).sum()).as("all cash").isEqualTo(engine.netDeposits());
        assertThat(engine.cash(ClearingSetup.SETTLEMENT_ACCOUNT)).isZero();
        assertThat(failing.summary().eventStreamHash()).as("another stream than the calm providers'")
                .isNotEqualTo(calm.summary().eventStreamHash());
    }
}
