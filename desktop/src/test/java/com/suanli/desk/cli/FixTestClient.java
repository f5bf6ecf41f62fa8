package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.ScreenLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.Username;

/** A QuickFIX/J initiator on loopback, logged on to {@code desk gateway} as a desk user, keeping what it is sent. */
final class FixTestClient implements Application, AutoCloseable {

    private final SessionID id;
    private final String login;
    private final String password;
    private final SocketInitiator initiator;
    private final BlockingQueue<Message> received = new LinkedBlockingQueue<>();

    private FixTestClient(String compId, int port, String login, String password) throws ConfigError {
        this.id = new SessionID("FIX.4.4", compId, "SUANLI");
        this.login = login;
        this.password = password;
        SessionSettings settings = new SessionSettings();
        settings.setString(id, "ConnectionType", "initiator");
        settings.setString(id, "SocketConnectHost", "127.0.0.1");
        settings.setLong(id, "SocketConnectPort", port);
        settings.setString(id, "StartTime", "00:00:00");
        settings.setString(id, "EndTime", "00:00:00");
        settings.setLong(id, "HeartBtInt", 30);
        settings.setString(id, "UseDataDictionary", "Y");
        settings.setString(id, "DataDictionary", "FIX44.xml");
        settings.setString(id, "ResetOnLogon", "Y");
        settings.setString(id, "ScreenLogShowIncoming", "N");
        settings.setString(id, "ScreenLogShowOutgoing", "N");
        initiator = new SocketInitiator(this, new MemoryStoreFactory(), settings, new ScreenLogFactory(settings),
                new DefaultMessageFactory());
        initiator.start();
    }

    /** Logged on as {@code login}, within 60 s. */
    static FixTestClient logOn(String compId, int port, String login, String password) throws Exception {
        FixTestClient client = new FixTestClient(compId, port, login, password);
        for (int i = 0; i < 600 && !client.loggedOn(); i++) {
            Thread.sleep(100);
        }
        assertThat(client.loggedOn()).as("logged on as %s", login).isTrue();
        return client;
    }

    private boolean loggedOn() {
        Session session = Session.lookupSession(id);
        return session != null && session.isLoggedOn();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    void send(Message message) {
        Session.lookupSession(id).send(message);
    }

    /** The next application message of {@code type}, others skipped; fails after 30 s without one. */
    Message next(String type) throws InterruptedException, FieldNotFound {
        while (true) {
            Message message = received.poll(30, TimeUnit.SECONDS);
            assertThat(message).as("a " + type + " from the gateway").isNotNull();
            if (type.equals(message.getHeader().getString(MsgType.FIELD))) {
                return message;
            }
        }
    }

    @Override
    public void close() {
        initiator.stop(true);
    }

    @Override
    public void onCreate(SessionID sessionId) {
    }

    @Override
    public void onLogon(SessionID sessionId) {
    }

    @Override
    public void onLogout(SessionID sessionId) {
    }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
        try {
            if (MsgType.LOGON.equals(message.getHeader().getString(MsgType.FIELD))) {
                message.setString(Username.FIELD, login);
                message.setString(Password.FIELD, password);
            }
        } catch (FieldNotFound e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void fromAdmin(Message message, SessionID sessionId) {
    }

    @Override
    public void toApp(Message message, SessionID sessionId) {
    }

    @Override
    public void fromApp(Message message, SessionID sessionId) {
        received.add(message);
    }
}
