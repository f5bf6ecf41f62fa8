package com.suanli.desk.ui.calculator;

import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.listing.Hub;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One of the user's policies as the exchange holds it: its terms, what it cost and has paid (fen), and whether
 * it still covers.
 *
 * @param trigger an outage cover's deductible in minutes, a cap's strike in ticks
 */
public record PolicyRow(long policyId, long holderAccount, PolicyKind kind, String productCode, Hub hub,
                        LocalDate firstDay, LocalDate lastDay, long units, long trigger, long limitFen, long premiumFen,
                        long paidFen, boolean live) {

    public PolicyRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
    }

    PolicyRow paid(long paidToDate) {
        return new PolicyRow(policyId, holderAccount, kind, productCode, hub, firstDay, lastDay, units, trigger, limitFen,
                premiumFen, paidToDate, live);
    }

    PolicyRow expired(long paidInAll) {
        return new PolicyRow(policyId, holderAccount, kind, productCode, hub, firstDay, lastDay, units, trigger, limitFen,
                premiumFen, paidInAll, false);
    }
}
