package com.suanli.gateway;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IoSession;
import quickfix.mina.SessionConnector;

/**
 * Closes a connection that has sent no Logon within the timeout. QuickFIX/J itself leaves such a connection
 * open (raw garbage, a broken Logon: measured in the recipe, still open after 40 s), which lets anyone hold
 * the gateway's sockets; this filter sits first in every connection's chain and checks once, at the timeout.
 */
final class PreLogonTimeout extends IoFilterAdapter {

    private final Duration timeout;
    private final ScheduledExecutorService timer;

    PreLogonTimeout(Duration timeout, ScheduledExecutorService timer) {
        this.timeout = timeout;
        this.timer = timer;
    }

    @Override
    public void sessionOpened(NextFilter next, IoSession connection) throws Exception {
        timer.schedule(() -> {
            // QuickFIX/J ties the connection to its session when a Logon arrives; from then on the session's own
            // rules hold (a refused Logon is logged out and disconnected), however long the password check takes.
            if (connection.getAttribute(SessionConnector.QF_SESSION) == null) {
                connection.closeNow();
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        next.sessionOpened(connection);
    }
}
