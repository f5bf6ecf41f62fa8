package com.suanli.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.Username;

/**
 * A real QuickFIX/J initiator on loopback, as a client's system would be: it logs on with a user and password
 * and keeps every message the gateway sends, to be waited for by what they say. Public, in the gateway's test jar: the
 * desktop's tests of {@code desk gateway} log on with it too.
 */
public final class FixClient implements Application, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** The gateways' ports in tests: below the test clusters' (LocalCluster.freePortBase, from 10,000). */
    private static final int FIRST_GATEWAY_PORT = 5_000;
    private static final int GATEWAY_PORTS = 5_000;

    private final SessionID id;
    private final String user;
    private final String password;
    private final SocketInitiator initiator;
    private final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    private final List<Message> seen = new ArrayList<>();
    private volatile boolean loggedOn;
    private volatile boolean loggedOut;

    FixClient(String compId, int port, String user, String password) {
        this.id = new SessionID("FIX.4.4", compId, GatewayConfig.SENDER_COMP_ID);
        this.user = user;
        this.password = password;
        try {
            initiator = new SocketInitiator(this, new MemoryStoreFactory(), settings(id, port), new SilentLogs(),
                    new DefaultMessageFactory());
            initiator.start();
        } catch (ConfigError e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A port no one listens on now, for a gateway to take: below the test clusters' ports (from 10,000) and below the
     * machine's ephemeral ports, so that no socket bound to port 0 (a client's, a member's channel) can be given it
     * between this check and the gateway's bind, as a port 0 picked here could be.
     */
    public static int freePort() {
        SplittableRandom random = new SplittableRandom();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = FIRST_GATEWAY_PORT + random.nextInt(GATEWAY_PORTS);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another test's gateway or a service of the machine: try another
            }
        }
        throw new IllegalStateException("no free port from " + FIRST_GATEWAY_PORT + " to "
                + (FIRST_GATEWAY_PORT + GATEWAY_PORTS - 1));
    }

    /** An initiator's session on loopback to {@code port}: validating what comes, sequence numbers reset at Logon. */
    static SessionSettings settings(SessionID id, int port) {
        SessionSettings settings = new SessionSettings();
        settings.setString(id, "ConnectionType", "initiator");
        settings.setString(id, "SocketConnectHost", "127.0.0.1");
        settings.setLong(id, "SocketConnectPort", port);
        settings.setString(id, "StartTime", "00:00:00");
        settings.setString(id, "EndTime", "00:00:00");
        settings.setLong(id, "HeartBtInt", 30);
        settings.setLong(id, "ReconnectInterval", 600);
        settings.setString(id, "UseDataDictionary", "Y");
        settings.setString(id, "DataDictionary", "FIX44.xml");
        settings.setString(id, "ResetOnLogon", "Y");
        settings.setString(id, "SocketTcpNoDelay", "Y");
        return settings;
    }

    /** Logs on and waits for the gateway's Logon. */
    public static FixClient logOn(String compId, int port, String user, String password) throws InterruptedException {
        FixClient client = new FixClient(compId, port, user, password);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!client.loggedOn && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!client.loggedOn) {
            client.close();
            throw new AssertionError(compId + " did not log on as " + user);
        }
        return client;
    }

    boolean loggedOn() {
        return loggedOn && Session.lookupSession(id).isLoggedOn();
    }

    boolean loggedOut() {
        return loggedOut;
    }

    public void send(Message message) {
        Session.lookupSession(id).send(message);
    }

    /** The next message (in arrival order, kept ones first) of {@code type} that {@code wanted} accepts. */
    public Message next(String type, Predicate<Message> wanted) throws InterruptedException {
        Predicate<Message> match = m -> type.equals(msgType(m)) && wanted.test(m);
        synchronized (seen) {
            for (Message message : seen) {
                if (match.test(message)) {
                    seen.remove(message);
                    return message;
                }
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Message message = received.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no " + type + " came within " + WAIT + "; kept: " + kept());
            }
            if (match.test(message)) {
                return message;
            }
            synchronized (seen) {
                seen.add(message);
            }
        }
    }

    public Message next(String type) throws InterruptedException {
        return next(type, m -> true);
    }

    /** Every message of {@code type} received within {@code quiet} of the last one. */
    List<Message> drain(String type, Duration quiet) throws InterruptedException {
        List<Message> all = new ArrayList<>();
        synchronized (seen) {
            seen.removeIf(m -> type.equals(msgType(m)) && all.add(m));
        }
        Message message;
        while ((message = received.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            if (type.equals(msgType(message))) {
                all.add(message);
            } else {
                synchronized (seen) {
                    seen.add(message);
                }
            }
        }
        return all;
    }

    private String kept() {
        synchronized (seen) {
            return seen.toString().replace('\u0001', '|');
        }
    }

    static String msgType(Message message) {
        try {
            return message.getHeader().getString(MsgType.FIELD);
        } catch (FieldNotFound e) {
            return "?";
        }
    }

    static String field(Message message, int tag) {
        try {
            return message.getString(tag);
        } catch (FieldNotFound e) {
            return null;
        }
    }

    @Override
    public void onCreate(SessionID sessionId) {
    }

    @Override
    public void onLogon(SessionID sessionId) {
        loggedOn = true;
    }

    @Override
    public void onLogout(SessionID sessionId) {
        loggedOut = true;
    }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
        if (MsgType.LOGON.equals(msgType(message))) {
            message.setString(Username.FIELD, user);
            message.setString(Password.FIELD, password);
        }
    }

    @Override
    public void fromAdmin(Message message, SessionID sessionId) {
        String type = msgType(message);
        if (MsgType.REJECT.equals(type) || MsgType.LOGOUT.equals(type)) {
            received.add(message);
        }
    }

    @Override
    public void toApp(Message message, SessionID sessionId) {
    }

    @Override
    public void fromApp(Message message, SessionID sessionId) {
        received.add(message);
    }

    @Override
    public void close() {
        initiator.stop(true);
    }
}
