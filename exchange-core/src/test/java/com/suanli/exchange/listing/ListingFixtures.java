package com.suanli.exchange.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Products, terms and contracts the listing tests share. */
final class ListingFixtures {

    static final ComputeProduct H100 = ComputeProduct.of("H100", "NVIDIA H100 SXM 80GB", ProductClass.GPU,
            new Ratings(989, 1979, 34, 80, 3.35, 0, 0.7));
    static final ComputeProduct CPU_X86 = ComputeProduct.of("CPUX86", "x86 core-hour", ProductClass.CPU,
            new Ratings(0, 0, 0.05, 4, 0.005, 9.4, 0.004));

    static final LocalDate LISTING_DAY = LocalDate.of(2026, 12, 1);
    static final YearMonth FIRST_MONTH = YearMonth.of(2027, 1);

    private ListingFixtures() {
    }

    static ListingTerms h100Terms() {
        return new ListingTerms(H100, 1000, new BigDecimal("0.01"), 1, 500, 1000, -150, Settlement.CASH,
                Map.of(Hub.YRD, new BigDecimal("21.50"), Hub.GZ, new BigDecimal("16.80")));
    }

    static ListingTerms cpuTerms() {
        return new ListingTerms(CPU_X86, 10_000, new BigDecimal("0.001"), 1, 1000, 800, -20, Settlement.PHYSICAL,
                Map.of(Hub.NM, new BigDecimal("0.085")));
    }

    static ListingStrip strip() {
        return new ListingStrip(LISTING_DAY, FIRST_MONTH, 12, 400, List.of(Hub.YRD, Hub.NM, Hub.GZ),
                List.of(h100Terms(), cpuTerms()));
    }

    /** H100 in YRD for March 2027, reference 20.00. */
    static ContractSpec h100March() {
        YearMonth march = YearMonth.of(2027, 3);
        return new ContractSpec(7, "H100-YRD-2027M03", H100, Hub.YRD, false, ContractKind.FUTURE, march,
                Settlement.CASH, 1000, new BigDecimal("0.01"), 1, 500, 1000, 2000, LISTING_DAY,
                LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 31));
    }
}
