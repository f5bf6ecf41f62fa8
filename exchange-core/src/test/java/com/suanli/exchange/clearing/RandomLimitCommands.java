package com.suanli.exchange.clearing;

import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.RegisterCapacity;
import com.suanli.exchange.engine.command.SetAccountLimits;
import com.suanli.exchange.engine.command.SetCreditLimit;
import com.suanli.exchange.listing.Hub;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Limit commands for a seeded run: account limits that bind the run's orders now and then (each
 * field often none, all lifted now and then), firm credit limits of a few lots' margin, the
 * provider's capacity for the next delivery days, and hostile fields among them, which must be
 * refused whole.
 */
final class RandomLimitCommands {
    private static final long[] EDGES = {-1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 41};

    private final SplittableRandom random;
    private final long provider;

    RandomLimitCommands(SplittableRandom random, long provider) {
        this.random = random;
        this.provider = provider;
    }

    Command next(long time, long account, long firm) {
        int kind = random.nextInt(12);
        if (kind < 2) {
            return new SetAccountLimits(time, account, 0, 0, 0, 0, 0);
        } else if (kind < 6) {
            return new SetAccountLimits(time, account, sometimes(3, 8), sometimes(6, 30), sometimes(15, 80),
                    sometimes(3, 10), sometimes(15, 80));
        } else if (kind < 9) {
            return new SetCreditLimit(time, firm, sometimes(1_000_000, 8_000_000));
        } else if (kind < 11) {
            LocalDate day = Instant.ofEpochMilli(time).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()
                    .plusDays(1 + random.nextInt(2));
            return new RegisterCapacity(time, provider, "H100", Hub.YRD, day, random.nextLong(30_000));
        }
        long edge = EDGES[random.nextInt(EDGES.length)];
        return switch (random.nextInt(4)) {
            case 0 -> new SetAccountLimits(time, account, edge, 0, 0, 0, 0);
            case 1 -> new SetAccountLimits(time, account, 0, 0, 0, 0, edge);
            case 2 -> new SetCreditLimit(time, random.nextBoolean() ? firm : edge, edge);
            default -> new RegisterCapacity(time, random.nextBoolean() ? provider : account, "H100",
                    random.nextBoolean() ? Hub.YRD : Hub.NX, LocalDate.of(2027, 1, 1), edge);
        };
    }

    /** No limit half the time, else a value from {@code low} to {@code high}. */
    private long sometimes(long low, long high) {
        return random.nextBoolean() ? 0 : random.nextLong(low, high + 1);
    }
}
