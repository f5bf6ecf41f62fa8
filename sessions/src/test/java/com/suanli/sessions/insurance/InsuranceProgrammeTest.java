package com.suanli.sessions.insurance;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.ReportOutage;
import com.suanli.exchange.engine.command.WritePolicy;
import com.suanli.exchange.engine.event.AccountKind;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.Fundamental;
import com.suanli.sessions.fundamental.HubReport;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.fundamental.OutageReport;
import com.suanli.sessions.market.SessionListing;
import com.suanli.sessions.run.AgentRoster;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the programme sends the exchange, on the outage wave's configuration. */
class InsuranceProgrammeTest {

    private static final long T = 1_799_000_000_000L;
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    /** A fitted mean is a sample mean (Poisson or negative binomial by maximum likelihood): exact but for rounding. */
    private static final double RATE_TOLERANCE = 1e-6;

    private final SessionConfig config = SessionConfigJson.readBundled("outage-wave");
    private final SessionListing listing = SessionListing.of(config);
    private final AgentRoster roster = new AgentRoster(config, listing, new SplittableRandom(1));
    private final List<OutageReport> passedOn = new ArrayList<>();
    private final InsuranceProgramme programme = new InsuranceProgramme(config, roster.agents(),
            new Fundamental(config, new SplittableRandom(2)), listing, new MonitoringFeed() {
                @Override
                public void onHubReport(HubReport report) {
                }

                @Override
                public void onOutage(OutageReport outage) {
                    passedOn.add(outage);
                }
            });

    @Test
    void a_monitored_outage_goes_to_the_exchange_with_its_expected_end_and_the_hubs_capacity() {
        OutageReport outage = new OutageReport(T, "H100", Hub.YRD, 3_600, 90);
        programme.onOutage(outage);
        List<Command> sent = new ArrayList<>();
        programme.flush(sent::add);
        assertThat(sent).containsExactly(new ReportOutage(T, "H100", Hub.YRD, T, T + 90 * 60_000, 3_600, 24_000));
        assertThat(passedOn).containsExactly(outage);
        programme.flush(sent::add);
        assertThat(sent).as("sent once").hasSize(1);
    }

    @Test
    void every_lab_buys_a_weeks_cover_at_its_hub_and_half_of_them_a_cap_and_renew_when_it_runs_out() {
        List<Command> sent = new ArrayList<>();
        programme.openAccounts(T, firm -> false, account -> false, sent::add);
        assertThat(sent).hasSize(3);
        sent.clear();
        programme.openAccounts(T, firm -> true, account -> true, sent::add);
        assertThat(sent).as("an insurer the exchange has is neither opened nor funded again").isEmpty();

        programme.atOpen(MONDAY, T, spot -> 2_150, sent::add);
        List<Long> labs = roster.agents().stream().filter(a -> a.kind() == AccountKind.COMPUTE_CONSUMER)
                .map(Agent::account).toList();
        List<WritePolicy> policies = sent.stream().map(WritePolicy.class::cast).toList();
        assertThat(policies).filteredOn(p -> p.policyKind() == PolicyKind.OUTAGE_COVER).extracting(WritePolicy::holderAccount)
                .containsExactlyElementsOf(labs);
        assertThat(policies).filteredOn(p -> p.policyKind() == PolicyKind.PRICE_SPIKE_CAP).hasSize(3)
                .allSatisfy(cap -> {
                    assertThat(cap.trigger()).as("10% above 21.50, a tick up").isEqualTo(2_365);
                    assertThat(cap.units()).isEqualTo(500 * 24);
                    assertThat(cap.limit()).isEqualTo(200_000_00L);
                });
        assertThat(policies).allSatisfy(p -> {
            assertThat(p.insurerAccount()).isEqualTo(InsuranceProgramme.INSURER_ACCOUNT);
            assertThat(p.firstDay()).isEqualTo(MONDAY);
            assertThat(p.lastDay()).isEqualTo(MONDAY.plusDays(6));
            assertThat(p.premium()).isPositive();
        });
        assertThat(policies).filteredOn(p -> p.policyKind() == PolicyKind.OUTAGE_COVER).first().satisfies(cover -> {
            assertThat(cover.units()).isEqualTo(500);
            assertThat(cover.trigger()).isEqualTo(60);
            assertThat(cover.limit()).isEqualTo(400_000_00L);
            assertThat(cover.productCode()).isEqualTo("H100");
            assertThat(cover.hub()).isEqualTo(Hub.YRD);
        });

        sent.clear();
        programme.atOpen(MONDAY.plusDays(6), T + 1, spot -> 2_150, sent::add);
        assertThat(sent).as("still covered on the last day").isEmpty();
        programme.atOpen(MONDAY.plusDays(7), T + 2, spot -> 2_150, sent::add);
        assertThat(sent).as("renewed").hasSize(9);
    }

    @Test
    void the_frequency_fit_moves_with_the_stored_outages_recalled_from_before_the_session() {
        LocalDate today = config.startDate();
        double declared = 45 / 30.0;
        assertThat(programme.frequency("H100", Hub.YRD, today).mean()).as("no history: the declared rate")
                .isCloseTo(declared, within(RATE_TOLERANCE));

        // Ten days of stored monitoring before the session: an outage a day on days 1, 3 and 7 at YRD, none at GBA.
        LocalDate since = today.minusDays(10);
        List<OutageReport> stored = List.of(outageOn(since.plusDays(1)), outageOn(since.plusDays(3)),
                outageOn(since.plusDays(7)));
        programme.recall(stored, since);

        assertThat(programme.frequency("H100", Hub.YRD, today).mean()).as("3 outages in 10 monitored days")
                .isCloseTo(0.3, within(RATE_TOLERANCE));
        assertThat(programme.frequency("H100", Hub.GBA, today).mean()).as("GBA: no outage stored, its declared rate")
                .isCloseTo(config.products().get(0).hubs().stream().filter(h -> h.hub() == Hub.GBA).findFirst()
                        .orElseThrow().outagesPerMonth() / 30.0, within(RATE_TOLERANCE));

        programme.recall(List.of(outageOn(since.plusDays(8)), outageOn(since.plusDays(8)), outageOn(since.plusDays(9))),
                since);
        assertThat(programme.frequency("H100", Hub.YRD, today).mean()).as("three more stored: 6 in 10 days")
                .isCloseTo(0.6, within(RATE_TOLERANCE));
    }

    /** An outage of 3,600 GPUs for an hour at YRD at noon Shanghai time on {@code day}. */
    private static OutageReport outageOn(LocalDate day) {
        return new OutageReport(day.atTime(12, 0).toInstant(java.time.ZoneOffset.ofHours(8)).toEpochMilli(), "H100",
                Hub.YRD, 3_600, 60);
    }
}
