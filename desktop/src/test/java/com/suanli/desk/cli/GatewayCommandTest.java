package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.gateway.FixClient;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Group;
import quickfix.Message;
import quickfix.field.MsgType;
import quickfix.field.NoRelatedSym;
import quickfix.field.SecurityListRequestType;
import quickfix.field.SecurityReqID;
import quickfix.field.Symbol;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.SecurityListRequest;

/** {@code desk gateway} end to end: the desk's exchange on a database file, a desk user over FIX on loopback. */
class GatewayCommandTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path home;
    @TempDir
    Path here;

    @Test
    void a_bad_port_is_refused_naming_the_option() {
        CliRun cli = new CliRun(home, here);
        assertThat(cli.desk("gateway", "--db", "desk", "--port", "0")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("error: --port: must be 1 to 65535, was 0" + System.lineSeparator());
    }

    @Test
    void a_cluster_endpoint_without_a_port_is_refused_naming_the_option() {
        CliRun cli = new CliRun(home, here);
        assertThat(cli.desk("gateway", "--db", "desk", "--port", "9880", "--cluster", "127.0.0.1:21002,127.0.0.1"))
                .isEqualTo(2);
        assertThat(cli.err()).isEqualTo("error: --cluster: '127.0.0.1' is not HOST:PORT (a member's client ingress,"
                + " port base + 100 x member + 2)" + System.lineSeparator());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void a_desk_user_logs_on_lists_the_catalogue_and_sends_an_order_the_exchange_answers() throws Exception {
        try (DeskStore store = DeskStore.open(StoreAddress.file(here.resolve("desk")), FileKey.NONE)) {
            UserDirectory users = new UserDirectory(store);
            users.soleUser("root", 1001);
            users.resetPassword("root", PASSWORD.toCharArray());
            users.add("wang", "Wang", UserRole.TRADER, PASSWORD.toCharArray(), List.of(1001L));
        }
        int port = FixClient.freePort();
        CliRun server = new CliRun(home, here);
        Thread serving = new Thread(() -> server.desk("gateway", "--db", "desk", "--port", Integer.toString(port)),
                "test-desk-gateway");
        serving.start();
        for (int i = 0; i < 600 && !server.out().contains("desk gateway: FIX 4.4 on"); i++) {
            Thread.sleep(100);
        }
        assertThat(server.out() + server.err()).contains("desk gateway: FIX 4.4 on 127.0.0.1:" + port);

        FixClient client = FixClient.logOn("DESKTEST", port, "wang", PASSWORD);
        try {
            SecurityListRequest list = new SecurityListRequest();
            list.setString(SecurityReqID.FIELD, "ALL");
            list.setInt(SecurityListRequestType.FIELD, 4);
            client.send(list);
            Message securities = client.next(MsgType.SECURITY_LIST);
            List<Group> listed = securities.getGroups(NoRelatedSym.FIELD);
            assertThat(listed).isNotEmpty();

            NewOrderSingle order = new NewOrderSingle();
            order.setString(11, "DESK1");
            order.setString(Symbol.FIELD, listed.get(0).getString(Symbol.FIELD));
            order.setChar(54, '1');
            order.setUtcTimeStamp(60, LocalDateTime.now(ZoneOffset.UTC));
            order.setChar(40, '2');
            order.setDecimal(38, BigDecimal.ONE);
            order.setDecimal(44, new BigDecimal("0.01"));
            client.send(order);
            Message report = client.next(MsgType.EXECUTION_REPORT);
            assertThat(report.getString(11)).isEqualTo("DESK1");
            assertThat(report.getString(1)).isEqualTo("1001");
            // A bid of one tick is outside every band, or the contract does not trade today: either way the
            // exchange itself answered, with its reason.
            assertThat(report.getString(150)).isEqualTo("8");
            assertThat(report.getString(58)).matches("[A-Z_]+: .+");
        } finally {
            client.close();
            serving.interrupt();
            serving.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertThat(serving.isAlive()).isFalse();
    }
}
