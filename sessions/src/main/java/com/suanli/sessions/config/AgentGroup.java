package com.suanli.sessions.config;

/**
 * What every agent group has: how many agents, the cash each deposits at the start (CNY), how
 * often each wakes in a trading day on average, and the most lots it will hold in one contract.
 */
public record AgentGroup(int count, long cash, double wakesPerDay, long maxLots) {

    /** A group with no agents. */
    public static final AgentGroup NONE = new AgentGroup(0, 1, 1, 1);

    public AgentGroup {
        Require.between("count", count, 0, 100_000);
        Require.between("cash", cash, 1, 1_000_000_000_000L);
        Require.between("wakesPerDay", wakesPerDay, 0.001, 100_000.0);
        Require.between("maxLots", maxLots, 1, 1_000_000);
    }
}
