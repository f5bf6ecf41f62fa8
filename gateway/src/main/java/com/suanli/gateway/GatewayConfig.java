package com.suanli.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the gateway runs (docs/FIX.md, "Session level").
 *
 * @param bindAddress the address the acceptor listens on (127.0.0.1: this machine only)
 * @param port the TCP port
 * @param senderCompId the gateway's SenderCompID (49); clients log on with any SenderCompID of their own
 * @param logonTimeout how long a connection may stay without sending a Logon before it is closed (once one came,
 *        the session's own rules hold: a refused Logon is logged out and disconnected)
 * @param messagesPerSecond the most application messages a session may send in one second
 * @param maxOpenOrders the most orders a session may have working at once
 * @param protectionTicks how far beyond the best opposite price a market or stop order may trade
 * @param keepMessages whether sent messages are kept for resend requests during the session (memory store);
 *        without, a resend request is answered with a gap fill
 * @param orderRegister the file where the sessions' orders are named, so that a restarted gateway takes back
 *        the ones still working (docs/FIX.md, "After a restart"); null: orders are forgotten at a restart
 * @param inboundQueue the most received messages a session may have waiting for its thread: beyond it the gateway
 *        stops reading that connection (TCP then holds the client back) until a quarter of them are left
 */
public record GatewayConfig(String bindAddress, int port, String senderCompId, Duration logonTimeout,
                            int messagesPerSecond, int maxOpenOrders, long protectionTicks, boolean keepMessages,
                            Path orderRegister, int inboundQueue) {

    public static final String SENDER_COMP_ID = "SUANLI";

    public GatewayConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port: must be 1 to 65535, was " + port);
        }
        if (senderCompId == null || senderCompId.isBlank()) {
            throw new IllegalArgumentException("senderCompId: must not be blank");
        }
        if (logonTimeout == null || logonTimeout.isNegative() || logonTimeout.isZero()) {
            throw new IllegalArgumentException("logonTimeout: must be positive, was " + logonTimeout);
        }
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("messagesPerSecond: must be at least 1, was " + messagesPerSecond);
        }
        if (maxOpenOrders < 1) {
            throw new IllegalArgumentException("maxOpenOrders: must be at least 1, was " + maxOpenOrders);
        }
        if (protectionTicks < 1) {
            throw new IllegalArgumentException("protectionTicks: must be at least 1, was " + protectionTicks);
        }
        if (inboundQueue < 4) {
            throw new IllegalArgumentException("inboundQueue: must be at least 4, was " + inboundQueue);
        }
    }

    /**
     * This machine only, 10 s to log on, 20,000 messages a second and 10,000 open orders a session, market
     * orders protected 100 ticks beyond the best price, messages kept for resends, 250 messages waiting at most
     * on a session: each waits parsed (some 2 KB), and 2,000 a session were 16 MB that every young collection copied
     * while the sessions' threads waited for the order desk; 250 keep a thread busy for milliseconds and cut the
     * collector's CPU an order by about two thirds (docs/BENCHMARKS.md, "FIX gateway", 2026-12-04 afternoon).
     */
    public static GatewayConfig defaults(int port) {
        return new GatewayConfig("127.0.0.1", port, SENDER_COMP_ID, Duration.ofSeconds(10), 20_000, 10_000, 100, true,
                null, 250);
    }

    public GatewayConfig withLogonTimeout(Duration timeout) {
        return new GatewayConfig(bindAddress, port, senderCompId, timeout, messagesPerSecond, maxOpenOrders,
                protectionTicks, keepMessages, orderRegister, inboundQueue);
    }

    public GatewayConfig withLimits(int messagesPerSecond, int maxOpenOrders) {
        return new GatewayConfig(bindAddress, port, senderCompId, logonTimeout, messagesPerSecond, maxOpenOrders,
                protectionTicks, keepMessages, orderRegister, inboundQueue);
    }

    public GatewayConfig withBindAddress(String address) {
        return new GatewayConfig(address, port, senderCompId, logonTimeout, messagesPerSecond, maxOpenOrders,
                protectionTicks, keepMessages, orderRegister, inboundQueue);
    }

    public GatewayConfig withKeepMessages(boolean keep) {
        return new GatewayConfig(bindAddress, port, senderCompId, logonTimeout, messagesPerSecond, maxOpenOrders,
                protectionTicks, keep, orderRegister, inboundQueue);
    }

    public GatewayConfig withOrderRegister(Path file) {
        return new GatewayConfig(bindAddress, port, senderCompId, logonTimeout, messagesPerSecond, maxOpenOrders,
                protectionTicks, keepMessages, Objects.requireNonNull(file, "orderRegister"), inboundQueue);
    }

    public GatewayConfig withInboundQueue(int messages) {
        return new GatewayConfig(bindAddress, port, senderCompId, logonTimeout, messagesPerSecond, maxOpenOrders,
                protectionTicks, keepMessages, orderRegister, messages);
    }
}
