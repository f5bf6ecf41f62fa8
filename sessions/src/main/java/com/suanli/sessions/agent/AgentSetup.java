package com.suanli.sessions.agent;

import java.util.Objects;
import java.util.SplittableRandom;

/** How an agent is made: its account, its generator (split from the session's), its wake rate and limit. */
public record AgentSetup(long account, SplittableRandom random, double wakesPerDay, long maxLots, int maxInstrumentId) {

    public AgentSetup {
        Objects.requireNonNull(random, "random");
    }
}
