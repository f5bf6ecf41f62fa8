package com.suanli.sessions.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.report.SessionReport.InsuranceLine;
import com.suanli.sessions.report.SessionReport.InsuranceReport;
import com.suanli.sessions.run.HeadlessSession;
import com.suanli.sessions.run.InsuranceTotals;
import com.suanli.sessions.run.SessionSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's insurance section on the shipped outage wave (seed 3): by product, hub and cover it adds up
 * to the summary's totals, which the session tallies on its own; the loss ratio is claims over premiums in
 * every line; and the whole report reads back from its JSON to the same text.
 */
class InsuranceReportTest {

    private static final long SEED = 3;
    private static SessionSummary summary;
    private static SessionReport report;

    @BeforeAll
    static void runTheWave() {
        HeadlessSession session = new HeadlessSession(SessionConfigJson.readBundled("outage-wave"), SEED,
                MonitoringFeed.NONE);
        SessionReporter reporter = new SessionReporter(session.session());
        session.session().observe(reporter);
        summary = session.run();
        report = reporter.report(summary);
    }

    @Test
    void the_insurance_section_adds_up_to_the_sessions_totals_by_hub_and_cover() {
        InsuranceTotals totals = summary.insurance();
        InsuranceReport insurance = report.insurance();
        assertThat(insurance.policies()).isEqualTo(totals.policies()).isPositive();
        assertThat(insurance.premiums()).isEqualByComparingTo(cny(totals.premiumsFen()));
        assertThat(insurance.claims()).isEqualTo(totals.claims()).isPositive();
        assertThat(insurance.claimsPaid()).isEqualByComparingTo(cny(totals.claimsFen()));
        assertThat(insurance.lossRatio()).isEqualByComparingTo(totals.lossRatio());

        long caps = 0;
        Map<String, BigDecimal> claimsByHub = new TreeMap<>();
        BigDecimal premiums = BigDecimal.ZERO;
        for (InsuranceLine line : insurance.byHubAndCover()) {
            assertThat(line.cover()).isIn("OUTAGE_COVER", "PRICE_SPIKE_CAP");
            caps += line.cover().equals("PRICE_SPIKE_CAP") ? line.policies() : 0;
            premiums = premiums.add(line.premiums());
            claimsByHub.merge(line.product() + "-" + line.hub(), line.claimsPaid(), BigDecimal::add);
            assertThat(line.lossRatio()).isEqualByComparingTo(
                    line.claimsPaid().divide(line.premiums(), 4, RoundingMode.HALF_EVEN));
        }
        assertThat(caps).isEqualTo(totals.caps()).isPositive();
        assertThat(premiums).isEqualByComparingTo(insurance.premiums());
        Map<String, BigDecimal> tallied = new TreeMap<>();
        totals.claimsFenByHub().forEach((hub, fen) -> tallied.put(hub, cny(fen)));
        claimsByHub.values().removeIf(paid -> paid.signum() == 0);
        assertThat(claimsByHub).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(tallied);
        assertThat(insurance.byHubAndCover()).extracting(line -> line.product() + line.hub() + line.cover())
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void the_report_reads_back_from_its_json_to_the_same_text() {
        String json = SessionReportJson.text(report);
        assertThat(json).contains("\"insurance\"", "\"byHubAndCover\"", "\"lossRatio\"");
        assertThat(SessionReportJson.text(SessionReportReader.read(json, "wave.json"))).isEqualTo(json);
        assertThat(SessionReportReader.read(json, "wave.json").insurance()).isEqualTo(report.insurance());
    }

    @Test
    void a_report_with_a_field_missing_is_refused_at_its_path() {
        String json = SessionReportJson.text(report).replaceFirst("\"claimsPaid\"", "\"claimsPayed\"");
        assertThatThrownBy(() -> SessionReportReader.read(json, "wave.json"))
                .hasMessageContaining("wave.json").hasMessageContaining("$.insurance.claimsPaid: is required");
    }

    private static BigDecimal cny(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
