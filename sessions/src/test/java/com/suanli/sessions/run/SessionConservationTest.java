package com.suanli.sessions.run;

import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.HubReport;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.fundamental.OutageReport;
import com.suanli.sessions.insurance.InsuranceProgramme;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calm month run headless, then asked of the engine's clearing house: nothing created, nothing lost. */
class SessionConservationTest {

    private static HeadlessSession session;
    private static SessionSummary summary;
    private static final List<HubReport> reports = new ArrayList<>();
    private static final List<OutageReport> outages = new ArrayList<>();

    @BeforeAll
    static void runTheCalmMonth() {
        session = new HeadlessSession(SessionConfigJson.readDefault(), 11, new MonitoringFeed() {
            @Override
            public void onHubReport(HubReport report) {
                reports.add(report);
            }

            @Override
            public void onOutage(OutageReport outage) {
                outages.add(outage);
            }
        });
        summary = session.run();
    }

    @Test
    void cash_is_what_was_deposited_positions_net_to_zero_and_the_agents_books_agree_with_the_house() {
        Engine engine = session.engine();
        List<Long> accounts = new ArrayList<>(LongStream.rangeClosed(ClearingSetup.FEE_ACCOUNT, ClearingSetup.SETTLEMENT_ACCOUNT)
                .boxed().toList());
        session.session().roster().agents().forEach(agent -> accounts.add(agent.account()));
        // The calm month sells insurance: its insurer holds the premiums less the claims.
        accounts.add(InsuranceProgramme.INSURER_ACCOUNT);

        assertThat(engine.clearingFaults()).isZero();
        assertThat(accounts.stream().mapToLong(engine::cash).sum()).isEqualTo(engine.netDeposits());
        assertThat(engine.netDeposits()).isEqualTo(session.session().roster().groups().stream()
                .mapToLong(g -> g.settings().cash() * 100 * g.agents().size()).sum()
                + session.session().config().insurance().insurerCash() * 100);
        assertThat(engine.cash(ClearingSetup.SETTLEMENT_ACCOUNT)).as("the settlement pass-through is empty").isZero();
        assertThat(engine.cash(ClearingSetup.FEE_ACCOUNT)).as("the exchange earned fees").isPositive();
        for (ContractSpec spec : session.session().listing().contracts()) {
            int id = spec.instrumentId();
            long net = 0;
            for (Agent agent : session.session().roster().agents()) {
                long held = engine.position(agent.account(), id).netLots();
                assertThat(agent.position(id)).as("agent %d in %s", agent.account(), spec.symbol()).isEqualTo(held);
                net += held;
            }
            assertThat(net).as("positions in %s", spec.symbol()).isZero();
        }
    }

    @Test
    void ai_labs_end_long_providers_short_and_every_contract_traded_with_the_market_makers_in_it() {
        long consumers = futuresHeld(AccountKind.COMPUTE_CONSUMER);
        long providers = futuresHeld(AccountKind.COMPUTE_PROVIDER);

        assertThat(consumers).isPositive();
        assertThat(providers).isNegative();
        assertThat(summary.trades()).isPositive();
        assertThat(summary.volumeByProduct()).containsOnlyKeys("H100", "H200");
        assertThat(summary.settlements()).as("every future settled").hasSize(
                (int) session.session().listing().contracts().stream().filter(s -> s.kind() == ContractKind.FUTURE).count());
        assertThat(summary.indices()).hasSize(6);
    }

    @Test
    void providers_reported_capacity_occupancy_and_service_every_hour_and_outages_as_they_came() {
        int hubs = 6;
        int reportsPerDay = 1 + 6;
        assertThat(reports).hasSize(hubs * reportsPerDay * summary.days());
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.onlineGpus()).isBetween(0L, r.capacityGpus());
            assertThat(r.busyGpus()).isBetween(0L, r.onlineGpus());
            assertThat(r.occupancy()).isBetween(0.0, 1.0);
            assertThat(r.serviceQuality()).isBetween(0.0, 1.0);
        });
        assertThat(outages).hasSize((int) summary.outages());
        assertThat(outages).allSatisfy(o -> assertThat(o.gpusOffline()).isPositive());
    }

    private static long futuresHeld(AccountKind kind) {
        long held = 0;
        for (Agent agent : session.session().roster().agents()) {
            if (agent.kind() == kind) {
                for (ContractSpec spec : session.session().listing().contracts()) {
                    held += agent.position(spec.instrumentId());
                }
            }
        }
        return held;
    }
}
