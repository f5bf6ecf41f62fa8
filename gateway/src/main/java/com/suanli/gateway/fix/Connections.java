package com.suanli.gateway.fix;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IoSession;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.mina.SessionConnector;

/**
 * The MINA connection of each session, noted when QuickFIX/J ties the two together (on the Logon it receives).
 * QuickFIX/J finds a session's connection only through its responder, to stop and resume reading when the
 * session's inbound queue passes its bounds; a responder that wraps QuickFIX/J's own ({@link GatheringOutbox})
 * must therefore carry the connection too, and takes it from here.
 */
public final class Connections extends IoFilterAdapter {

    private static final String NOTED = Connections.class.getName() + ".noted";

    private final Map<SessionID, IoSession> bySession = new ConcurrentHashMap<>();

    /**
     * Placed last in each connection's chain, so the handler has tied the session when this looks; a connection
     * is noted once, then marked, so later messages cost one attribute look-up.
     */
    @Override
    public void messageReceived(NextFilter next, IoSession connection, Object message) throws Exception {
        next.messageReceived(connection, message);
        if (!connection.containsAttribute(NOTED)
                && connection.getAttribute(SessionConnector.QF_SESSION) instanceof Session session) {
            bySession.put(session.getSessionID(), connection);
            connection.setAttribute(NOTED, Boolean.TRUE);
        }
    }

    @Override
    public void sessionClosed(NextFilter next, IoSession connection) throws Exception {
        if (connection.getAttribute(SessionConnector.QF_SESSION) instanceof Session session) {
            bySession.remove(session.getSessionID(), connection);
        }
        next.sessionClosed(connection);
    }

    Optional<IoSession> of(SessionID session) {
        return Optional.ofNullable(bySession.get(session));
    }
}
