package com.suanli.cluster.service;

import com.suanli.cluster.protocol.Messages;
import com.suanli.cluster.protocol.Outcome;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each client's last applied sequence and the outcomes of its last {@value #RECENT} commands: a command
 * sent again after a failover is not applied again but answered with the outcome its first application
 * made. Part of the replicated state (every member holds the same, and it is in the snapshot), so a new
 * leader answers a resend exactly as the old one would have. Clients keep fewer than {@value #RECENT}
 * commands unacknowledged ({@code ClusterExchangeClient}'s window), so every resend is still remembered.
 * A client's memory starts small and doubles as its sequence passes it, so the many short-lived clients
 * (each desk or gateway run takes a fresh id) do not hold the full memory each.
 */
final class ClientSequences {

    /** Outcomes remembered per client; a power of two, twice the largest client window. */
    static final int RECENT = 65_536;
    /** A new client's memory; a power of two. */
    private static final int FIRST_MEMORY = 1_024;

    /**
     * One client's sequence and its recent outcomes, indexed by sequence modulo the memory's length, field by field
     * in arrays: an outcome object a command, each living for 65,536 commands, made the collector copy and mark
     * megabytes of them (docs/BENCHMARKS.md, "Aeron Cluster", 2026-12-04 late morning).
     */
    static final class Client {
        private long lastApplied;
        private long[] sequences = new long[FIRST_MEMORY];
        private long[] timestamps = new long[FIRST_MEMORY];
        private long[] lastEvents = new long[FIRST_MEMORY];
        /**
         * A refusal's text in its two parts ({@link Messages#writeOutcome}): the engine's code and message kept as
         * it gave them, not joined into a string a refusal (nearly a third of the load's commands).
         */
        private String[] reasons = new String[FIRST_MEMORY];
        private String[] details = new String[FIRST_MEMORY];

        long lastApplied() {
            return lastApplied;
        }

        /** The outcome of an applied command still remembered; null once it is older than the last {@value #RECENT}. */
        Outcome outcome(long sequence) {
            int at = (int) (sequence & (sequences.length - 1));
            return sequence > 0 && sequences[at] == sequence ? new Outcome(sequence, timestamps[at], lastEvents[at],
                    reasons[at] == null ? null : Messages.rejectionText(reasons[at], details[at])) : null;
        }

        /** Adds the outcome of an applied command to {@code reply} while it is remembered; nothing once it is not. */
        void answer(long sequence, OutcomeReply reply) {
            int at = (int) (sequence & (sequences.length - 1));
            if (sequence > 0 && sequences[at] == sequence) {
                reply.add(sequence, timestamps[at], lastEvents[at], reasons[at], details[at]);
            }
        }

        /**
         * Remembers the outcome of command {@code sequence}, now the last applied.
         * @param reason the refusal's reason ({@link Messages#writeOutcome}), null when accepted
         * @param detail what follows the reason, null when nothing does
         */
        void applied(long sequence, long timestamp, long lastEvent, String reason, String detail) {
            lastApplied = sequence;
            while (lastApplied >= sequences.length && sequences.length < RECENT) {
                grow();
            }
            int at = (int) (lastApplied & (sequences.length - 1));
            sequences[at] = sequence;
            timestamps[at] = timestamp;
            lastEvents[at] = lastEvent;
            reasons[at] = reason;
            details[at] = detail;
        }

        /** Doubles the memory, each outcome kept moving to its place in the larger ring. */
        private void grow() {
            int length = sequences.length * 2;
            long[] newSequences = new long[length];
            long[] newTimestamps = new long[length];
            long[] newLastEvents = new long[length];
            String[] newReasons = new String[length];
            String[] newDetails = new String[length];
            for (int from = 0; from < sequences.length; from++) {
                if (sequences[from] > 0) {
                    int to = (int) (sequences[from] & (length - 1));
                    newSequences[to] = sequences[from];
                    newTimestamps[to] = timestamps[from];
                    newLastEvents[to] = lastEvents[from];
                    newReasons[to] = reasons[from];
                    newDetails[to] = details[from];
                }
            }
            sequences = newSequences;
            timestamps = newTimestamps;
            lastEvents = newLastEvents;
            reasons = newReasons;
            details = newDetails;
        }
    }

    /** In order of first appearance in the log: the same order on every member, so the snapshot's bytes agree. */
    private final Map<Long, Client> clients = new LinkedHashMap<>();

    Client of(long clientId) {
        return clients.computeIfAbsent(clientId, id -> new Client());
    }

    /** The client's last applied sequence, 0 for a client never seen (without adding it). */
    long lastApplied(long clientId) {
        Client client = clients.get(clientId);
        return client == null ? 0 : client.lastApplied;
    }

    /** Writes every client's sequence and remembered outcomes, the snapshot's section as {@link #restore} reads it. */
    void write(DataOutput out) throws IOException {
        out.writeInt(clients.size());
        for (Map.Entry<Long, Client> entry : clients.entrySet()) {
            Client client = entry.getValue();
            out.writeLong(entry.getKey());
            out.writeLong(client.lastApplied);
            long first = Math.max(1, client.lastApplied - RECENT + 1);
            out.writeInt((int) (client.lastApplied - first + 1));
            for (long sequence = first; sequence <= client.lastApplied; sequence++) {
                int at = (int) (sequence & (client.sequences.length - 1));
                out.writeLong(client.timestamps[at]);
                out.writeLong(client.lastEvents[at]);
                out.writeBoolean(client.reasons[at] != null);
                if (client.reasons[at] != null) {
                    out.writeUTF(Messages.rejectionText(client.reasons[at], client.details[at]));
                }
            }
        }
    }

    void restore(byte[] section) {
        clients.clear();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(section))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                long id = in.readLong();
                long lastApplied = in.readLong();
                int kept = in.readInt();
                if (lastApplied < 0 || kept < 0 || kept > RECENT || kept > lastApplied) {
                    throw new IllegalArgumentException("cluster clients: client " + id + " keeps " + kept
                            + " outcomes up to sequence " + lastApplied);
                }
                Client client = of(id);
                for (long sequence = lastApplied - kept + 1; sequence <= lastApplied; sequence++) {
                    long timestamp = in.readLong();
                    long lastEvent = in.readLong();
                    String rejection = in.readBoolean() ? in.readUTF() : null;
                    client.applied(sequence, timestamp, lastEvent, rejection, null);
                }
                client.lastApplied = lastApplied;
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException("cluster clients: " + in.available() + " bytes follow the last client");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cluster clients: ends early", e);
        }
    }
}
