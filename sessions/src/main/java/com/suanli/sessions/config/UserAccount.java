package com.suanli.sessions.config;

import com.suanli.exchange.clearing.ClearingSetup;

/**
 * The user's own account in a session: opened and funded with the agents' (in a firm of its own),
 * so the user can trade among them, and followed by the session report (its P&amp;L beside the
 * agents'). Its number must not be one of the house's (1-4, ClearingSetup's) or the agents' (from 1001).
 *
 * @param account the account number
 * @param cash CNY deposited at the start
 */
public record UserAccount(long account, long cash) {

    /** The account of the session's first agent; the roster numbers the others on from it. */
    public static final long FIRST_AGENT_ACCOUNT = 1001;
    private static final long FIRST_HOUSE_ACCOUNT = ClearingSetup.FEE_ACCOUNT;
    private static final long LAST_HOUSE_ACCOUNT = ClearingSetup.SETTLEMENT_ACCOUNT;

    public UserAccount {
        Require.between("account", account, 1, Long.MAX_VALUE / 2);
        if (account >= FIRST_HOUSE_ACCOUNT && account <= LAST_HOUSE_ACCOUNT) {
            throw new IllegalArgumentException("account: " + account + " is one of the exchange's house accounts ("
                    + FIRST_HOUSE_ACCOUNT + "-" + LAST_HOUSE_ACCOUNT + ")");
        }
        Require.between("cash", cash, 0, 1_000_000_000_000L);
    }

    /** Whether the account collides with the agents' numbers, {@code agents} of them from 1001. */
    boolean collidesWithAgents(int agents) {
        return account >= FIRST_AGENT_ACCOUNT && account < FIRST_AGENT_ACCOUNT + agents;
    }
}
