package com.suanli.exchange.engine;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTableTest {
    private static final Instrument INSTRUMENT = new Instrument(EngineFixtures.spot(1), 16);

    private static Order order(long id) {
        return new Order().init(id, 1, id, 0, INSTRUMENT, Side.BID, OrderType.LIMIT, TimeInForce.GTC, 1_000, 1, 0, 0, 0, 0,
                false, false);
    }

    @Test
    void finds_orders_by_id_across_pages_and_iterates_in_id_order() {
        OrderTable table = new OrderTable();
        List<Order> placed = new ArrayList<>();
        for (long id = 1; id <= 20_000; id += 7) {
            Order o = order(id);
            table.put(o);
            placed.add(o);
        }
        assertThat(table.get(8)).isSameAs(placed.get(1));
        assertThat(table.get(9)).isNull();
        assertThat(table.get(0)).isNull();
        assertThat(table.get(-5)).isNull();
        assertThat(table.get(1L << 40)).isNull();
        List<Order> iterated = new ArrayList<>();
        table.forEach(iterated::add);
        assertThat(iterated).containsExactlyElementsOf(placed);
    }

    @Test
    void a_finished_page_is_dropped_and_its_orders_are_gone() {
        OrderTable table = new OrderTable();
        List<Order> orders = new ArrayList<>();
        for (long id = 1; id <= 10_000; id++) {
            orders.add(order(id));
            table.put(orders.get(orders.size() - 1));
        }
        for (Order o : orders.subList(0, 5_000)) {
            table.remove(o, 10_001);
        }
        assertThat(table.size()).isEqualTo(5_000);
        assertThat(table.get(100)).isNull();
        assertThat(table.get(5_001)).isSameAs(orders.get(5_000));
        assertThatThrownBy(() -> table.remove(orders.get(0), 10_001)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_page_dropped_is_reused_empty_for_the_next_ids() {
        OrderTable table = new OrderTable();
        List<Order> first = new ArrayList<>();
        for (long id = 1; id < 8_192; id++) {
            first.add(order(id));
            table.put(first.get(first.size() - 1));
        }
        for (Order o : first) {
            table.remove(o, 8_192);
        }
        List<Order> later = new ArrayList<>();
        for (long id = 8_192; id < 16_384; id += 3) {
            later.add(order(id));
            table.put(later.get(later.size() - 1));
        }

        assertThat(table.size()).isEqualTo(later.size());
        assertThat(table.get(1)).isNull();
        assertThat(table.get(4_097)).isNull();
        assertThat(table.get(8_193)).isNull();
        assertThat(table.get(8_195)).isSameAs(later.get(1));
        List<Order> iterated = new ArrayList<>();
        table.forEach(iterated::add);
        assertThat(iterated).containsExactlyElementsOf(later);
    }

    @Test
    void a_quiet_market_holds_no_page_once_its_orders_are_done() {
        OrderTable table = new OrderTable();
        // One order at a time, each finished before the next id is handed out: a quiet market.
        for (long id = 1; id < 5 * 4_096; id++) {
            Order o = order(id);
            table.put(o);
            table.remove(o, id + 1);
        }
        assertThat(table.pagesHeld()).isZero();
        assertThat(table.size()).isZero();
        assertThat(table.get(20_479)).isNull();
    }
}
