package com.suanli.gateway;

import com.suanli.data.firm.DeskUser;
import com.suanli.gateway.fix.MessageRate;
import com.suanli.gateway.fix.Outbox;
import com.suanli.gateway.fix.TraderSession;
import com.suanli.gateway.market.MarketDesk;
import com.suanli.gateway.market.SecurityLists;
import com.suanli.gateway.order.OrderDesk;
import com.suanli.gateway.order.QuoteDesk;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import quickfix.Application;
import quickfix.FieldNotFound;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.RejectLogon;
import quickfix.SessionID;
import quickfix.UnsupportedMessageType;
import quickfix.field.BusinessRejectReason;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.Password;
import quickfix.field.RefMsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.Text;
import quickfix.field.Username;
import quickfix.fix44.BusinessMessageReject;

/**
 * The QuickFIX/J application: signs a Logon in against the desk's users, then hands each application message
 * of a logged-on session to the desk for it, within the session's message rate. Malformed messages never get
 * here (QuickFIX/J answers them with a session Reject, 35=3, against the FIX 4.4 dictionary); a message type
 * the gateway does not take is a BusinessMessageReject (35=j) of reason 3; a failure while handling one is a
 * BusinessMessageReject naming it, never a silence. The session stays up in every case.
 */
final class GatewayApplication implements Application {

    static final String WRONG = "wrong user name or password";

    private final Credentials credentials;
    private final GatewayConfig config;
    private final Outbox outbox;
    private final Map<SessionID, DeskUser> signedIn = new ConcurrentHashMap<>();
    private final Map<SessionID, TraderSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLong overRate = new AtomicLong();
    private OrderDesk orders;
    private QuoteDesk quotes;
    private MarketDesk market;
    private SecurityLists securities;

    GatewayApplication(Credentials credentials, GatewayConfig config, Outbox outbox) {
        this.credentials = credentials;
        this.config = config;
        this.outbox = outbox;
    }

    void serve(OrderDesk orders, QuoteDesk quotes, MarketDesk market, SecurityLists securities) {
        this.orders = orders;
        this.quotes = quotes;
        this.market = market;
        this.securities = securities;
    }

    Collection<TraderSession> sessions() {
        return List.copyOf(sessions.values());
    }

    long overRate() {
        return overRate.get();
    }

    @Override
    public void onCreate(SessionID session) {
    }

    @Override
    public void onLogon(SessionID session) {
        DeskUser user = signedIn.remove(session);
        if (user != null) {
            sessions.put(session, new TraderSession(session, user, new MessageRate(config.messagesPerSecond())));
        }
    }

    @Override
    public void onLogout(SessionID session) {
        sessions.remove(session);
        signedIn.remove(session);
        if (market != null) {
            market.drop(session);
        }
    }

    @Override
    public void toAdmin(Message message, SessionID session) {
    }

    /** A Logon must carry Username (553) and Password (554) of a desk user who is not locked. */
    @Override
    public void fromAdmin(Message message, SessionID session) throws FieldNotFound, RejectLogon {
        if (!MsgType.LOGON.equals(message.getHeader().getString(MsgType.FIELD))) {
            return;
        }
        if (!message.isSetField(Username.FIELD) || !message.isSetField(Password.FIELD)) {
            throw new RejectLogon("Username(553) and Password(554) are required");
        }
        char[] password = message.getString(Password.FIELD).toCharArray();
        try {
            Optional<DeskUser> user = credentials.signIn(message.getString(Username.FIELD).strip(), password);
            signedIn.put(session, user.orElseThrow(() -> new RejectLogon(WRONG)));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    @Override
    public void toApp(Message message, SessionID session) {
    }

    @Override
    public void fromApp(Message message, SessionID session)
            throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        TraderSession trader = sessions.get(session);
        String type = message.getHeader().getString(MsgType.FIELD);
        if (trader == null) {
            return;
        }
        if (!trader.rate().admit(System.nanoTime())) {
            overRate.incrementAndGet();
            businessReject(session, message, type, 0, "message rate: more than " + config.messagesPerSecond()
                    + " messages in one second on this session; this one was not applied");
            return;
        }
        try {
            switch (type) {
                case MsgType.ORDER_SINGLE -> orders.newOrder(trader, message);
                case MsgType.ORDER_CANCEL_REQUEST -> orders.cancel(trader, message);
                case MsgType.ORDER_CANCEL_REPLACE_REQUEST -> orders.replace(trader, message);
                case MsgType.ORDER_MASS_CANCEL_REQUEST -> orders.massCancel(trader, message);
                case MsgType.MASS_QUOTE -> quotes.massQuote(trader, message);
                case MsgType.QUOTE_REQUEST -> quotes.quoteRequest(trader, message);
                case MsgType.MARKET_DATA_REQUEST -> market.request(trader, message);
                case MsgType.SECURITY_LIST_REQUEST -> outbox.send(session, securities.answer(message));
                default -> throw new UnsupportedMessageType();
            }
        } catch (RuntimeException e) {
            // QuickFIX/J would log it and answer nothing: the client must hear that this message was not taken.
            businessReject(session, message, type, 0, "not applied: " + e);
        }
    }

    private void businessReject(SessionID session, Message message, String type, int reason, String text)
            throws FieldNotFound {
        BusinessMessageReject reject = new BusinessMessageReject();
        reject.setInt(RefSeqNum.FIELD, message.getHeader().getInt(MsgSeqNum.FIELD));
        reject.setString(RefMsgType.FIELD, type);
        reject.setInt(BusinessRejectReason.FIELD, reason);
        reject.setString(Text.FIELD, text);
        outbox.send(session, reject);
    }
}
