package com.suanli.cluster.client;

import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.member.Transport;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a client reaches the cluster and how much it keeps in flight.
 * @param clientId the client's identity in the exchange's duplicate suppression: a client that restarts and
 *        resends under the same id and sequences has nothing applied twice; two live clients must never share one
 * @param ingressEndpoints {@code 0=host:port,1=host:port,...}, as {@link MemberConfig#ingressEndpoints} makes
 * @param egressHost this machine's address as the members reach it: the leader sends the answers there
 * @param aeronDirectory the client's own media driver's directory, deleted at start and at close
 * @param window commands sent and not yet acknowledged, at most (below the members' memory of outcomes)
 * @param batch commands in one cluster message, at most
 * @param resendAfter how long the oldest unacknowledged command waits before everything after it is sent again
 * @param transport the frame size of its ingress and of the egress the leader sends back, and its agents' parks
 */
public record ClientConfig(long clientId, String ingressEndpoints, String egressHost, String aeronDirectory,
                           int window, int batch, Duration resendAfter, Transport transport) {

    /** The members remember 65,536 outcomes per client; a window of half that keeps every resend answerable. */
    public static final int MAX_WINDOW = 32_768;
    /**
     * A client's window by default: sixteen full messages in flight. With four (a window of 4,096) a client waited
     * on the round trip whenever the two cores were busy: 16,384 took more commands through in seven of eight runs
     * paired back to back on the loaded machine (docs/BENCHMARKS.md, "Aeron Cluster").
     */
    public static final int WINDOW = 16_384;
    /**
     * Commands a message by default: a full one (20-80 bytes a command) is 3-10
     * of the default transport's frames. Batches of 256 in Aeron's 1,408-byte frames went through at a tenth to a
     * third of the rate on the loaded two-core machine (docs/BENCHMARKS.md, "Aeron Cluster").
     */
    public static final int BATCH = 1_024;

    public ClientConfig {
        Objects.requireNonNull(ingressEndpoints, "ingress endpoints");
        Objects.requireNonNull(egressHost, "egress host");
        Objects.requireNonNull(aeronDirectory, "aeron directory");
        Objects.requireNonNull(resendAfter, "resend after");
        Objects.requireNonNull(transport, "transport");
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window: " + window + " must be 1 to " + MAX_WINDOW);
        }
        if (batch < 1 || batch > window) {
            throw new IllegalArgumentException("batch: " + batch + " must be 1 to the window, " + window);
        }
    }

    /**
     * A client of the members on {@code hosts} from {@code portBase}, reached back at {@code egressHost}, with a
     * window of 16,384, batches of 1,024 and the transport {@link Transport#between} the hosts.
     */
    public static ClientConfig of(long clientId, List<String> hosts, int portBase, String egressHost) {
        return new ClientConfig(clientId, MemberConfig.ingressEndpoints(hosts, portBase), egressHost,
                ClientDirectory.of(clientId), WINDOW, BATCH,
                Duration.ofSeconds(1), Transport.between(hosts));
    }

    /**
     * A client of the members whose client ingress endpoints are {@code members}, {@code HOST:PORT} each,
     * comma-separated, in member-id order ({@code desk gateway --cluster}); reached back at this machine's
     * address towards the first member, with a window of 16,384, batches of 1,024 and the transport
     * {@link Transport#between} the members' hosts.
     * @throws IllegalArgumentException naming {@code --cluster} when an endpoint is not {@code HOST:PORT}
     */
    public static ClientConfig ofMembers(long clientId, String members) {
        return ofMembers(clientId, members, "--cluster");
    }

    /**
     * As {@link #ofMembers(long, String)}, for a command whose option is named {@code option}
     * ({@code desk --connect}): a refusal names it.
     */
    public static ClientConfig ofMembers(long clientId, String members, String option) {
        Objects.requireNonNull(members, option);
        StringJoiner endpoints = new StringJoiner(",");
        List<String> hosts = new ArrayList<>();
        String[] each = members.split(",");
        for (int id = 0; id < each.length; id++) {
            String endpoint = each[id].trim();
            int colon = endpoint.lastIndexOf(':');
            int port = colon < 1 ? -1 : port(endpoint.substring(colon + 1));
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(option + ": '" + endpoint + "' is not HOST:PORT (a member's client"
                        + " ingress, port base + 100 x member + 2)");
            }
            endpoints.add(id + "=" + endpoint);
            hosts.add(endpoint.substring(0, colon));
        }
        String first = each[0].trim();
        return new ClientConfig(clientId, endpoints.toString(), addressTowards(first.substring(0, first.lastIndexOf(':')), option),
                ClientDirectory.of(clientId), WINDOW, BATCH,
                Duration.ofSeconds(1), Transport.between(hosts));
    }

    /**
     * An id no earlier run took: a client that starts afresh numbers its commands from 1 again, which the members
     * would take for an earlier run's commands under the same id. The clock in microseconds and a random part.
     */
    public static long freshClientId() {
        return System.currentTimeMillis() * 1_000 + ThreadLocalRandom.current().nextInt(1_000);
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** This machine's address on the way to {@code host} (no packet is sent): where the members answer. */
    private static String addressTowards(String host, String option) {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(InetAddress.getByName(host), 9);
            return socket.getLocalAddress().getHostAddress();
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot reach '" + host + "': " + e.getMessage(), e);
        }
    }

    public ClientConfig withWindow(int window, int batch) {
        return new ClientConfig(clientId, ingressEndpoints, egressHost, aeronDirectory, window, batch, resendAfter,
                transport);
    }

    public ClientConfig withTransport(Transport transport) {
        return new ClientConfig(clientId, ingressEndpoints, egressHost, aeronDirectory, window, batch, resendAfter,
                transport);
    }
}
