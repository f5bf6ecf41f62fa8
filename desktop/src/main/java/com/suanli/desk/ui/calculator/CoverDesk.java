package com.suanli.desk.ui.calculator;

import java.util.Objects;

/** What lets the cover calculators buy: the buyer for the signed-in user, and the user's policies to show. */
public record CoverDesk(CoverBuyer buyer, PolicyBook policies) {

    public CoverDesk {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(policies, "policies");
    }
}
