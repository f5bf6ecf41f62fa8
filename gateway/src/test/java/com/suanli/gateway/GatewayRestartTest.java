package com.suanli.gateway;

import static com.suanli.gateway.FixClient.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.MsgType;

/**
 * A gateway restarted in front of a running exchange takes back the orders its sessions entered: a client that
 * logs on again with the same CompID cancels and replaces them by the ClOrdIDs it knows, and their reports carry
 * on from what was filled before the restart.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GatewayRestartTest {

    @TempDir
    Path dir;

    private static Message report(FixClient client, String clOrdId, char execType) throws InterruptedException {
        return client.next(MsgType.EXECUTION_REPORT, m -> clOrdId.equals(field(m, 11))
                && String.valueOf(execType).equals(field(m, 150)));
    }

    private static BigDecimal lots(ContractSpec contract, long lots) {
        return BigDecimal.valueOf(lots * contract.lotSize());
    }

    @Test
    void after_a_restart_a_session_cancels_and_replaces_its_orders_by_their_client_order_ids() throws Exception {
        Path register = dir.resolve("fix-orders");
        try (GatewayRig rig = new GatewayRig(dir, port -> GatewayConfig.defaults(port).withOrderRegister(register))) {
            ContractSpec contract = rig.instrument();
            long resting;
            long partlyFilled;
            try (FixClient wang = FixClient.logOn("RESTART-WANG", rig.port, "wang", GatewayRig.PASSWORD);
                 FixClient li = rig.logOn("li")) {
                wang.send(Fix.limit("K1", contract, Fix.BUY, 5, -5, '1'));
                resting = Long.parseLong(field(report(wang, "K1", '0'), 37));
                wang.send(Fix.replace("K2", "K1", contract, Fix.BUY, 5, -4));
                report(wang, "K2", '5');

                wang.send(Fix.limit("P1", contract, Fix.BUY, 4, -1, '1'));
                partlyFilled = Long.parseLong(field(report(wang, "P1", '0'), 37));
                li.send(Fix.limit("S1", contract, Fix.SELL, 1, -1, '1'));
                report(wang, "P1", 'F');
            }

            rig.restartGateway();

            try (FixClient wang = FixClient.logOn("RESTART-WANG", rig.port, "wang", GatewayRig.PASSWORD);
                 FixClient li = rig.logOn("li")) {
                wang.send(Fix.replace("P2", "P1", contract, Fix.BUY, 3, -1));
                Message lowered = report(wang, "P2", '5');
                assertThat(field(lowered, 41)).isEqualTo("P1");
                assertThat(field(lowered, 37)).isEqualTo(Long.toString(partlyFilled));
                assertThat(new BigDecimal(field(lowered, 38))).isEqualByComparingTo(lots(contract, 3));
                assertThat(new BigDecimal(field(lowered, 14))).as("filled before the restart")
                        .isEqualByComparingTo(lots(contract, 1));
                assertThat(new BigDecimal(field(lowered, 151))).isEqualByComparingTo(lots(contract, 2));
                assertThat(new BigDecimal(field(lowered, 6))).isEqualByComparingTo(Fix.price(contract, -1));

                li.send(Fix.limit("S2", contract, Fix.SELL, 2, -1, '1'));
                Message filled = report(wang, "P2", 'F');
                assertThat(field(filled, 39)).isEqualTo("2");
                assertThat(new BigDecimal(field(filled, 14))).isEqualByComparingTo(lots(contract, 3));

                wang.send(Fix.cancel("K3", "K2", contract, Fix.BUY));
                Message cancelled = report(wang, "K3", '4');
                assertThat(field(cancelled, 41)).isEqualTo("K2");
                assertThat(field(cancelled, 37)).isEqualTo(Long.toString(resting));
                Optional<WorkingOrder> gone = rig.host.ask(engine -> engine.workingOrder(resting)).join();
                assertThat(gone).as("the exchange cancelled it").isEmpty();
            }
            assertThat(Files.readString(register)).as("rewritten at the restart with the working orders under their current names")
                    .doesNotContain("K1");
        }
    }

    @Test
    void without_a_register_a_restarted_gateway_does_not_know_the_orders_entered_before() throws Exception {
        try (GatewayRig rig = new GatewayRig(dir, GatewayConfig::defaults)) {
            ContractSpec contract = rig.instrument();
            try (FixClient wang = FixClient.logOn("FORGET-WANG", rig.port, "wang", GatewayRig.PASSWORD)) {
                wang.send(Fix.limit("F1", contract, Fix.BUY, 1, -5, '1'));
                report(wang, "F1", '0');
            }

            rig.restartGateway();

            try (FixClient wang = FixClient.logOn("FORGET-WANG", rig.port, "wang", GatewayRig.PASSWORD)) {
                wang.send(Fix.cancel("F2", "F1", contract, Fix.BUY));
                Message refused = wang.next(MsgType.ORDER_CANCEL_REJECT, m -> "F2".equals(field(m, 11)));
                assertThat(field(refused, 102)).as("unknown order").isEqualTo("1");
            }
        }
    }
}
