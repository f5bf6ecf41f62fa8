package com.suanli.desk.ui.risk;

import com.suanli.exchange.clearing.AccountStanding;
import com.suanli.exchange.listing.Catalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The desk as clearing holds it at one moment, for the accounts a viewer sees: each account's standing, and the
 * mark of every live futures contract (CNY per unit) to value the positions on.
 *
 * @param asOf the day the positions are valued on (exchange time)
 * @param listing the contracts, to read positions' terms
 * @param accounts the accounts seen, in the order clearing opened them
 * @param marks CNY per unit by instrument id: mid, else last trade, else reference price
 */
public record ClearedDesk(LocalDate asOf, Catalogue listing, List<AccountStanding> accounts, Map<Integer, Double> marks) {

    public ClearedDesk {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(listing, "listing");
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        marks = Map.copyOf(Objects.requireNonNull(marks, "marks"));
    }

    public OptionalDouble mark(int instrumentId) {
        Double mark = marks.get(instrumentId);
        return mark == null ? OptionalDouble.empty() : OptionalDouble.of(mark);
    }
}
