package com.suanli.sessions.report;

import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.realism.ExpiryConvergence;
import com.suanli.sessions.run.HeadlessSession;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The bundled expiry week: the last trading week of the February futures (H100 cash-settled,
 * CPUX86 physically delivered, at YRD and NM), then on through February into their expiry. The
 * physical futures expire the day after their last trading day at their last settlement and turn
 * into deliveries, metered day by day and failing where an outage leaves the hub short; the cash
 * ones expire on 1 March at the average of February's index, and their last settlement had foretold it.
 */
class ExpiryWeekTest {

    private static final long SEED = 3;
    /** The index average is rounded to the tick once. */
    private static final double HALF_TICK = 0.005;
    /**
     * At the last trading day the month's average is still to come: with H100's 60% a year, a half-month
     * horizon has a standard deviation of about 7% / sqrt(3) = 4%; three of them.
     */
    private static final double MAX_FORECAST_ERROR_BPS = 1_200;

    private static final long CPUX86_CONTRACT_UNITS = 10_000;
    /** The session's delivery terms: a failed unit costs the provider half its value. */
    private static final double PENALTY_SHARE = 0.5;
    /** The February CPUX86 futures' final prices lie between NM's and YRD's (CNY a core-hour). */
    private static final double LOWEST_CPUX86_PRICE = 0.08;
    private static final double HIGHEST_CPUX86_PRICE = 0.13;
    /** Each obligation's penalty is rounded down to the fen. */
    private static final double FEN = 0.01;

    private static SessionReport report;
    private static List<ExpiryConvergence> expiries;

    @BeforeAll
    static void runTheExpiryWeek() {
        HeadlessSession session = new HeadlessSession(SessionConfigJson.readBundled("expiry-week"), SEED,
                MonitoringFeed.NONE);
        SessionReporter reporter = new SessionReporter(session.session());
        session.session().observe(reporter);
        report = reporter.report(session.run());
        expiries = ExpiryConvergence.of(report);
        expiries.forEach(e -> System.out.printf("%s last settlement %s final %s (%s) index average %s error %.0f bp%n",
                e.symbol(), e.lastSettlement(), e.finalPrice(), e.method(), e.indexAverage(), e.lastSettlementErrorBps()));
    }

    @Test
    void cash_futures_converge_to_the_index_their_final_price_is_februarys_average() {
        List<ExpiryConvergence> cash = expiries.stream().filter(e -> e.method().equals("INDEX_MONTH_AVERAGE")).toList();
        assertThat(cash).extracting(ExpiryConvergence::symbol)
                .contains("H100-YRD-2027M02", "H100-NM-2027M02");
        assertThat(cash).allSatisfy(e -> {
            assertThat(e.finalPrice().doubleValue()).as(e.symbol())
                    .isCloseTo(e.indexAverage().orElseThrow().doubleValue(), within(HALF_TICK));
            assertThat(Math.abs(e.lastSettlementErrorBps())).as(e.symbol()).isLessThan(MAX_FORECAST_ERROR_BPS);
        });
    }

    @Test
    void deliveries_are_metered_day_by_day_and_fail_where_an_outage_leaves_the_hub_short() {
        SessionReport.DeliveryReport deliveries = report.deliveries();
        long metered = deliveries.deliveredUnits() + deliveries.failedUnits();
        assertThat(metered).as("February's obligations delivered, March's only scheduled on the last day")
                .isPositive().isLessThan(deliveries.units());
        assertThat(deliveries.failedUnits()).as("outages at the hot CPUX86 hubs").isPositive()
                .isLessThan(deliveries.deliveredUnits());
        double halfValueLow = deliveries.failedUnits() * PENALTY_SHARE * LOWEST_CPUX86_PRICE;
        double halfValueHigh = deliveries.failedUnits() * PENALTY_SHARE * HIGHEST_CPUX86_PRICE;
        assertThat(deliveries.penalties().doubleValue()).isBetween(halfValueLow - deliveries.obligations() * FEN,
                halfValueHigh);
        BigDecimal penalties = report.pnl().user().orElseThrow().pnl().penalties();
        for (SessionReport.Pnl type : report.pnl().byAgentType()) {
            penalties = penalties.add(type.penalties());
        }
        assertThat(penalties).as("penalties pass from provider to consumer").isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(report.pnl().byAgentType()).anySatisfy(type -> assertThat(type.penalties()).isNegative());
    }

    @Test
    void physical_futures_expire_at_their_last_settlement_and_turn_into_deliveries() {
        List<ExpiryConvergence> physical = expiries.stream().filter(e -> e.method().equals("LAST_SETTLEMENT")).toList();
        assertThat(physical).extracting(ExpiryConvergence::symbol).contains("CPUX86-YRD-2027M02", "CPUX86-NM-2027M02");
        assertThat(physical).allSatisfy(e -> assertThat(e.finalPrice()).isEqualByComparingTo(e.lastSettlement()));
        assertThat(report.deliveries().obligations()).isPositive();
        assertThat(report.deliveries().units() % CPUX86_CONTRACT_UNITS).as("whole lots of capacity").isZero();
        assertThat(report.totals().refused()).as("every expiry and delivery report accepted").isZero();
    }
}
