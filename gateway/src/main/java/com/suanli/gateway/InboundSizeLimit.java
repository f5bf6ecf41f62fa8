package com.suanli.gateway;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.filterchain.IoFilter;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IoSession;

/**
 * Closes a connection that sends more than {@link #BYTES} without a whole message among them. QuickFIX/J's
 * decoder takes BodyLength (9) at its word: a header of {@code 9=1000000000} has it gather a gigabyte for one
 * message, and anyone may send that before logging on (106 MB streamed so in 9 s grew the gateway's heap by
 * 250 MB). Two filters share the count: {@link #bytes} before the decoder adds each read's bytes, {@link #messages}
 * after it starts again at each whole message.
 */
final class InboundSizeLimit {

    /** Far above any message a client sends: a MassQuote of every contract of the catalogue is some 60 KB. */
    static final int BYTES = 1 << 20;

    private static final String PENDING = InboundSizeLimit.class.getName() + ".pending";

    final IoFilter bytes = new IoFilterAdapter() {
        @Override
        public void messageReceived(NextFilter next, IoSession connection, Object message) throws Exception {
            if (message instanceof IoBuffer buffer && pending(connection).addAndGet(buffer.remaining()) > BYTES) {
                connection.closeNow();
                return;
            }
            next.messageReceived(connection, message);
        }
    };

    final IoFilter messages = new IoFilterAdapter() {
        @Override
        public void messageReceived(NextFilter next, IoSession connection, Object message) throws Exception {
            pending(connection).set(0);
            next.messageReceived(connection, message);
        }
    };

    private static AtomicLong pending(IoSession connection) {
        AtomicLong pending = (AtomicLong) connection.getAttribute(PENDING);
        if (pending == null) {
            pending = new AtomicLong();
            AtomicLong raced = (AtomicLong) connection.setAttributeIfAbsent(PENDING, pending);
            pending = raced != null ? raced : pending;
        }
        return pending;
    }
}
