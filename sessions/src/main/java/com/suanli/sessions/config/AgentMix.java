package com.suanli.sessions.config;

import java.util.Objects;

/** The agent groups of a session; a group left out of the file has no agents. */
public record AgentMix(MarketMakerSettings marketMakers, HedgerSettings consumers, HedgerSettings providers,
                       TraderSettings noise, TraderSettings value, TraderSettings momentum,
                       TraderSettings hubArbitrage, TraderSettings calendarArbitrage) {

    public AgentMix {
        Objects.requireNonNull(marketMakers, "marketMakers: must not be null");
        Objects.requireNonNull(consumers, "consumers: must not be null");
        Objects.requireNonNull(providers, "providers: must not be null");
        Objects.requireNonNull(noise, "noise: must not be null");
        Objects.requireNonNull(value, "value: must not be null");
        Objects.requireNonNull(momentum, "momentum: must not be null");
        Objects.requireNonNull(hubArbitrage, "hubArbitrage: must not be null");
        Objects.requireNonNull(calendarArbitrage, "calendarArbitrage: must not be null");
    }

    /** Agents in all groups. */
    public int agentCount() {
        return marketMakers.group().count() + consumers.group().count() + providers.group().count()
                + noise.group().count() + value.group().count() + momentum.group().count()
                + hubArbitrage.group().count() + calendarArbitrage.group().count();
    }
}
