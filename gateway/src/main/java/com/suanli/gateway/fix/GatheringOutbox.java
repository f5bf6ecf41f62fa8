package com.suanli.gateway.fix;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.session.IoSession;
import org.quickfixj.CharsetSupport;
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

    /** A session's gathered bytes are written once they reach this many, batch or not. */
    static final int MOST_GATHERED = 1 << 16;
    /** Written arrays a connection keeps for its next batches: more are in MINA's hands only when it falls behind. */
    private static final int SPARE_ARRAYS = 4;

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
     * A connection's responder that keeps the gathering thread's messages as bytes until the batch ends, then writes
     * them to the connection in one buffer. It is a QuickFIX/J {@code IoSessionResponder} only so that QuickFIX/J
     * still finds the connection through it (to stop reading a session whose inbound queue is full, docs/FIX.md
     * "Limits per session"); everything else it does goes through the responder it wraps.
     *
     * <p>The gathered text used to be written as one {@code String}, which QuickFIX/J's encoder turned into bytes
     * again: each message was copied into the gathered text, that into a {@code String}, that into bytes (fix16l's
     * profile, docs/BENCHMARKS.md "FIX gateway"). Now each message's characters go straight into the gathered bytes
     * (through a reused JDK encoder, {@link TextEncoder}) and the buffer is handed to MINA, whose codec filter
     * passes a buffer on unencoded; the bytes are those QuickFIX/J's encoder writes (its charset, ISO-8859-1 unless
     * set otherwise: a character it cannot write is a question mark). The wrapped responder's write options (synchronous writes, a bound on scheduled writes) are
     * QuickFIX/J's defaults in the gateway's settings, off, so writing to the connection itself leaves nothing out.
     */
    private final class GatheringResponder extends IoSessionResponder {

        private final Responder socket;
        private final IoSession connection;
        private byte[] bytes = new byte[MOST_GATHERED + 1024];
        private int length;
        /** Arrays MINA has finished writing, for the next batches to gather into. */
        private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(SPARE_ARRAYS);
        private TextEncoder text = new TextEncoder(CharsetSupport.getCharsetInstance());

        GatheringResponder(Responder socket, IoSession connection) {
            super(connection, false, 0, 0);
            this.socket = socket;
            this.connection = connection;
        }

        /** Called by the session while it holds its sequence number, so the calls come in sequence order. */
        @Override
        public synchronized boolean send(String data) {
            if (Thread.currentThread() != gatherer) {
                write();
                return socket.send(data);
            }
            if (length == 0) {
                synchronized (gathered) {
                    gathered.add(this);
                }
            }
            append(data);
            return length < MOST_GATHERED || write();
        }

        /** {@code data} in the charset QuickFIX/J's encoder would write it in (ISO-8859-1 unless set otherwise). */
        private void append(String data) {
            Charset charset = CharsetSupport.getCharsetInstance();
            if (!charset.equals(text.charset())) {
                text = new TextEncoder(charset);
            }
            room(text.most(data.length()));
            length = text.write(data, bytes, length);
        }

        private void room(int more) {
            if (bytes.length < length + more) {
                bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
            }
        }

        synchronized boolean write() {
            if (length == 0) {
                return true;
            }
            // MINA writes later, from its own thread: the array it is given must stay as it is until then, so the
            // next messages gather into another, and this one comes back for a later batch once MINA is done with
            // it (written, or failed with the connection). A copy of the gathered bytes for every write was a
            // third of the event thread's allocation (docs/BENCHMARKS.md, "FIX gateway", fix16n).
            byte[] written = bytes;
            IoBuffer buffer = IoBuffer.wrap(written, 0, length);
            byte[] next = spare.poll();
            bytes = next != null ? next : new byte[written.length];
            length = 0;
            connection.write(buffer).addListener(done -> spare.offer(written));
            return true;
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
