package com.suanli.gateway;

import com.suanli.gateway.entry.OrderEntry;
import com.suanli.gateway.fix.Connections;
import com.suanli.gateway.fix.GatewayDictionary;
import com.suanli.gateway.fix.GatheringOutbox;
import com.suanli.gateway.fix.InboundMessages;
import com.suanli.gateway.fix.KeptMessages;
import com.suanli.gateway.fix.UtcNow;
import com.suanli.gateway.market.MarketDesk;
import com.suanli.gateway.market.SecurityLists;
import com.suanli.gateway.order.OrderDesk;
import com.suanli.gateway.order.QuoteDesk;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import quickfix.ConfigError;
import quickfix.MessageStoreFactory;
import quickfix.NoopStoreFactory;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SystemTime;
import quickfix.ThreadedSocketAcceptor;
import quickfix.mina.acceptor.DynamicAcceptorSessionProvider;

/**
 * The FIX 4.4 gateway (docs/FIX.md): a QuickFIX/J acceptor, one thread per session, in front of an
 * {@link OrderEntry}. Any SenderCompID may connect; the Logon's Username (553) and Password (554) decide who
 * it is. {@link #start} subscribes to the exchange, seeds the books and only then listens.
 */
public final class FixGateway implements AutoCloseable {

    private final ThreadedSocketAcceptor acceptor;
    private final AutoCloseable subscription;
    private final ExecutorService acks;
    private final ScheduledExecutorService timer;
    private final GatewayApplication application;
    private final EventRouter router;
    private final OrderDesk orders;
    private final MarketDesk market;

    private FixGateway(ThreadedSocketAcceptor acceptor, AutoCloseable subscription, ExecutorService acks,
                       ScheduledExecutorService timer, GatewayApplication application, EventRouter router,
                       OrderDesk orders, MarketDesk market) {
        this.acceptor = acceptor;
        this.subscription = subscription;
        this.acks = acks;
        this.timer = timer;
        this.application = application;
        this.router = router;
        this.orders = orders;
        this.market = market;
    }

    /**
     * Starts the gateway in front of {@code entry}, signing users in with {@code credentials}.
     * @throws IllegalStateException when the acceptor cannot listen (the port is taken: its message says so)
     */
    public static FixGateway start(OrderEntry entry, Credentials credentials, GatewayConfig config) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(config, "config");
        Connections connections = new Connections();
        GatheringOutbox outbox = new GatheringOutbox(connections);
        ExecutorService acks = Executors.newSingleThreadExecutor(daemon("fix-gateway-acks"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("fix-gateway-logon-timer"));
        GatewayApplication application = new GatewayApplication(credentials, config, outbox);
        OrderDesk orders = new OrderDesk(entry, outbox, new OrderDesk.Limits(config.maxOpenOrders(),
                config.protectionTicks()), acks, System.currentTimeMillis() * 1_000,
                Optional.ofNullable(config.orderRegister()));
        QuoteDesk quotes = new QuoteDesk(entry, outbox, orders, acks, application::sessions);
        MarketDesk market = new MarketDesk(entry, outbox);
        application.serve(orders, quotes, market, new SecurityLists(entry.catalogue()));
        EventRouter router = new EventRouter(orders, quotes, market, () -> {
            orders.endOfBatch();
            outbox.endOfBatch();
        });
        AutoCloseable subscription = entry.subscribe("fix-gateway", router);
        try {
            market.seed();
            orders.recover();
            SessionSettings settings = settings(config);
            SessionID template = new SessionID("FIX.4.4", config.senderCompId(), DynamicAcceptorSessionProvider.WILDCARD);
            MessageStoreFactory store = config.keepMessages() ? KeptMessages.factory() : new NoopStoreFactory();
            SilentLogs logs = new SilentLogs();
            InboundMessages messages = new InboundMessages();
            // The sessions' clock for every SendingTime: the same time, without a ZoneRules made a report.
            SystemTime.setTimeSource(UtcNow.SOURCE);
            // Bounded, not QuickFIX/J's unbounded queue per session: clients pipelining faster than the sessions'
            // threads keep up filled the heap with parsed messages waiting (30,000 NewOrderSingles of some 2 KB
            // each, docs/BENCHMARKS.md "FIX gateway"), which every young collection copied; past the bound MINA
            // stops reading that socket, so TCP holds the client back and the other sessions are read on.
            ThreadedSocketAcceptor acceptor = ThreadedSocketAcceptor.newBuilder().withApplication(application)
                    .withMessageStoreFactory(store).withSettings(settings).withLogFactory(logs)
                    .withMessageFactory(messages)
                    .withQueueWatermarks(config.inboundQueue() / 4, config.inboundQueue()).build();
            acceptor.setSessionProvider(new InetSocketAddress(config.bindAddress(), config.port()),
                    new DynamicAcceptorSessionProvider(settings, template, application, store, logs, messages));
            InboundSizeLimit sizeLimit = new InboundSizeLimit();
            // QuickFIX/J's decoder is already in the chain: what is added first sees the bytes, last the messages.
            acceptor.setIoFilterChainBuilder(chain -> {
                chain.addFirst("logon-timeout", new PreLogonTimeout(config.logonTimeout(), timer));
                chain.addFirst("size-limit", sizeLimit.bytes);
                chain.addLast("size-limit-messages", sizeLimit.messages);
                chain.addLast("connections", connections);
            });
            acceptor.start();
            return new FixGateway(acceptor, subscription, acks, timer, application, router, orders, market);
        } catch (ConfigError | RuntimeException e) {
            closeQuietly(subscription);
            orders.close();
            acks.shutdownNow();
            timer.shutdownNow();
            throw new IllegalStateException("the FIX gateway did not start on " + config.bindAddress() + ":"
                    + config.port() + ": " + e.getMessage(), e);
        }
    }

    /** Messages over a session's rate, refused since the start. */
    public long overRate() {
        return application.overRate();
    }

    /** Orders, cancels and replaces refused by the gateway before the exchange saw them. */
    public long refusals() {
        return orders.refusals();
    }

    /** Events the gateway missed because it fell behind (their reports were not sent). */
    public long missedEvents() {
        return router.missed();
    }

    /** Times a book's copy found a hole and took a new seed. */
    public long reseeds() {
        return market.reseeds();
    }

    /** Logs every session out, stops listening, then stops following the exchange. */
    @Override
    public void close() {
        try {
            acceptor.stop(true);
        } finally {
            closeQuietly(subscription);
            orders.close();
            acks.shutdown();
            timer.shutdownNow();
        }
    }

    private static SessionSettings settings(GatewayConfig config) {
        SessionSettings settings = new SessionSettings();
        SessionID template = new SessionID("FIX.4.4", config.senderCompId(), DynamicAcceptorSessionProvider.WILDCARD);
        settings.setString(template, "ConnectionType", "acceptor");
        settings.setString(template, "AcceptorTemplate", "Y");
        settings.setString(template, "SocketAcceptAddress", config.bindAddress());
        settings.setLong(template, "SocketAcceptPort", config.port());
        settings.setString(template, "StartTime", "00:00:00");
        settings.setString(template, "EndTime", "00:00:00");
        settings.setString(template, "NonStopSession", "Y");
        settings.setLong(template, "HeartBtInt", 30);
        settings.setString(template, "UseDataDictionary", "Y");
        settings.setString(template, "DataDictionary", GatewayDictionary.file().toString());
        settings.setString(template, "ValidateUserDefinedFields", "Y");
        settings.setString(template, "AllowUnknownMsgFields", "N");
        settings.setString(template, "RejectInvalidMessage", "Y");
        settings.setString(template, "ResetOnLogon", "Y");
        settings.setString(template, "SocketTcpNoDelay", "Y");
        settings.setString(template, "PersistMessages", config.keepMessages() ? "Y" : "N");
        return settings;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing a subscription only removes a listener; nothing is left to undo.
        }
    }
}
