package com.suanli.desk.ui.calculator;

import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.listing.Hub;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The contract a cover calculator's Buy writes on the exchange, as its form says it; who holds it, who
 * insures it and the premium are the buyer's to add.
 *
 * @param termDays an outage cover's days from the day it is bought; 0 for a cap, whose days are given
 * @param firstDay a cap's first covered day; null for an outage cover
 * @param lastDay a cap's last covered day; null for an outage cover
 * @param units GPUs covered (outage cover) or GPU-hours a day (cap)
 * @param strikeCny a cap's strike, CNY per GPU-hour; null for an outage cover
 * @param limitFen the most the policy pays in all
 */
record CoverOrder(PolicyKind kind, String productCode, Hub hub, int termDays, LocalDate firstDay, LocalDate lastDay,
                  long units, BigDecimal strikeCny, long limitFen) {

    CoverOrder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(hub, "hub");
        boolean cap = kind == PolicyKind.PRICE_SPIKE_CAP;
        if (cap != (firstDay != null && lastDay != null && strikeCny != null) || cap == (termDays > 0)) {
            throw new IllegalArgumentException("kind: a cap has its days and strike, an outage cover a term in days");
        }
        if (units <= 0 || limitFen <= 0) {
            throw new IllegalArgumentException("units, limitFen: must be positive, were " + units + ", " + limitFen);
        }
    }

    static CoverOrder outage(String productCode, Hub hub, int termDays, long gpus, long limitFen) {
        return new CoverOrder(PolicyKind.OUTAGE_COVER, productCode, hub, termDays, null, null, gpus, null, limitFen);
    }

    static CoverOrder cap(String productCode, Hub hub, LocalDate firstDay, LocalDate lastDay, long gpuHoursPerDay,
                          BigDecimal strikeCny, long limitFen) {
        return new CoverOrder(PolicyKind.PRICE_SPIKE_CAP, productCode, hub, 0, firstDay, lastDay, gpuHoursPerDay,
                strikeCny, limitFen);
    }
}
