package com.suanli.pricing.basics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An input the pricing library refuses, by code: the field (as the library names it, e.g. {@code premium}), the
 * rule it broke and the figures that broke it, so that a screen words it in its own language without reading the
 * English message, which stays the library's own words for logs and tests.
 */
public final class InputRefused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rules a user's input can break, each with the figures it carries, in order. */
    public enum Rule {
        /** The premium, the lower and the upper no-arbitrage bound. */
        OUTSIDE_NO_ARBITRAGE,
        /** The premium no volatility in the solver's range reproduces. */
        NO_IMPLIED_VOLATILITY,
        /** Strikes not positive and strictly rising: none. */
        NOT_RISING,
        /** The value, and where it was (e.g. the strike of a vol). */
        NOT_POSITIVE,
        /** The date or month asked, the curve's first and last. */
        OUTSIDE_CURVE,
        /** The underlying without a forward curve. */
        NO_CURVE,
        /** The underlying without a volatility surface. */
        NO_VOLATILITY_SURFACE,
        /** The day without a published fixing, and the underlying. */
        NO_FIXING,
        /** The product without a power rating per unit, and the products rated (a list in words). */
        NO_POWER,
        /** The hub without a grid's carbon intensity, and the hubs known (a list in words). */
        NO_GRID,
        /** The hub without an outage rate. */
        NO_OUTAGE_RATE,
        /** The currency without a rate. */
        NO_FX_RATE,
        /** The date, and the valuation date it is before. */
        BEFORE_VALUATION,
        /** No scenario at all: none. */
        NO_SCENARIO,
        /** The scenarios there are, the confidence (a fraction) and the fewest it needs. */
        TOO_FEW_SCENARIOS,
        /** The curve, the delivery month and the forward a scenario's shocks leave there, not positive or not finite. */
        SHOCKED_FORWARD,
        /**
         * The scenario (its name) under which the portfolio could not be valued: its shocks moved the market beyond
         * what a pricer takes. The library's own refusal is the cause.
         */
        SCENARIO_NOT_PRICED
    }

    private final String field;
    private final Rule rule;
    private final transient List<Object> figures;

    /**
     * @param field   the input as the library names it
     * @param message the library's English words, field first as all its refusals are
     * @param figures what {@link Rule} says it carries
     */
    public InputRefused(String field, Rule rule, String message, Object... figures) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.figures = List.copyOf(Arrays.asList(figures));
    }

    public String field() {
        return field;
    }

    public Rule rule() {
        return rule;
    }

    /** The figures the rule carries, in its order (numbers, dates, codes). */
    public List<Object> figures() {
        return figures == null ? List.of() : figures;
    }
}
