package com.suanli.cluster.member;

import java.time.Duration;
import java.util.List;
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
    /** Frames a receiver lets the sender have in flight. */
    private static final int WINDOW_FRAMES = 16;
    /** Aeron's receiver window and socket receive buffer by default. */
    private static final int DEFAULT_WINDOW = 128 * 1024;

    /**
     * 8 KB frames (a batch of 1,024 commands in 3-10 frames instead of 15-60; across machines without jumbo
     * frames they travel as IP fragments: 1,408 keeps to one Ethernet frame) and 2 ms parks: each of a member's
     * agents (driver, archive, consensus module) wakes for a few hundred messages a second at 200,000 commands/s,
     * and every wake-up polls its sockets; with 250 µs parks they took twice to three times the CPU a command
     * and the paced latency was no better on the loaded two-core machine (docs/BENCHMARKS.md, "Aeron Cluster",
     * 2026-12-04 late morning). Aeron's 1 ms costs a few milliseconds a round trip at one command at a time.
     */
    public static final Transport DEFAULT = new Transport(8_192, Duration.ofMillis(2));
    /**
     * Aeron's largest frames, for members and clients all on one machine: loopback carries 64 KB datagrams whole,
     * so a batch of 1,024 commands is one frame on each hop, and the media drivers took a third to a half of the CPU
     * a command they took with 8 KB frames (docs/BENCHMARKS.md, "Aeron Cluster", 2026-12-04 morning).
     */
    public static final Transport LOOPBACK = new Transport(MAX_MTU, DEFAULT.idlePark);

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

    /**
     * A UDP channel with this frame, the small term and a receiver window of 16 frames; {@code endpoint} null for
     * none. Aeron's window and socket buffer are 128 KB, 16 frames of 8 KB: larger frames keep as many in flight.
     */
    public String channel(String endpoint) {
        int window = Math.max(WINDOW_FRAMES * mtu, DEFAULT_WINDOW);
        return "aeron:udp?" + (endpoint == null ? "" : "endpoint=" + endpoint + "|") + TERM + "|mtu=" + mtu
                + "|rcv-wnd=" + window + "|so-rcvbuf=" + window;
    }

    /**
     * {@link #LOOPBACK} when every host is this machine's loopback ({@code localhost}, {@code 127.x.y.z},
     * {@code ::1}; names are not looked up), {@link #DEFAULT} otherwise: across machines without jumbo frames a
     * 64 KB datagram would travel as some 45 IP fragments, all lost with any one.
     */
    public static Transport between(List<String> hosts) {
        return hosts.stream().allMatch(Transport::isLoopback) ? LOOPBACK : DEFAULT;
    }

    private static boolean isLoopback(String host) {
        String name = host.trim();
        return name.equals("localhost") || name.equals("::1") || name.equals("[::1]")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** Spins a little, yields a little, then parks from 1 µs doubling up to {@link #idlePark}. */
    public Supplier<IdleStrategy> idle() {
        long park = idlePark.toNanos();
        return () -> new BackoffIdleStrategy(10, 20, 1_000, park);
    }
}
