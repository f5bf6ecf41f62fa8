package com.suanli.exchange.engine;

import com.suanli.exchange.book.SelfTradePrevention;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the engine is set up.
 *
 * @param selfTradePrevention what happens when two orders of one account group would trade
 * @param accountGroups account to self-trade group. An account not listed is a group of its own;
 *        group numbers are not account ids ({@code 5 -> 7} puts account 5 in group 7, which account
 *        7 is in only if it is listed as {@code 7 -> 7} too)
 * @param tapeCapacity how many recent trades each instrument's tape keeps for queries
 * @param maxClockStepMillis the maximum skew: how far ahead of the engine time a command's
 *        timestamp may be. A command further ahead is refused ({@code TIMESTAMP_TOO_FAR_AHEAD}),
 *        so one wrong timestamp (microseconds sent as milliseconds) cannot expire every
 *        instrument; a quiet market is carried forward by {@code TimeTick}s within this step
 */
public record EngineConfig(SelfTradePrevention selfTradePrevention, Map<Long, Long> accountGroups, int tapeCapacity,
                           long maxClockStepMillis) {

    /**
     * Fourteen days: more than the longest closure of the mainland calendar (the Spring Festival,
     * about ten days from the last session before it to the first after), so a sequencer that
     * sends no {@code TimeTick} while the market is shut is not locked out when it reopens.
     */
    public static final long DEFAULT_MAX_CLOCK_STEP_MILLIS = 14L * 24 * 60 * 60 * 1000;

    public EngineConfig {
        Objects.requireNonNull(selfTradePrevention, "selfTradePrevention");
        Objects.requireNonNull(accountGroups, "accountGroups");
        accountGroups = Collections.unmodifiableMap(new TreeMap<>(accountGroups));
        for (Map.Entry<Long, Long> e : accountGroups.entrySet()) {
            if (e.getKey() <= 0 || e.getValue() <= 0) {
                throw new IllegalArgumentException("accountGroups: accounts and groups must be > 0, was "
                        + e.getKey() + " -> " + e.getValue());
            }
        }
        if (tapeCapacity <= 0) {
            throw new IllegalArgumentException("tapeCapacity: must be > 0, was " + tapeCapacity);
        }
        if (maxClockStepMillis <= 0) {
            throw new IllegalArgumentException("maxClockStepMillis: must be > 0, was " + maxClockStepMillis);
        }
    }

    /**
     * Self-trades cancel the aggressor; every account is its own group; a tape of 1,000 trades;
     * the clock steps at most {@link #DEFAULT_MAX_CLOCK_STEP_MILLIS} at a time.
     */
    public static EngineConfig defaults() {
        return new EngineConfig(SelfTradePrevention.CANCEL_AGGRESSOR, Map.of(), 1_000, DEFAULT_MAX_CLOCK_STEP_MILLIS);
    }

    public EngineConfig withSelfTradePrevention(SelfTradePrevention mode) {
        return new EngineConfig(mode, accountGroups, tapeCapacity, maxClockStepMillis);
    }

    public EngineConfig withAccountGroups(Map<Long, Long> groups) {
        return new EngineConfig(selfTradePrevention, groups, tapeCapacity, maxClockStepMillis);
    }

    public EngineConfig withMaxClockStepMillis(long millis) {
        return new EngineConfig(selfTradePrevention, accountGroups, tapeCapacity, millis);
    }
}
