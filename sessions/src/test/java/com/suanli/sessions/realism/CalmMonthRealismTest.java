package com.suanli.sessions.realism;

import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.config.SessionConfigJson;
import com.suanli.sessions.fundamental.MonitoringFeed;
import com.suanli.sessions.run.HeadlessSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylised facts of the bundled calm month (seed 1, one-minute steps), pooled over its standard
 * contracts. The figures are in docs/SESSIONS.md, "Realism"; the calm month ends on its February
 * futures' last trading day, so their convergence to the index at expiry is the expiry week's test.
 */
class CalmMonthRealismTest {

    private static final long SEED = 1;
    private static final int MAX_LAG = 30;
    /** A normal law has 0; one-minute returns of markets have tens. */
    private static final double MIN_EXCESS_KURTOSIS = 3.0;
    /** Lags 1 to 3 may carry the mid catching up with fair value as the makers re-quote; from lag 4 on returns must look unpredictable. */
    private static final int FIRST_QUIET_LAG = 4;
    /** Of lags 4 to 30 (27), chance alone puts about 1.35 outside a 95% band; three is still chance, more is not. */
    private static final int MAX_LAGS_OUTSIDE_BAND = 3;
    /** Volatility clusters: the absolute returns' autocorrelation, averaged over lags 1 to 10, is above the 95% band of one lag. */
    private static final int CLUSTER_LAGS = 10;

    /** Volatility clusters beyond minutes: the absolute returns' autocorrelation at lags of 10 to 60 minutes. */
    private static final int FIRST_HOURS_LAG = 10;
    private static final int LAST_HOURS_LAG = 60;
    private static final int MINUTES_AN_HOUR = 60;
    /** Six hours a day: lags of one and two hours pair hours within a day. */
    private static final int HOURLY_LAGS = 2;
    /**
     * Of the lags 10 to 60 (51), the share with a positive autocorrelation of absolute returns: a coin's half
     * without clustering (the calm month without its activity regime: 20 of 51); nine in ten is not chance.
     */
    private static final double MIN_POSITIVE_SHARE = 0.9;

    private static StylisedFacts facts;
    private static StylisedFacts longFacts;
    private static StylisedFacts hourly;

    @BeforeAll
    static void runTheCalmMonth() {
        HeadlessSession session = new HeadlessSession(SessionConfigJson.readDefault(), SEED, MonitoringFeed.NONE);
        MinuteReturns returns = new MinuteReturns(session.session().listing());
        session.session().observe(returns);
        session.run();
        List<List<List<Double>>> contracts = new ArrayList<>();
        for (ContractSpec spec : session.session().listing().contracts()) {
            if (!spec.green()) {
                contracts.add(returns.segments(spec.instrumentId()));
            }
        }
        facts = StylisedFacts.of(contracts, MAX_LAG);
        longFacts = StylisedFacts.of(contracts, LAST_HOURS_LAG);
        hourly = StylisedFacts.of(contracts.stream().map(days -> MinuteReturns.aggregated(days, MINUTES_AN_HOUR))
                .toList(), HOURLY_LAGS);
        System.out.printf("calm month seed %d: %d one-minute returns, %.1f%% unchanged, excess kurtosis %.1f (moves %.1f), "
                        + "band %.4f%n  returns ACF %s%n  |returns| ACF %s%n", SEED, facts.returns(), 100 * facts.zeroShare(),
                facts.excessKurtosis(), facts.movesExcessKurtosis(), facts.band(),
                Arrays.toString(facts.returnAutocorrelation()), Arrays.toString(facts.absoluteAutocorrelation()));
        System.out.printf("  |returns| ACF lags 1-60 %s%n  mean over lags %d-%d %.4f, lags above the band %d, positive %d%n"
                        + "  hourly: %d returns, band %.4f, |returns| ACF %s, returns ACF %s%n",
                Arrays.toString(longFacts.absoluteAutocorrelation()), FIRST_HOURS_LAG, LAST_HOURS_LAG,
                meanAbsolute(longFacts, FIRST_HOURS_LAG, LAST_HOURS_LAG),
                aboveBand(longFacts, FIRST_HOURS_LAG, LAST_HOURS_LAG), positive(longFacts, FIRST_HOURS_LAG, LAST_HOURS_LAG),
                hourly.returns(), hourly.band(),
                Arrays.toString(hourly.absoluteAutocorrelation()), Arrays.toString(hourly.returnAutocorrelation()));
    }

    private static double meanAbsolute(StylisedFacts of, int firstLag, int lastLag) {
        return Arrays.stream(of.absoluteAutocorrelation(), firstLag - 1, lastLag).average().orElseThrow();
    }

    private static long positive(StylisedFacts of, int firstLag, int lastLag) {
        return Arrays.stream(of.absoluteAutocorrelation(), firstLag - 1, lastLag).filter(r -> r > 0).count();
    }

    private static long aboveBand(StylisedFacts of, int firstLag, int lastLag) {
        return Arrays.stream(of.absoluteAutocorrelation(), firstLag - 1, lastLag).filter(r -> r > of.band()).count();
    }

    @Test
    void one_minute_returns_have_heavy_tails_in_the_moves_themselves() {
        assertThat(facts.excessKurtosis()).isGreaterThan(MIN_EXCESS_KURTOSIS);
        assertThat(facts.movesExcessKurtosis()).isGreaterThan(MIN_EXCESS_KURTOSIS);
    }

    @Test
    void returns_show_no_autocorrelation_beyond_a_few_lags() {
        assertThat(facts.returnLagsOutsideBand(FIRST_QUIET_LAG)).isLessThanOrEqualTo(MAX_LAGS_OUTSIDE_BAND);
    }

    @Test
    void absolute_returns_stay_positively_autocorrelated_for_an_hour_and_from_hour_to_hour() {
        int lags = LAST_HOURS_LAG - FIRST_HOURS_LAG + 1;
        assertThat(positive(longFacts, FIRST_HOURS_LAG, LAST_HOURS_LAG)).as("lags 10-60 positive")
                .isGreaterThanOrEqualTo((long) Math.ceil(MIN_POSITIVE_SHARE * lags));
        assertThat(meanAbsolute(longFacts, FIRST_HOURS_LAG, LAST_HOURS_LAG)).isPositive();
        assertThat(hourly.absoluteAutocorrelation()[0]).as("absolute hourly returns, lag one hour")
                .isGreaterThan(hourly.band());
    }

    @Test
    void absolute_returns_are_positively_autocorrelated_so_volatility_clusters() {
        assertThat(facts.meanAbsoluteAutocorrelation(CLUSTER_LAGS)).isGreaterThan(facts.band());
        for (int lag = 1; lag <= 3; lag++) {
            assertThat(facts.absoluteAutocorrelation()[lag - 1]).as("lag %d", lag).isGreaterThan(facts.band());
        }
    }
}
