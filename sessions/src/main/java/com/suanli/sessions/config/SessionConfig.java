package com.suanli.sessions.config;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated session: what is listed (the products of the default catalogue named here, at their
 * hubs, with a strip of {@code months} futures from {@code firstDeliveryMonth}), how long it runs
 * ({@code days} business days from {@code startDate}), its clock, its clearing terms, how strongly
 * occupancy above its calm level lifts the spot ({@code scarcityElasticity}: the log price per unit
 * of occupancy over the base), its agents, the price shocks scheduled (a scarcity squeeze) and the
 * user's own account, if any, the insurance sold to the agents ({@link InsuranceSettings#NONE}
 * when none), and how the market's activity wanders ({@link ActivityRegime#NONE}: constant).
 */
public record SessionConfig(String name, LocalDate startDate, int days, YearMonth firstDeliveryMonth, int months,
                            SessionClock clock, ClearingTerms clearing, double scarcityElasticity,
                            List<ProductSetup> products, AgentMix agents, List<PriceShock> shocks,
                            Optional<UserAccount> user, InsuranceSettings insurance, ActivityRegime activity) {

    public SessionConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: must not be blank");
        }
        Objects.requireNonNull(startDate, "startDate: must not be null");
        Require.between("days", days, 1, 2_000);
        Objects.requireNonNull(firstDeliveryMonth, "firstDeliveryMonth: must not be null");
        Require.between("months", months, 1, 36);
        Objects.requireNonNull(clock, "clock: must not be null");
        Objects.requireNonNull(clearing, "clearing: must not be null");
        Require.between("scarcityElasticity", scarcityElasticity, 0.0, 50.0);
        products = List.copyOf(Objects.requireNonNull(products, "products: must not be null"));
        if (products.isEmpty()) {
            throw new IllegalArgumentException("products: must list at least one product");
        }
        Set<String> codes = new HashSet<>();
        for (ProductSetup product : products) {
            if (!codes.add(product.code())) {
                throw new IllegalArgumentException("products: lists " + product.code() + " twice");
            }
        }
        Objects.requireNonNull(agents, "agents: must not be null");
        shocks = List.copyOf(Objects.requireNonNull(shocks, "shocks: must not be null"));
        for (PriceShock shock : shocks) {
            if (!codes.contains(shock.productCode())) {
                throw new IllegalArgumentException("shocks: " + shock.productCode() + " is not one of the products "
                        + codes.stream().sorted().toList());
            }
        }
        Objects.requireNonNull(user, "user: must not be null");
        if (user.isPresent() && user.get().collidesWithAgents(agents.agentCount())) {
            throw new IllegalArgumentException("user.account: " + user.get().account() + " is an agent's (1001 to "
                    + (UserAccount.FIRST_AGENT_ACCOUNT + agents.agentCount() - 1) + ")");
        }
        Objects.requireNonNull(insurance, "insurance: must not be null");
        Objects.requireNonNull(activity, "activity: must not be null");
    }

    /** The same session from {@code day}: a live session's fundamental starts on the desk's today. */
    public SessionConfig startingOn(LocalDate day) {
        return new SessionConfig(name, day, days, firstDeliveryMonth, months, clock, clearing, scarcityElasticity,
                products, agents, shocks, user, insurance, activity);
    }
}
