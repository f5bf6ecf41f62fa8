package com.suanli.exchange.insurance;

import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.listing.Hub;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The terms of one policy as written (see {@link com.suanli.exchange.engine.command.WritePolicy}):
 * who is covered by whom, for what, when, how much, and the premium paid. Validated here, each
 * refusal naming its field; whether the accounts exist and can pay is the desk's to check.
 *
 * @param units   GPUs covered at the hub (outage cover) or GPU-hours a day (price-spike cap)
 * @param trigger the deductible of each outage in minutes (outage cover) or the strike in ticks (cap)
 * @param limit   the most the policy pays in all, fen; held back from the insurer until it ends
 */
public record PolicyTerms(long holderAccount, long insurerAccount, PolicyKind kind, String productCode, Hub hub,
                          LocalDate firstDay, LocalDate lastDay, long units, long trigger, long limit, long premium) {

    /** The most units a policy covers (as many as a position may hold lots). */
    public static final long MAX_UNITS = 1L << 24;
    /** The longest cover period, days. */
    public static final long MAX_DAYS = 366;
    /** The largest limit or premium, fen (the clearing house's largest deposit). */
    public static final long MAX_AMOUNT = 1L << 50;
    /** The highest strike, ticks (the clearing house's highest price). */
    public static final long MAX_STRIKE = 1L << 22;

    public PolicyTerms {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (holderAccount == insurerAccount) {
            throw new IllegalArgumentException("insurerAccount: " + insurerAccount + " cannot insure itself");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay: " + lastDay + " is before firstDay " + firstDay);
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            throw new IllegalArgumentException("lastDay: a cover from " + firstDay + " to " + lastDay
                    + " is longer than " + MAX_DAYS + " days");
        }
        if (units <= 0 || units > MAX_UNITS) {
            throw new IllegalArgumentException("units: must be 1 to " + MAX_UNITS + ", was " + units);
        }
        long maxTrigger = kind == PolicyKind.OUTAGE_COVER ? days(firstDay, lastDay) * 24 * 60 : MAX_STRIKE;
        long minTrigger = kind == PolicyKind.OUTAGE_COVER ? 0 : 1;
        if (trigger < minTrigger || trigger > maxTrigger) {
            throw new IllegalArgumentException("trigger: " + (kind == PolicyKind.OUTAGE_COVER
                    ? "the deductible must be 0 to " + maxTrigger + " minutes (the cover period)"
                    : "the strike must be 1 to " + maxTrigger + " ticks") + ", was " + trigger);
        }
        if (limit <= 0 || limit > MAX_AMOUNT) {
            throw new IllegalArgumentException("limit: must be 1 to " + MAX_AMOUNT + " fen, was " + limit);
        }
        if (premium <= 0 || premium > MAX_AMOUNT) {
            throw new IllegalArgumentException("premium: must be 1 to " + MAX_AMOUNT + " fen, was " + premium);
        }
    }

    /** Days in the cover period, both ends included. */
    public long days() {
        return days(firstDay, lastDay);
    }

    private static long days(LocalDate firstDay, LocalDate lastDay) {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }
}
