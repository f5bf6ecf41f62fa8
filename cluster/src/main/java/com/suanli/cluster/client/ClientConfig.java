package com.suanli.cluster.client;

import com.suanli.cluster.member.MemberConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

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
 */
public record ClientConfig(long clientId, String ingressEndpoints, String egressHost, String aeronDirectory,
                           int window, int batch, Duration resendAfter) {

    /** The members remember 8,192 outcomes per client; a window below that keeps every resend answerable. */
    public static final int MAX_WINDOW = 4_096;

    public ClientConfig {
        Objects.requireNonNull(ingressEndpoints, "ingress endpoints");
        Objects.requireNonNull(egressHost, "egress host");
        Objects.requireNonNull(aeronDirectory, "aeron directory");
        Objects.requireNonNull(resendAfter, "resend after");
        if (window < 1 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("window: " + window + " must be 1 to " + MAX_WINDOW);
        }
        if (batch < 1 || batch > window) {
            throw new IllegalArgumentException("batch: " + batch + " must be 1 to the window, " + window);
        }
    }

    /**
     * A client of the members on {@code hosts} from {@code portBase}, reached back at {@code egressHost}, with a
     * window of 4,096 and batches of 256.
     */
    public static ClientConfig of(long clientId, List<String> hosts, int portBase, String egressHost) {
        return new ClientConfig(clientId, MemberConfig.ingressEndpoints(hosts, portBase), egressHost,
                "/dev/shm/suanli-client-" + clientId + "-" + ProcessHandle.current().pid(), MAX_WINDOW, 256,
                Duration.ofSeconds(1));
    }

    public ClientConfig withWindow(int window, int batch) {
        return new ClientConfig(clientId, ingressEndpoints, egressHost, aeronDirectory, window, batch, resendAfter);
    }
}
