package com.suanli.sessions.run;

import com.suanli.exchange.clearing.ClearingSetup;
import com.suanli.exchange.engine.Engine;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.HubReport;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.fundamental.OutageReport;
import com.suanli.sessions.insurance.InsuranceProgramme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped outage wave (H100 at YRD: 45 outages a month, 15% of the hub each, ten hours on
 * average; ten business days; six AI labs, one at each hub, each buying a week's outage cover
 * and the first three a price-spike cap too): the outages reach the exchange, its clearing
 * house pays claims on the covers sold, most at the wave's hub, through the ledger, and cash is
 * conserved; the same seed gives the same event stream.
 */
class OutageWaveTest {

    private static final long SEED = 3;
    private static HeadlessSession session;
    private static SessionSummary summary;
    private static final List<OutageReport> outages = new ArrayList<>();

    @BeforeAll
    static void runTheWave() {
        session = new HeadlessSession(SessionConfigJson.readBundled("outage-wave"), SEED, new MonitoringFeed() {
            @Override
            public void onHubReport(HubReport report) {
            }

            @Override
            public void onOutage(OutageReport outage) {
                outages.add(outage);
            }
        });
        summary = session.run();
    }

    @Test
    void the_wave_produces_claims_on_the_covers_sold_paid_by_the_insurer() {
        InsuranceTotals insurance = summary.insurance();
        // Ten business days from Monday 4 January: covers from the 4th and from the 11th, six labs, three caps each time.
        assertThat(insurance.policies()).isEqualTo(18);
        assertThat(insurance.caps()).isEqualTo(6);
        assertThat(summary.rejected()).as("every policy and outage report accepted").isZero();
        long waveOutages = outages.stream().filter(o -> o.productCode().equals("H100") && o.hub().code().equals("YRD"))
                .count();
        assertThat(waveOutages).as("the wave").isGreaterThan(8);
        assertThat(insurance.claims()).isPositive();
        Map<String, Long> byHub = insurance.claimsFenByHub();
        assertThat(byHub).containsKey("H100-YRD");
        assertThat(byHub.get("H100-YRD")).as("the wave's hub is paid most")
                .isEqualTo(byHub.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(insurance.lossRatio().signum()).isPositive();
        assertThat(summary.lines()).anyMatch(line -> line.startsWith("insurance policies 18 (caps 6), premiums "))
                .anyMatch(line -> line.startsWith("claims H100-YRD "));
    }

    @Test
    void premiums_and_claims_move_cash_between_the_labs_and_the_insurer_and_nothing_is_lost() {
        Engine engine = session.engine();
        List<Long> accounts = new ArrayList<>(LongStream.rangeClosed(ClearingSetup.FEE_ACCOUNT,
                ClearingSetup.SETTLEMENT_ACCOUNT).boxed().toList());
        session.session().roster().agents().forEach(agent -> accounts.add(agent.account()));
        accounts.add(InsuranceProgramme.INSURER_ACCOUNT);
        SessionConfig config = session.session().config();
        long insurerDeposit = config.insurance().insurerCash() * 100;

        assertThat(engine.clearingFaults()).isZero();
        assertThat(accounts.stream().mapToLong(engine::cash).sum()).isEqualTo(engine.netDeposits());
        assertThat(engine.cash(InsuranceProgramme.INSURER_ACCOUNT)).isEqualTo(insurerDeposit
                + summary.insurance().premiumsFen() - summary.insurance().claimsFen());
    }

    @Test
    void the_same_seed_gives_the_same_event_stream() {
        SessionSummary again = new HeadlessSession(SessionConfigJson.readBundled("outage-wave"), SEED,
                MonitoringFeed.NONE).run();
        assertThat(again.eventStreamHash()).isEqualTo(summary.eventStreamHash());
        assertThat(again.insurance()).isEqualTo(summary.insurance());
    }
}
