package com.suanli.cluster.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A command refused unsent because none of the members answered as leader for a while. Typed, with its figures, so
 * that a desk words it in its own language instead of showing this English message.
 */
public final class NoLeader extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String endpoints;
    private final Duration waited;

    public NoLeader(String endpoints, Duration waited) {
        super("cluster: no leader: none of the members at " + endpoints + " answered within " + waited.toSeconds()
                + " s; not sent");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.waited = Objects.requireNonNull(waited, "waited");
    }

    /** The members' client ingress endpoints the client tried ({@code 0=host:port,1=host:port,...}). */
    public String endpoints() {
        return endpoints;
    }

    /** How long no leader answered before the client refused commands. */
    public Duration waited() {
        return waited;
    }
}
