package com.suanli.exchange.engine;

import com.suanli.exchange.listing.BusinessDays;
import com.suanli.exchange.listing.ContractSpec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The contract calendar in exchange time. Trading days are dates in Asia/Shanghai (China
 * Standard Time, no daylight saving): a command's epoch-millisecond timestamp falls on the
 * Shanghai date it shows there. Each instrument's trading period and expiry are turned into
 * millisecond bounds once, so the per-order check is two comparisons.
 */
final class TradingCalendar {
    static final ZoneId EXCHANGE_ZONE = BusinessDays.EXCHANGE_ZONE;

    /** The first millisecond of the first trading day. */
    final long tradingStarts;
    /** The first millisecond after the last trading day. */
    final long tradingEnds;
    /** The first millisecond after the expiry date. */
    final long expires;

    TradingCalendar(ContractSpec spec) {
        tradingStarts = startOf(spec.firstTradingDay());
        tradingEnds = startOf(spec.lastTradingDay().plusDays(1));
        expires = startOf(spec.expiry().plusDays(1));
    }

    static long startOf(LocalDate day) {
        return day.atStartOfDay(EXCHANGE_ZONE).toInstant().toEpochMilli();
    }

    static LocalDate dayOf(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(EXCHANGE_ZONE).toLocalDate();
    }
}
