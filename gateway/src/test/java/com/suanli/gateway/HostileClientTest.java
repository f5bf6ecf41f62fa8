package com.suanli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.listing.ContractSpec;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile client sends, written byte for byte ({@link RawFix}): garbled frames, header fields out of
 * order, a tag twice, values out of range, wrong group counts, a BodyLength of a gigabyte, another session's
 * orders, replaces to a negative quantity or off the tick, mass quotes with bad entries. Each gets the answer
 * docs/FIX.md gives, the session stays up where it says so, and nothing refused reaches the exchange.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileClientTest {

    static final Duration ANSWER = Duration.ofSeconds(10);
    static final Duration QUIET = Duration.ofSeconds(1);
    static final String TIME = "20261202-02:00:00.000";

    @TempDir
    static Path dir;
    static GatewayRig rig;

    @BeforeAll
    static void start() {
        rig = new GatewayRig(dir, port -> GatewayConfig.defaults(port));
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    static String order(ContractSpec contract, String clOrdId, long offset) {
        return "11=" + clOrdId + "|1=2001|55=" + contract.symbol() + "|54=1|60=" + TIME + "|38=" + contract.lotSize()
                + "|40=2|44=" + Fix.price(contract, offset).toPlainString() + "|59=1|";
    }

    static boolean answers(String message, String type, String clOrdId) {
        return type.equals(RawFix.type(message)) && clOrdId.equals(RawFix.field(message, 11));
    }

    @Test
    void a_garbled_message_is_ignored_and_the_same_sequence_number_is_taken_next() throws Exception {
        ContractSpec contract = rig.instrument();
        try (RawFix client = RawFix.logOn(rig.port, "HOSTILE1", "wang", GatewayRig.PASSWORD)) {
            long before = rig.lastEvent();
            String framed = RawFix.frame("35=D|" + client.header() + order(contract, "CK1", -1));
            client.writeRaw(framed.substring(0, framed.length() - 4) + "999|");
            assertThat(client.within(QUIET)).as("a bad checksum is garbled: no answer, FIX's rule").isEmpty();
            assertThat(rig.lastEvent()).isEqualTo(before);
            client.reuseLastSequence();
            client.send("D", order(contract, "CK2", -1));
            String report = client.next(m -> answers(m, "8", "CK2"), ANSWER);
            assertThat(RawFix.field(report, 150)).as("the session is up and took the sequence number again")
                    .isEqualTo("0");
        }
    }

    @Test
    void header_out_of_order_a_tag_twice_bad_values_and_group_counts_are_session_rejects_and_the_session_stays_up()
            throws Exception {
        ContractSpec contract = rig.instrument();
        try (RawFix client = RawFix.logOn(rig.port, "HOSTILE2", "wang", GatewayRig.PASSWORD)) {
            long before = rig.lastEvent();
            client.writeRaw(RawFix.frame("35=D|11=OO|" + client.header() + order(contract, "OO", -1).substring(6)));
            assertReject(client, "14", "34");
            client.send("D", "11=TWICE|" + order(contract, "TWICE2", -1));
            assertReject(client, "13", "11");
            client.send("D", order(contract, "SIDE", -1).replace("54=1", "54=9"));
            assertReject(client, "5", "54");
            client.send("D", order(contract, "EMPTY", -1).replace("55=" + contract.symbol(), "55="));
            assertReject(client, "4", "55");
            client.send("D", order(contract, "UNKNOWN", -1) + "9999=x|");
            assertReject(client, "0", "9999");
            client.send("D", order(contract, "EXP", -1).replaceFirst("44=[^|]*", "44=1e400"));
            assertReject(client, "6", "44");
            client.send("i", "117=Q|1=2001|296=1|302=1|304=1|295=5|299=E1|55=" + contract.symbol() + "|");
            assertReject(client, "16", "295");
            client.send("ZZ", "");
            assertReject(client, "11", "35");
            assertThat(rig.lastEvent()).as("nothing reached the exchange").isEqualTo(before);

            client.send("D", order(contract, "AFTER", -1));
            assertThat(RawFix.field(client.next(m -> answers(m, "8", "AFTER"), ANSWER), 150)).isEqualTo("0");
        }
    }

    private static void assertReject(RawFix client, String reason, String tag) throws Exception {
        String reject = client.next(m -> "3".equals(RawFix.type(m)), ANSWER);
        assertThat(reject).as("a session Reject").isNotNull();
        assertThat(RawFix.field(reject, 373)).as(reject).isEqualTo(reason);
        assertThat(RawFix.field(reject, 371)).as(reject).isEqualTo(tag);
    }

    @Test
    void a_body_length_of_a_gigabyte_closes_the_connection_instead_of_filling_the_heap() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", rig.port)) {
            OutputStream out = socket.getOutputStream();
            out.write("8=FIX.4.4\u00019=1000000000\u000135=A\u0001".getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            long sent = 0;
            try {
                while (sent < 64L * InboundSizeLimit.BYTES) {
                    out.write(chunk);
                    sent += chunk.length;
                }
            } catch (java.io.IOException closed) {
                // The gateway closed the connection: what this test wants.
            }
            assertThat(sent).as("closed long before 64 limits' worth was taken").isLessThan(64L * InboundSizeLimit.BYTES);
        }
        try (RawFix client = RawFix.logOn(rig.port, "HOSTILE3", "li", GatewayRig.PASSWORD)) {
            client.send("x", "320=L|559=0|55=NO-SUCH-SYMBOL|");
            assertThat(RawFix.field(client.next(m -> "y".equals(RawFix.type(m)), ANSWER), 560)).isEqualTo("2");
        }
    }

    @Test
    void another_sessions_orders_cannot_be_cancelled_and_bad_replaces_leave_the_order_as_it_was() throws Exception {
        ContractSpec contract = rig.instrument();
        try (RawFix wang = RawFix.logOn(rig.port, "HOSTILE4", "wang", GatewayRig.PASSWORD);
             RawFix li = RawFix.logOn(rig.port, "HOSTILE5", "li", GatewayRig.PASSWORD)) {
            wang.send("D", order(contract, "MINE", -3));
            String accepted = wang.next(m -> answers(m, "8", "MINE"), ANSWER);
            long orderId = Long.parseLong(RawFix.field(accepted, 37));
            long before = rig.lastEvent();

            li.send("F", "11=STEAL|41=MINE|55=" + contract.symbol() + "|54=1|60=" + TIME + "|");
            String theft = li.next(m -> answers(m, "9", "STEAL"), ANSWER);
            assertThat(RawFix.field(theft, 102)).as("unknown order on li's session").isEqualTo("1");

            String replace = "41=MINE|1=2001|55=" + contract.symbol() + "|54=1|60=" + TIME + "|40=2|";
            String price = "44=" + Fix.price(contract, -3).toPlainString() + "|";
            wang.send("G", "11=NEG|" + replace + "38=-" + contract.lotSize() + "|" + price);
            assertThat(RawFix.field(wang.next(m -> answers(m, "9", "NEG"), ANSWER), 58))
                    .startsWith("OrderQty(38): must be a positive number of lots");
            wang.send("G", "11=ZERO|" + replace + "38=0|" + price);
            assertThat(RawFix.field(wang.next(m -> answers(m, "9", "ZERO"), ANSWER), 434)).isEqualTo("2");
            wang.send("G", "11=TICK|" + replace + "38=" + contract.lotSize() + "|44="
                    + Fix.price(contract, -3).toPlainString() + "1|");
            assertThat(RawFix.field(wang.next(m -> answers(m, "9", "TICK"), ANSWER), 58))
                    .contains("is not a multiple of tickSize");
            assertThat(rig.lastEvent()).as("nothing reached the exchange").isEqualTo(before);
            List<WorkingOrder> working = rig.host.ask(Engine::workingOrders).join();
            assertThat(working).filteredOn(o -> o.orderId() == orderId).singleElement().satisfies(o -> {
                assertThat(o.price()).isEqualTo(contract.referencePriceTicks() - 3);
                assertThat(o.openQuantity()).isEqualTo(contract.lotSize());
            });
        }
    }

    @Test
    void a_clordid_longer_than_the_gateway_keeps_is_refused_before_the_exchange() throws Exception {
        ContractSpec contract = rig.instrument();
        try (RawFix client = RawFix.logOn(rig.port, "HOSTILE7", "wang", GatewayRig.PASSWORD)) {
            long before = rig.lastEvent();
            String huge = "X".repeat(100_000);
            client.send("D", order(contract, huge, -1));
            String refused = client.next(m -> answers(m, "8", huge), ANSWER);
            assertThat(RawFix.field(refused, 103)).isEqualTo("99");
            assertThat(RawFix.field(refused, 58)).isEqualTo("ClOrdID(11): 100000 characters, at most 64");
            assertThat(rig.lastEvent()).as("nothing reached the exchange").isEqualTo(before);

            String longest = "Y".repeat(com.suanli.gateway.order.OrderDesk.MAX_CLORDID);
            client.send("D", order(contract, longest, -1));
            assertThat(RawFix.field(client.next(m -> answers(m, "8", longest), ANSWER), 150)).isEqualTo("0");
            client.send("F", "11=" + huge + "|41=" + longest + "|55=" + contract.symbol() + "|54=1|60=" + TIME + "|");
            assertThat(RawFix.field(client.next(m -> answers(m, "9", huge), ANSWER), 58))
                    .isEqualTo("ClOrdID(11): 100000 characters, at most 64");
        }
    }

    @Test
    void a_session_subscribes_to_each_contract_at_most_as_often_as_the_catalogue_has_contracts() throws Exception {
        ContractSpec contract = rig.instrument();
        int limit = rig.catalogue.size();
        try (RawFix client = RawFix.logOn(rig.port, "HOSTILE8", "li", GatewayRig.PASSWORD)) {
            String symbols = "146=" + (limit - 1) + "|" + rig.catalogue.contracts().stream().limit(limit - 1)
                    .map(c -> "55=" + c.symbol() + "|").reduce("", String::concat);
            client.send("V", "262=ALL|263=1|264=1|267=1|269=0|" + symbols);
            client.send("V", "262=ONE|263=1|264=1|267=1|269=0|146=1|55=" + contract.symbol() + "|");
            client.send("V", "262=OVER|263=1|264=1|267=1|269=0|146=1|55=" + contract.symbol() + "|");
            String refused = client.next(m -> "Y".equals(RawFix.type(m)), Duration.ofSeconds(30));
            assertThat(RawFix.field(refused, 262)).as(refused).isEqualTo("OVER");
            assertThat(RawFix.field(refused, 281)).isEqualTo("2");
            assertThat(RawFix.field(refused, 58)).isEqualTo("subscriptions: this session's would cover " + (limit + 1)
                    + " contracts, counted once per subscription; at most " + limit);
            client.send("V", "262=ALL|263=2|264=1|267=1|269=0|146=1|55=" + contract.symbol() + "|");
            client.send("V", "262=AGAIN|263=1|264=1|267=1|269=0|146=1|55=" + contract.symbol() + "|");
            assertThat(client.next(m -> "W".equals(RawFix.type(m)) && "AGAIN".equals(RawFix.field(m, 262)),
                    Duration.ofSeconds(30))).as("one ended, another may start").isNotNull();
        }
    }

    @Test
    void a_mass_quote_with_a_bad_entry_is_refused_whole_and_a_mass_cancel_may_name_its_account() throws Exception {
        ContractSpec contract = rig.instrument();
        try (RawFix root = RawFix.logOn(rig.port, "HOSTILE6", "root", GatewayRig.PASSWORD)) {
            long before = rig.lastEvent();
            String bid = Fix.price(contract, -1).toPlainString();
            root.send("i", "117=Q1|1=1|296=1|302=1|304=2|295=2|299=E1|55=" + contract.symbol() + "|132=" + bid
                    + "|134=" + contract.lotSize() + "|299=E2|55=NO-SUCH-SYMBOL|133=1|135=1|");
            String unknown = root.next(m -> "b".equals(RawFix.type(m)), ANSWER);
            assertThat(RawFix.field(unknown, 297)).isEqualTo("5");
            root.send("i", "117=Q2|1=1|296=1|302=1|304=1|295=1|299=E1|55=" + contract.symbol() + "|132=" + bid
                    + "|134=-5|");
            String negative = root.next(m -> "b".equals(RawFix.type(m)) && "Q2".equals(RawFix.field(m, 117)), ANSWER);
            assertThat(RawFix.field(negative, 297)).isEqualTo("5");
            assertThat(RawFix.field(negative, 58)).startsWith("BidSize(134)");
            assertThat(rig.lastEvent()).as("nothing reached the exchange").isEqualTo(before);

            root.send("D", order(contract, "ROOT1", -2).replace("1=2001", "1=1"));
            assertThat(RawFix.field(root.next(m -> answers(m, "8", "ROOT1"), ANSWER), 150)).isEqualTo("0");
            root.send("q", "11=MC|1=1|530=7|60=" + TIME + "|");
            // The report and the order's cancel travel separately and may come in either order (docs/FIX.md).
            List<String> answers = root.within(Duration.ofSeconds(3));
            assertThat(answers).filteredOn(m -> answers(m, "r", "MC")).singleElement()
                    .satisfies(done -> assertThat(RawFix.field(done, 531)).as(done).isEqualTo("7"));
            assertThat(answers).filteredOn(m -> answers(m, "8", "ROOT1") && "4".equals(RawFix.field(m, 150)))
                    .singleElement().satisfies(cancel -> assertThat(RawFix.field(cancel, 58)).isEqualTo("MASS_CANCEL"));
            root.send("q", "11=MC2|1=2001|530=7|60=" + TIME + "|");
            String foreign = root.next(m -> answers(m, "r", "MC2"), ANSWER);
            assertThat(RawFix.field(foreign, 531)).as("root trades account 1 only").isEqualTo("0");
        }
    }
}
