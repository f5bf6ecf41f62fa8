package com.suanli.pricing.risk;

import java.util.List;
import java.util.Objects;

/** A named move of the market: its shocks, applied in order. No shocks is the base case. */
public record Scenario(String name, List<Shock> shocks) {

    public Scenario {
        Codes.requireCode(name, "name");
        shocks = List.copyOf(Objects.requireNonNull(shocks, "shocks"));
    }

    public static Scenario of(String name, Shock... shocks) {
        return new Scenario(name, List.of(shocks));
    }
}
