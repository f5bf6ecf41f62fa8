package com.suanli.gateway;

import static com.suanli.gateway.FixClient.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.listing.ContractSpec;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Group;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MarketDepth;
import quickfix.field.MassCancelRequestType;
import quickfix.field.MsgType;
import quickfix.field.NoMDEntries;
import quickfix.field.NoRelatedSym;
import quickfix.field.OrderQty;
import quickfix.field.QuoteReqID;
import quickfix.field.SecurityListRequestType;
import quickfix.field.SecurityReqID;
import quickfix.field.Side;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.field.TransactTime;
import quickfix.fix44.MarketDataRequest;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderMassCancelRequest;
import quickfix.fix44.QuoteRequest;
import quickfix.fix44.SecurityListRequest;

/**
 * The session level and the refusals, through a real QuickFIX/J initiator on loopback: Logon against the
 * desk's users, malformed messages, unknown symbols, roles, the message rate, open orders, connections that
 * never log on; and the catalogue and market data. Every refusal leaves the exchange's event sequence where it
 * was: nothing reached it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SessionRulesTest {

    static final int RATE = 40;
    static final int OPEN_ORDERS = 6;
    static final Duration LOGON_TIMEOUT = Duration.ofSeconds(3);

    @TempDir
    static Path dir;
    static GatewayRig rig;
    static FixClient wang;
    static FixClient li;

    @BeforeAll
    static void start() throws InterruptedException {
        rig = new GatewayRig(dir, port -> GatewayConfig.defaults(port).withLogonTimeout(LOGON_TIMEOUT)
                .withLimits(RATE, OPEN_ORDERS));
        wang = rig.logOn("wang");
        li = rig.logOn("li");
    }

    @AfterAll
    static void stop() {
        wang.close();
        li.close();
        rig.close();
    }

    @Test
    void a_logon_with_a_wrong_password_or_an_unknown_user_is_logged_out_with_the_reason() throws Exception {
        for (String[] credentials : List.of(new String[] {"wang", "not the password"}, new String[] {"nobody", "x"})) {
            try (FixClient refused = rig.connect(credentials[0], credentials[1])) {
                Message logout = refused.next(MsgType.LOGOUT);
                assertThat(field(logout, 58)).isEqualTo("wrong user name or password");
                assertThat(refused.loggedOn()).isFalse();
            }
        }
        try (FixClient root = rig.logOn("root")) {
            assertThat(root.loggedOn()).isTrue();
        }
    }

    @Test
    void a_malformed_message_is_answered_with_a_session_reject_and_the_session_stays_up() throws Exception {
        ContractSpec contract = rig.instrument();
        long before = rig.lastEvent();
        NewOrderSingle noSide = Fix.limit("BAD1", contract, Fix.BUY, 1, 0, '1');
        noSide.removeField(Side.FIELD);
        wang.send(noSide);
        Message missing = wang.next(MsgType.REJECT);
        assertThat(field(missing, 373)).as("required tag missing").isEqualTo("1");
        assertThat(field(missing, 371)).isEqualTo("54");
        NewOrderSingle badQuantity = Fix.limit("BAD2", contract, Fix.BUY, 1, 0, '1');
        badQuantity.setString(OrderQty.FIELD, "abc");
        wang.send(badQuantity);
        assertThat(field(wang.next(MsgType.REJECT), 373)).as("incorrect data format").isEqualTo("6");
        NewOrderSingle noPrice = Fix.order("BAD3", contract, Fix.BUY, '2', 1);
        wang.send(noPrice);
        Message priceMissing = wang.next(MsgType.BUSINESS_MESSAGE_REJECT);
        assertThat(field(priceMissing, 380)).as("a limit order needs Price: conditionally required").isEqualTo("5");
        assertThat(field(priceMissing, 58)).endsWith("field=44");
        assertThat(rig.lastEvent()).isEqualTo(before);

        assertThat(wang.loggedOn()).isTrue();
        wang.send(Fix.limit("GOOD", contract, Fix.BUY, 1, -1, '1'));
        assertThat(field(wang.next(MsgType.EXECUTION_REPORT, m -> "GOOD".equals(field(m, 11))), 150)).isEqualTo("0");
    }

    @Test
    void unknown_symbols_roles_that_may_not_trade_and_foreign_accounts_are_refused_and_nothing_is_applied()
            throws Exception {
        ContractSpec contract = rig.instrument();
        long before = rig.lastEvent();
        NewOrderSingle unknown = Fix.limit("U1", contract, Fix.BUY, 1, 0, '1');
        unknown.setString(Symbol.FIELD, "NO-SUCH-SYMBOL");
        wang.send(unknown);
        Message unknownSymbol = wang.next(MsgType.EXECUTION_REPORT, m -> "U1".equals(field(m, 11)));
        assertThat(field(unknownSymbol, 150)).isEqualTo("8");
        assertThat(field(unknownSymbol, 103)).isEqualTo("1");

        try (FixClient chen = rig.logOn("chen")) {
            chen.send(Fix.limit("RO1", contract, Fix.BUY, 1, 0, '1'));
            Message refused = chen.next(MsgType.EXECUTION_REPORT, m -> "RO1".equals(field(m, 11)));
            assertThat(field(refused, 150)).isEqualTo("8");
            assertThat(field(refused, 58)).isEqualTo("risk officer 'chen' may not send PLACE_ORDER: a risk officer"
                    + " sends no order, quote or cancel");
            OrderMassCancelRequest massCancel = new OrderMassCancelRequest();
            massCancel.setString(ClOrdID.FIELD, "RO2");
            massCancel.setChar(MassCancelRequestType.FIELD, '7');
            massCancel.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.now(ZoneOffset.UTC));
            chen.send(massCancel);
            Message report = chen.next(MsgType.ORDER_MASS_CANCEL_REPORT, m -> "RO2".equals(field(m, 11)));
            assertThat(field(report, 531)).isEqualTo("0");
            assertThat(field(report, 58)).startsWith("risk officer 'chen' may not send MASS_CANCEL");
        }
        wang.send(Fix.withAccount(Fix.limit("FOREIGN", contract, Fix.BUY, 1, 0, '1'), 2002));
        Message foreign = wang.next(MsgType.EXECUTION_REPORT, m -> "FOREIGN".equals(field(m, 11)));
        assertThat(field(foreign, 58)).isEqualTo("trader 'wang' may not send PLACE_ORDER for account 2002: it trades"
                + " account 2001");
        assertThat(rig.lastEvent()).as("nothing reached the exchange").isEqualTo(before);
    }

    @Test
    void a_connection_that_never_logs_on_is_closed_after_the_logon_timeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", rig.port)) {
            socket.setSoTimeout((int) LOGON_TIMEOUT.toMillis() * 5);
            OutputStream out = socket.getOutputStream();
            out.write("this is not FIX\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            int read;
            try {
                read = in.read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the gateway kept a connection that never logged on for 15 s", e);
            }
            assertThat(read).as("closed by the gateway, nothing sent").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(LOGON_TIMEOUT.minusMillis(500),
                    LOGON_TIMEOUT.multipliedBy(5));
        }
    }

    @Test
    void messages_over_the_session_rate_are_refused_unapplied_and_the_session_stays_up() throws Exception {
        try (FixClient root = rig.logOn("root")) {
            int sent = RATE * 3;
            long start = System.nanoTime();
            for (int i = 0; i < sent; i++) {
                root.send(marketData("RATE" + i, "NO-SUCH-SYMBOL", '0'));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Message> answered = root.drain(MsgType.MARKET_DATA_REQUEST_REJECT, Duration.ofSeconds(3));
            List<Message> refused = root.drain(MsgType.BUSINESS_MESSAGE_REJECT, Duration.ofMillis(500));
            assertThat(answered.size() + refused.size()).isEqualTo(sent);
            assertThat(answered.size()).isLessThanOrEqualTo((int) (RATE * (Math.ceil(seconds) + 1)));
            assertThat(refused).isNotEmpty();
            assertThat(field(refused.get(0), 58)).startsWith("message rate: more than " + RATE);
            assertThat(field(refused.get(0), 372)).isEqualTo("V");
            Thread.sleep(1_100);
            root.send(securityList("AFTER"));
            assertThat(root.next(MsgType.SECURITY_LIST, m -> "AFTER".equals(field(m, 320)))).isNotNull();
        }
    }

    @Test
    void a_session_may_have_only_so_many_open_orders() throws Exception {
        ContractSpec contract = rig.instrument();
        try (FixClient mm = rig.logOn("mm")) {
            for (int i = 0; i < OPEN_ORDERS; i++) {
                mm.send(Fix.limit("O" + i, contract, Fix.SELL, 1, 10 + i, '1'));
                String id = "O" + i;
                assertThat(field(mm.next(MsgType.EXECUTION_REPORT, m -> id.equals(field(m, 11))), 150)).isEqualTo("0");
            }
            long before = rig.lastEvent();
            mm.send(Fix.limit("OVER", contract, Fix.SELL, 1, 20, '1'));
            Message refused = mm.next(MsgType.EXECUTION_REPORT, m -> "OVER".equals(field(m, 11)));
            assertThat(field(refused, 103)).isEqualTo("3");
            assertThat(field(refused, 58)).isEqualTo("open orders: this session has " + OPEN_ORDERS
                    + " working, the most it may have");
            assertThat(rig.lastEvent()).isEqualTo(before);
            mm.send(Fix.cancel("O0-X", "O0", contract, Fix.SELL));
            mm.next(MsgType.EXECUTION_REPORT, m -> "O0-X".equals(field(m, 11)));
            mm.send(Fix.limit("AGAIN", contract, Fix.SELL, 1, 20, '1'));
            assertThat(field(mm.next(MsgType.EXECUTION_REPORT, m -> "AGAIN".equals(field(m, 11))), 150))
                    .as("one cancelled, one more may work").isEqualTo("0");
        }
    }

    @Test
    void the_security_list_is_the_catalogue() throws Exception {
        wang.send(securityList("ALL"));
        Message all = wang.next(MsgType.SECURITY_LIST, m -> "ALL".equals(field(m, 320)));
        assertThat(field(all, 560)).isEqualTo("0");
        List<Group> securities = all.getGroups(NoRelatedSym.FIELD);
        assertThat(securities).hasSize(rig.catalogue.size());
        ContractSpec contract = rig.catalogue.contracts().get(0);
        assertThat(securities.get(0).getString(Symbol.FIELD)).isEqualTo(contract.symbol());
        assertThat(securities.get(0).getString(48)).isEqualTo(Integer.toString(contract.instrumentId()));

        SecurityListRequest one = securityList("ONE");
        one.setInt(SecurityListRequestType.FIELD, 0);
        one.setString(Symbol.FIELD, "NO-SUCH-SYMBOL");
        wang.send(one);
        assertThat(field(wang.next(MsgType.SECURITY_LIST, m -> "ONE".equals(field(m, 320))), 560)).isEqualTo("2");
    }

    @Test
    void market_data_is_a_snapshot_of_depth_then_incremental_refreshes_of_levels_and_trades() throws Exception {
        ContractSpec contract = rig.instrument();
        li.send(Fix.limit("D1", contract, Fix.BUY, 2, -1, '1'));
        li.send(Fix.limit("D2", contract, Fix.BUY, 3, -2, '1'));
        li.next(MsgType.EXECUTION_REPORT, m -> "D2".equals(field(m, 11)));
        try (FixClient watcher = rig.logOn("root")) {
            watcher.send(marketData("MD1", contract.symbol(), '1'));
            Message snapshot = watcher.next(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH);
            assertThat(field(snapshot, 262)).isEqualTo("MD1");
            List<Group> levels = snapshot.getGroups(NoMDEntries.FIELD);
            assertThat(levels).hasSize(2);
            assertThat(levels.get(0).getDecimal(270)).isEqualByComparingTo(Fix.price(contract, -1));
            assertThat(levels.get(0).getDecimal(271).longValue()).isEqualTo(2 * contract.lotSize());
            assertThat(levels.get(1).getDecimal(270)).isEqualByComparingTo(Fix.price(contract, -2));

            li.send(Fix.limit("D3", contract, Fix.SELL, 4, 1, '1'));
            Group offer = entry(watcher.next(MsgType.MARKET_DATA_INCREMENTAL_REFRESH));
            assertThat(offer.getChar(279)).as("a new level").isEqualTo('0');
            assertThat(offer.getChar(269)).isEqualTo('1');
            assertThat(offer.getDecimal(270)).isEqualByComparingTo(Fix.price(contract, 1));

            wang.send(Fix.limit("D4", contract, Fix.SELL, 2, -1, '3'));
            List<Group> changes = watcher.drain(MsgType.MARKET_DATA_INCREMENTAL_REFRESH, Duration.ofSeconds(1))
                    .stream().map(SessionRulesTest::entry).toList();
            assertThat(changes).anySatisfy(g -> {
                assertThat(g.getChar(269)).isEqualTo('2');
                assertThat(g.getDecimal(270)).isEqualByComparingTo(Fix.price(contract, -1));
                assertThat(g.getDecimal(271).longValue()).isEqualTo(2 * contract.lotSize());
            });
            assertThat(changes).anySatisfy(g -> {
                assertThat(g.getChar(279)).as("the traded level is gone").isEqualTo('2');
                assertThat(g.getDecimal(270)).isEqualByComparingTo(Fix.price(contract, -1));
            });

            // A book with nothing in it: FIX 4.4 requires NoMDEntries, so the snapshot says 268=0, which a validating
            // client (this one validates against FIX44.xml) takes; without it the client rejects the snapshot.
            ContractSpec empty = rig.instrument();
            watcher.send(marketData("MD3", empty.symbol(), '0'));
            Message nothing = watcher.next(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH, m -> "MD3".equals(field(m, 262)));
            assertThat(field(nothing, 55)).isEqualTo(empty.symbol());
            assertThat(nothing.getInt(NoMDEntries.FIELD)).isZero();

            watcher.send(marketData("MD2", "NO-SUCH-SYMBOL", '0'));
            Message reject = watcher.next(MsgType.MARKET_DATA_REQUEST_REJECT);
            assertThat(field(reject, 281)).isEqualTo("0");
        }
    }

    @Test
    void a_request_for_quotes_reaches_the_other_sessions_and_an_unknown_symbol_is_refused() throws Exception {
        ContractSpec contract = rig.instrument();
        wang.send(quoteRequest("RFQ1", contract.symbol()));
        Message relayed = li.next(MsgType.QUOTE_REQUEST, m -> "RFQ1".equals(field(m, 131)));
        assertThat(relayed.getGroups(NoRelatedSym.FIELD).get(0).getString(Symbol.FIELD)).isEqualTo(contract.symbol());
        wang.send(quoteRequest("RFQ2", "NO-SUCH-SYMBOL"));
        Message refused = wang.next(MsgType.QUOTE_REQUEST_REJECT, m -> "RFQ2".equals(field(m, 131)));
        assertThat(field(refused, 658)).isEqualTo("1");
    }

    private static Group entry(Message refresh) {
        try {
            return refresh.getGroups(NoMDEntries.FIELD).get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static SecurityListRequest securityList(String id) {
        SecurityListRequest request = new SecurityListRequest();
        request.setString(SecurityReqID.FIELD, id);
        request.setInt(SecurityListRequestType.FIELD, 4);
        return request;
    }

    private static MarketDataRequest marketData(String id, String symbol, char kind) {
        MarketDataRequest request = new MarketDataRequest();
        request.setString(MDReqID.FIELD, id);
        request.setChar(SubscriptionRequestType.FIELD, kind);
        request.setInt(MarketDepth.FIELD, 0);
        for (char type : new char[] {'0', '1', '2'}) {
            MarketDataRequest.NoMDEntryTypes entryType = new MarketDataRequest.NoMDEntryTypes();
            entryType.setChar(MDEntryType.FIELD, type);
            request.addGroup(entryType);
        }
        MarketDataRequest.NoRelatedSym related = new MarketDataRequest.NoRelatedSym();
        related.setString(Symbol.FIELD, symbol);
        request.addGroup(related);
        return request;
    }

    private static QuoteRequest quoteRequest(String id, String symbol) {
        QuoteRequest request = new QuoteRequest();
        request.setString(QuoteReqID.FIELD, id);
        QuoteRequest.NoRelatedSym related = new QuoteRequest.NoRelatedSym();
        related.setString(Symbol.FIELD, symbol);
        request.addGroup(related);
        return request;
    }
}
