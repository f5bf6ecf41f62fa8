package com.suanli.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.SessionID;

/** The register read back gives each order its session, current ClOrdID, quantity and fills. */
class OrderRegisterTest {

    private static final ContractSpec CONTRACT = CatalogueJson.readDefault().contracts().get(0);
    private static final SessionID SESSION = new SessionID("FIX.4.4", "SUANLI", "ACME");

    @TempDir
    Path dir;

    private static LiveOrder order(long clientOrderId, String clOrdId, long lots) {
        return new LiveOrder(SESSION, CONTRACT, clOrdId, 2001, clientOrderId, Side.BID, OrderTerms.LIMIT, '1', lots,
                100, 0);
    }

    @Test
    void an_order_read_back_has_its_last_client_order_id_its_quantity_and_its_fills() {
        Path file = dir.resolve("orders");
        try (OrderRegister register = OrderRegister.read(file)) {
            register.restartWith(List.of());
            LiveOrder order = order(7, "A1", 5);
            register.newOrder(order);
            register.filled(order, 2, 100);
            order.clOrdId = "A2";
            order.orderQty = 4;
            register.replaced(order);
            register.filled(order, 1, 103);
            register.newOrder(order(8, "B1", 1));
        }

        OrderRegister.Entry entry = OrderRegister.read(file).entry(7);

        assertThat(new SessionID(entry.session)).isEqualTo(SESSION);
        assertThat(entry.clOrdId).isEqualTo("A2");
        assertThat(entry.orderQty).isEqualTo(4);
        assertThat(entry.cumQty).isEqualTo(3);
        assertThat(entry.filledTicks).isEqualTo(2 * 100 + 103);
        assertThat(OrderRegister.read(file).entry(8).clOrdId).isEqualTo("B1");
        assertThat(OrderRegister.read(file).entry(9)).isNull();
    }

    @Test
    void a_last_line_cut_short_when_the_gateway_stopped_is_left_out() throws Exception {
        Path file = dir.resolve("orders");
        try (OrderRegister register = OrderRegister.read(file)) {
            register.restartWith(List.of());
            register.newOrder(order(7, "A1", 5));
        }
        Files.writeString(file, "N\u00018\u0001FIX.4.4:SUANLI->AC", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        OrderRegister register = OrderRegister.read(file);

        assertThat(register.entry(7).clOrdId).isEqualTo("A1");
        assertThat(register.entry(8)).isNull();
    }

    @Test
    void a_line_that_is_not_the_registers_is_refused_naming_the_file_and_the_line() throws Exception {
        Path file = dir.resolve("orders");
        Files.writeString(file, "N\u00017\u0001FIX.4.4:SUANLI->ACME\u0001A1\u00015\nsomething else\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> OrderRegister.read(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 2");
    }
}
