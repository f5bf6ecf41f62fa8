package com.suanli.sessions.fundamental;

import com.suanli.exchange.listing.Hub;
import com.suanli.pricing.math.RandomStream;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class FundamentalTest {

    /** Four standard errors of a sample correlation of 0.8 over the steps below. */
    private static final double CORRELATION_TOLERANCE = 4 * (1 - 0.64) / Math.sqrt(20_000);
    private static final int STEPS = 20_000;

    @Test
    void a_products_hubs_move_with_the_configured_correlation_of_their_shocks() {
        // The calm month's H100 (hub correlation 0.8) without jumps or scarcity, so the moves are the diffusion's.
        String text = calm().replace("\"scarcityElasticity\": 2.0", "\"scarcityElasticity\": 0.0")
                .replace("\"intensity\": 2.0", "\"intensity\": 0.0");
        SessionConfig config = SessionConfigJson.read(text, "no-jumps.json");
        Fundamental fundamental = new Fundamental(config, new SplittableRandom(3));
        HubFundamental east = fundamental.hub("H100", Hub.YRD).orElseThrow();
        HubFundamental west = fundamental.hub("H100", Hub.NM).orElseThrow();
        double[] eastMoves = new double[STEPS];
        double[] westMoves = new double[STEPS];
        double lastEast = Math.log(fundamental.spot(east));
        double lastWest = Math.log(fundamental.spot(west));
        for (int i = 0; i < STEPS; i++) {
            fundamental.advance(i * 300_000L, 5, MonitoringFeed.NONE);
            double e = Math.log(fundamental.spot(east));
            double w = Math.log(fundamental.spot(west));
            eastMoves[i] = e - lastEast;
            westMoves[i] = w - lastWest;
            lastEast = e;
            lastWest = w;
        }

        assertThat(new PearsonsCorrelation().correlation(eastMoves, westMoves))
                .isCloseTo(0.8, offset(CORRELATION_TOLERANCE));
    }

    @Test
    void outages_arrive_at_the_configured_rate_and_lift_the_spot_through_scarcity_while_they_last() {
        HubSetup hub = new HubSetup(Hub.NM, new BigDecimal("16.20"), 16.2, 30_000, 0.7, 30, 0.05, 6);
        ComputeMonitor monitor = new ComputeMonitor("H100", hub, RandomStream.seeded(5));
        int days = 3_000;
        double inOutage = 0;
        double calm = 0;
        int outageHours = 0;
        for (int hour = 1; hour <= days * 24; hour++) {
            monitor.advance(hour * 3_600_000L, 60, MonitoringFeed.NONE);
            double factor = monitor.scarcityFactor(2.0);
            assertThat(factor).isGreaterThanOrEqualTo(1.0);
            if (monitor.report(hour * 3_600_000L).onlineGpus() < hub.capacityGpus()) {
                inOutage += factor;
                outageHours++;
            } else {
                calm += factor;
            }
        }
        double expected = days;
        assertThat((double) monitor.outageCount()).isCloseTo(expected, offset(4 * Math.sqrt(expected)));
        assertThat(inOutage / outageHours).isGreaterThan(calm / (days * 24 - outageHours));
    }

    private static String calm() {
        try (InputStream in = SessionConfigJson.class.getResourceAsStream(SessionConfigJson.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
