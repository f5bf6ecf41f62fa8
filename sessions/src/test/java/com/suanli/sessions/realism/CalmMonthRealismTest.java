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

    private static StylisedFacts facts;

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
        System.out.printf("calm month seed %d: %d one-minute returns, %.1f%% unchanged, excess kurtosis %.1f (moves %.1f), "
                        + "band %.4f%n  returns ACF %s%n  |returns| ACF %s%n", SEED, facts.returns(), 100 * facts.zeroShare(),
                facts.excessKurtosis(), facts.movesExcessKurtosis(), facts.band(),
                Arrays.toString(facts.returnAutocorrelation()), Arrays.toString(facts.absoluteAutocorrelation()));
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
    void absolute_returns_are_positively_autocorrelated_so_volatility_clusters() {
        assertThat(facts.meanAbsoluteAutocorrelation(CLUSTER_LAGS)).isGreaterThan(facts.band());
        for (int lag = 1; lag <= 3; lag++) {
            assertThat(facts.absoluteAutocorrelation()[lag - 1]).as("lag %d", lag).isGreaterThan(facts.band());
        }
    }
}
