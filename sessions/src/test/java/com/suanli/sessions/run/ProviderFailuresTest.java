package com.suanli.sessions.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.suanli.sessions.config.DeliveryFailures;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A provider's own failures alone: its steady share every day, its cuts at the configured rate, one draw a day. */
class ProviderFailuresTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 1);
    /** Providers and days drawn for the cut frequency. */
    private static final int DRAWS = 40_000;
    private static final double STANDARD_ERRORS = 4;

    @Test
    void a_provider_that_never_fails_delivers_all_and_draws_nothing() {
        SplittableRandom random = new SplittableRandom(3);
        ProviderFailures none = new ProviderFailures(DeliveryFailures.NONE, random, account -> true);
        assertThat(none.delivering(2001, DAY)).isEqualTo(1.0);
        assertThat(random.nextLong()).as("the generator untouched").isEqualTo(new SplittableRandom(3).nextLong());
    }

    @Test
    void its_own_failure_share_is_failed_every_day() {
        ProviderFailures steady = new ProviderFailures(new DeliveryFailures(0, 0.5, 0.02), new SplittableRandom(3),
                account -> true);
        for (int day = 0; day < 30; day++) {
            assertThat(steady.delivering(2001, DAY.plusDays(day))).isEqualTo(0.98);
        }
    }

    @Test
    void it_cuts_its_capacity_on_as_many_days_as_the_rate_says_and_a_day_is_drawn_once() {
        DeliveryFailures twoAMonth = new DeliveryFailures(2, 0.4, 0.0);
        ProviderFailures providers = new ProviderFailures(twoAMonth, new SplittableRandom(5), account -> true);
        int cuts = 0;
        for (int i = 0; i < DRAWS; i++) {
            long provider = 1001 + i % 100;
            LocalDate day = DAY.plusDays(i / 100);
            boolean cut = providers.cuts(provider, day);
            assertThat(providers.cuts(provider, day)).as("the same day asked again").isEqualTo(cut);
            assertThat(providers.delivering(provider, day)).isEqualTo(cut ? 0.6 : 1.0);
            cuts += cut ? 1 : 0;
        }
        double p = 1 - Math.exp(-2.0 / 21);
        double standardError = Math.sqrt(p * (1 - p) / DRAWS);
        assertThat((double) cuts / DRAWS).isCloseTo(p, within(STANDARD_ERRORS * standardError));
    }
}
