package com.suanli.desk.clearing;

import com.suanli.exchange.statement.AccountStatement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a clearing month produced.
 *
 * @param seed the seed it ran with
 * @param daily every business day's statements, in day order
 * @param netDeposits deposits less withdrawals at the end, fen: what all accounts' cash adds up to
 * @param cashInside the sum of every account's cash at the end, fen (equal to {@code netDeposits} when nothing leaked)
 * @param settlements settlement prices published
 * @param trades trades executed
 * @param refusals commands the exchange refused (margin, limits), each with its reason in the stream
 * @param eventStreamHash the hash of the whole event stream: equal for equal seeds on any machine
 */
public record MonthReport(long seed, SortedMap<LocalDate, List<AccountStatement>> daily, long netDeposits, long cashInside,
                          int settlements, long trades, long refusals, long eventStreamHash) {

    public MonthReport {
        daily = Collections.unmodifiableSortedMap(new TreeMap<>(daily));
    }

    /** The statements of the last business day: the end-of-month statements. */
    public List<AccountStatement> endOfMonth() {
        return daily.get(daily.lastKey());
    }
}
