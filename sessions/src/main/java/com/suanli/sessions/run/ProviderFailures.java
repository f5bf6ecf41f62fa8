package com.suanli.sessions.run;

import com.suanli.sessions.config.DeliveryFailures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;

/**
 * A provider's own failures to deliver ({@link DeliveryFailures}), beside its hub's shortfall: the share
 * of what it owes that it delivers on a day of metering. It fails {@code ownFailureShare} of it every day;
 * and at each day it is metered it has cut its capacity with probability {@code 1 - exp(-cutsPerMonth /
 * 21)} (a month of 21 business days of metering), failing {@code capacityCutShare} more of it that day.
 * One draw per provider and day, however many obligations it has, from the session's own generator,
 * drawn in the order the metering asks (obligations in id order), so the same seed cuts the same days.
 */
final class ProviderFailures {

    private static final double BUSINESS_DAYS_A_MONTH = 21;

    private final DeliveryFailures failures;
    private final double cutChance;
    private final SplittableRandom random;
    private final LongPredicate providers;
    private final Map<Long, LocalDate> drawnOn = new HashMap<>();
    private final Map<Long, Boolean> cut = new HashMap<>();

    /** @param providers which accounts are the configured providers: another short delivers what its hub can */
    ProviderFailures(DeliveryFailures failures, SplittableRandom random, LongPredicate providers) {
        this.failures = failures;
        this.cutChance = 1.0 - Math.exp(-failures.capacityCutsPerMonth() / BUSINESS_DAYS_A_MONTH);
        this.random = random;
        this.providers = providers;
    }

    /** The share of what {@code provider} owes that it delivers on {@code day}, if its hub can serve it all. */
    double delivering(long provider, LocalDate day) {
        if (!providers.test(provider)) {
            return 1.0;
        }
        return (1.0 - failures.ownFailureShare()) * (cuts(provider, day) ? 1.0 - failures.capacityCutShare() : 1.0);
    }

    /** Whether {@code provider} has cut its capacity on {@code day}: drawn once a day. */
    boolean cuts(long provider, LocalDate day) {
        if (cutChance == 0) {
            return false;
        }
        if (!day.equals(drawnOn.get(provider))) {
            drawnOn.put(provider, day);
            cut.put(provider, random.nextDouble() < cutChance);
        }
        return cut.get(provider);
    }
}
