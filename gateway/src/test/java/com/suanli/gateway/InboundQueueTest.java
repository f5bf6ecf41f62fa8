package com.suanli.gateway;

import static com.suanli.gateway.FixClient.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.MsgType;

/**
 * A client pipelining far more orders than a session may have waiting in the gateway (the inbound queue's bound,
 * docs/FIX.md "Session level"): the gateway stops reading the connection and starts again, and nothing is lost,
 * doubled or reordered by it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InboundQueueTest {

    private static final int SMALLEST_QUEUE = 4;
    private static final int PIPELINED = 1_500;

    @TempDir
    Path dir;

    @Test
    void orders_pipelined_beyond_the_inbound_bound_are_each_answered_once_in_the_order_sent() throws Exception {
        try (GatewayRig rig = new GatewayRig(dir, port -> GatewayConfig.defaults(port)
                .withInboundQueue(SMALLEST_QUEUE))) {
            FixClient wang = rig.logOn("wang");
            ContractSpec contract = rig.instrument();
            for (int i = 0; i < PIPELINED; i++) {
                wang.send(Fix.limit("P" + i, contract, Fix.BUY, 1, -1 - i % 5, '1'));
            }
            List<Message> reports = wang.drain(MsgType.EXECUTION_REPORT, Duration.ofSeconds(5));

            assertThat(reports).extracting(m -> field(m, 150)).as("every order rests: reported new")
                    .containsOnly("0");
            assertThat(reports).extracting(m -> field(m, 11)).as("one report an order, in the order sent")
                    .containsExactlyElementsOf(IntStream.range(0, PIPELINED).mapToObj(i -> "P" + i).toList());
            assertThat(rig.host.ask(engine -> engine.workingOrders(2001).stream()
                    .filter(o -> o.instrumentId() == contract.instrumentId()).count()).join())
                    .as("the exchange holds each order once").isEqualTo(PIPELINED);
            assertThat(wang.loggedOn()).as("the session stays up").isTrue();
            wang.close();
        }
    }
}
