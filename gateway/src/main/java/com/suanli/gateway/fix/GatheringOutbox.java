package com.suanli.gateway.fix;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.mina.core.session.IoSession;
import quickfix.Message;
import quickfix.Responder;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.mina.IoSessionResponder;

/**
 * The outbox over QuickFIX/J's sessions, gathering what the exchange's event thread sends: each session's
 * messages of one batch of events are written to its socket at once, when the batch ends ({@link #endOfBatch}),
 * instead of one socket write per message (MINA's write path per message was 19% of the event thread's time in
 * the gateway's profile, docs/BENCHMARKS.md). QuickFIX/J still numbers, stamps and keeps every message as it
 * sends it; only the write is put off, and never reordered: a message that any other thread sends on the
 * session (an answer, a heartbeat, a Logout) first writes what was gathered before it.
 *
 * <p>The gathering thread is the one that ends batches; until a thread has ended one, every message is written
 * at once.
 */
public final class GatheringOutbox implements Outbox {

    /** A session's gathered text is written once it reaches this many characters, batch or not. */
    static final int MOST_GATHERED = 1 << 16;

    private volatile Thread gatherer;
    private final Set<GatheringResponder> gathered = new LinkedHashSet<>();
    private final Connections connections;

    /** @param connections the sessions' connections, which the gathering responders carry for QuickFIX/J */
    public GatheringOutbox(Connections connections) {
        this.connections = connections;
    }

    @Override
    public void send(SessionID id, Message message) {
        Session session = Session.lookupSession(id);
        if (session == null) {
            return;
        }
        if (Thread.currentThread() == gatherer && session.isLoggedOn()) {
            Responder responder = session.getResponder();
            Optional<IoSession> connection = connections.of(id);
            if (responder != null && !(responder instanceof GatheringResponder) && connection.isPresent()) {
                // The connection's responder is set when its Logon arrives and cleared when it drops: one logged
                // on keeps it for the connection's life, so wrapping it once here is for that connection.
                session.setResponder(new GatheringResponder(responder, connection.get()));
            }
        }
        session.send(message);
    }

    /** The calling thread's batch ended: writes each session's gathered messages. */
    public void endOfBatch() {
        gatherer = Thread.currentThread();
        GatheringResponder[] pending;
        synchronized (gathered) {
            pending = gathered.toArray(GatheringResponder[]::new);
            gathered.clear();
        }
        for (GatheringResponder responder : pending) {
            responder.write();
        }
    }

    /**
     * A connection's responder that keeps the gathering thread's text until the batch ends. It is a QuickFIX/J
     * {@code IoSessionResponder} only so that QuickFIX/J still finds the connection through it (to stop reading
     * a session whose inbound queue is full, docs/FIX.md "Limits per session"): everything it does goes through
     * the responder it wraps.
     */
    private final class GatheringResponder extends IoSessionResponder {

        private final Responder socket;
        private final StringBuilder text = new StringBuilder(MOST_GATHERED + 1024);

        GatheringResponder(Responder socket, IoSession connection) {
            super(connection, false, 0, 0);
            this.socket = socket;
        }

        /** Called by the session while it holds its sequence number, so the calls come in sequence order. */
        @Override
        public synchronized boolean send(String data) {
            if (Thread.currentThread() != gatherer) {
                write();
                return socket.send(data);
            }
            if (text.isEmpty()) {
                synchronized (gathered) {
                    gathered.add(this);
                }
            }
            text.append(data);
            return text.length() < MOST_GATHERED || write();
        }

        synchronized boolean write() {
            if (text.isEmpty()) {
                return true;
            }
            String data = text.toString();
            text.setLength(0);
            return socket.send(data);
        }

        @Override
        public synchronized void disconnect() {
            write();
            socket.disconnect();
        }

        @Override
        public String getRemoteAddress() {
            return socket.getRemoteAddress();
        }
    }
}
