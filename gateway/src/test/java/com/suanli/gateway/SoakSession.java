package com.suanli.gateway;

import com.suanli.exchange.listing.ContractSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.NoopStoreFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrderID;
import quickfix.field.Password;
import quickfix.field.Text;
import quickfix.field.Username;

/**
 * One soak client (docs/BENCHMARKS.md, "FIX gateway soak"): a QuickFIX/J initiator sending GTC limit orders of one
 * lot at the reference price at a steady pace, the side turning every {@link #BLOCK} orders (the neighbouring
 * session turns the other way, so the two trade with each other and neither piles up a position), and taking
 * each order's first report (new or rejected) with its latency into the {@link SoakPhases}. Orders are numbered
 * in their ClOrdIDs ({@code <session>-<n>}), so a second first report of one order is seen and counted.
 */
final class SoakSession implements Application, AutoCloseable {

    /** Orders of one side before the side turns. */
    static final int BLOCK = 250;

    private final SessionID id;
    private final int number;
    private final String user;
    private final SoakPhases phases;
    private final AtomicLongArray sentAt;
    private final AtomicLongArray orderIds;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong answeredTwice = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong fills = new AtomicLong();
    private final AtomicLong unsent = new AtomicLong();
    private final Map<String, LongAdder> rejections = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();
    private final SocketInitiator initiator;
    private volatile boolean loggedOn;

    /** @param capacity the most orders this session may send */
    SoakSession(int number, int port, String user, int capacity, SoakPhases phases) {
        this.id = new SessionID("FIX.4.4", "SOAK" + number, GatewayConfig.SENDER_COMP_ID);
        this.number = number;
        this.user = user;
        this.phases = phases;
        this.sentAt = new AtomicLongArray(capacity);
        this.orderIds = new AtomicLongArray(capacity);
        SessionSettings settings = FixClient.settings(id, port);
        // Nothing is resent to the gateway: a store of every order sent would only fill the heap.
        settings.setString(id, "PersistMessages", "N");
        try {
            initiator = new SocketInitiator(this, new NoopStoreFactory(), settings, new SilentLogs(),
                    new DefaultMessageFactory());
            initiator.start();
        } catch (ConfigError e) {
            throw new IllegalStateException(e);
        }
    }

    boolean loggedOn() {
        return loggedOn;
    }

    /** Sends an order every {@code intervalNanos} from {@code start} until {@code end} (System.nanoTime). */
    void send(ContractSpec contract, long start, long end, long intervalNanos) {
        Session session = Session.lookupSession(id);
        for (int n = 0; n < sentAt.length(); n++) {
            long due = start + n * intervalNanos;
            if (due >= end) {
                return;
            }
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            char side = (n / BLOCK + number) % 2 == 0 ? Fix.BUY : Fix.SELL;
            long now = System.nanoTime();
            sentAt.set(n, now);
            phases.sent(now);
            sent.incrementAndGet();
            if (!session.send(Fix.limit(number + "-" + n, contract, side, 1, 0, '1'))) {
                unsent.incrementAndGet();
            }
        }
    }

    long sent() {
        return sent.get();
    }

    /** Orders the session could not hand to its socket (it was not logged on). */
    long unsent() {
        return unsent.get();
    }

    long answeredTwice() {
        return answeredTwice.get();
    }

    long rejected() {
        return rejected.get();
    }

    /** Rejected orders by the reason their Text (58) names first. */
    Map<String, LongAdder> rejections() {
        return rejections;
    }

    /** The first Text (58) of each reason. */
    Map<String, String> examples() {
        return examples;
    }

    long fills() {
        return fills.get();
    }

    /** Orders of those sent that have had no first report. */
    long unanswered() {
        long missing = 0;
        for (int n = 0; n < sent.get(); n++) {
            if (orderIds.get(n) == 0) {
                missing++;
            }
        }
        return missing;
    }

    /** The exchange's order ids of the orders reported new. */
    void reportedOrderIds(java.util.function.LongConsumer into) {
        for (int n = 0; n < sent.get(); n++) {
            if (orderIds.get(n) > 0) {
                into.accept(orderIds.get(n));
            }
        }
    }

    @Override
    public void fromApp(Message message, SessionID sessionId) throws FieldNotFound {
        if (!MsgType.EXECUTION_REPORT.equals(message.getHeader().getString(MsgType.FIELD))) {
            return;
        }
        char type = message.getChar(ExecType.FIELD);
        if (type == ExecType.TRADE) {
            fills.incrementAndGet();
        }
        if (type != ExecType.NEW && type != ExecType.REJECTED) {
            return;
        }
        String clOrdId = message.getString(ClOrdID.FIELD);
        int n = Integer.parseInt(clOrdId.substring(clOrdId.indexOf('-') + 1));
        // A rejected order is marked -1: answered, with no exchange order.
        long orderId = type == ExecType.NEW ? Long.parseLong(message.getString(OrderID.FIELD)) : -1;
        if (!orderIds.compareAndSet(n, 0, orderId)) {
            answeredTwice.incrementAndGet();
            return;
        }
        if (type == ExecType.REJECTED) {
            rejected.incrementAndGet();
            String text = message.isSetField(Text.FIELD) ? message.getString(Text.FIELD) : "";
            String reason = text.substring(0, Math.max(0, text.indexOf(':')));
            rejections.computeIfAbsent(reason, k -> new LongAdder()).increment();
            examples.putIfAbsent(reason, text);
        }
        phases.answered(sentAt.get(n), System.nanoTime());
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
        loggedOn = false;
    }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
        try {
            if (MsgType.LOGON.equals(message.getHeader().getString(MsgType.FIELD))) {
                message.setString(Username.FIELD, user);
                message.setString(Password.FIELD, GatewaySoak.PASSWORD);
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
    public void close() {
        initiator.stop(true);
    }
}
