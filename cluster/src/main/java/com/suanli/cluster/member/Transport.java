package com.suanli.cluster.member;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * How a member's traffic moves: the largest UDP frame on its log, ingress and egress channels, and how long its
 * idle agents (driver, archive, consensus module, service) park at most between looks for work.
 *
 * @param mtu the channels' frame size in bytes: Aeron's 1,408 fits an Ethernet frame; on loopback or jumbo frames
 *        a larger one cuts the frames (and system calls) a batch of commands takes on every hop
 * @param idlePark an idle agent's longest park: shorter answers sooner, longer leaves the cores to the agents that
 *        have work (every member has four, and busy spinning is no option with several JVMs on two cores)
 */
public record Transport(int mtu, Duration idlePark) {

    /** The channels' term length: 4 MB instead of Aeron's 64 MB keeps members small. */
    private static final String TERM = "term-length=4m";
    /** Aeron's largest frame: 64 KB less the IP and UDP headers, a multiple of 32. */
    private static final int MAX_MTU = 65_504;

    /**
     * 8 KB frames (a batch of 1,024 commands in 3-10 frames instead of 15-60; across machines without jumbo
     * frames they travel as IP fragments: 1,408 keeps to one Ethernet frame) and 250 µs parks: three idle members
     * took 0.65 of a core at 100 µs, 0.5 at 250 µs, 0.3 at 1 ms, and Aeron's 1 ms costs milliseconds a round trip
     * (docs/BENCHMARKS.md, "Aeron Cluster").
     */
    public static final Transport DEFAULT = new Transport(8_192, Duration.ofNanos(250_000));

    public Transport {
        if (mtu < 1_024 || mtu > MAX_MTU || mtu % 32 != 0) {
            throw new IllegalArgumentException("--mtu: " + mtu + " must be a multiple of 32 from 1024 to " + MAX_MTU);
        }
        Objects.requireNonNull(idlePark, "--idle-park-us");
        if (idlePark.toNanos() < 1_000 || idlePark.toMillis() > 10) {
            throw new IllegalArgumentException("--idle-park-us: " + idlePark.toNanos() / 1_000
                    + " µs must be from 1 to 10,000");
        }
    }

    /** A UDP channel with this frame and the small term; {@code endpoint} null for none. */
    public String channel(String endpoint) {
        return "aeron:udp?" + (endpoint == null ? "" : "endpoint=" + endpoint + "|") + TERM + "|mtu=" + mtu;
    }

    /** Spins a little, yields a little, then parks from 1 µs doubling up to {@link #idlePark}. */
    public Supplier<IdleStrategy> idle() {
        long park = idlePark.toNanos();
        return () -> new BackoffIdleStrategy(10, 20, 1_000, park);
    }
}
