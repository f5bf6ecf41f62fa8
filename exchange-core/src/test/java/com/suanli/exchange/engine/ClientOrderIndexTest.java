package com.suanli.exchange.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The blotter's index of working orders by (account, client order id), against a map of maps
 * doing the same the obvious way: seeded random orders placed and finished over 2,000 accounts
 * with small ids (so probe chains grow, wrap around the table and shift back on removal), through
 * several growths of both tables; after every step each looked-up key and each account's count agree.
 */
class ClientOrderIndexTest {
    private static final int STEPS = 200_000;
    private static final int ACCOUNTS = 2_000;
    private static final int IDS = 60;

    @Test
    void finds_and_counts_every_working_order_as_a_map_of_maps_does() {
        SplittableRandom random = new SplittableRandom(11);
        ClientOrderIndex index = new ClientOrderIndex(true);
        Map<Long, Map<Long, Order>> model = new HashMap<>();
        List<Order> working = new ArrayList<>();
        int largest = 0;
        for (int step = 0; step < STEPS; step++) {
            long account = 1 + random.nextInt(ACCOUNTS);
            long clientOrderId = 1 + random.nextInt(IDS);
            Map<Long, Order> mine = model.computeIfAbsent(account, a -> new HashMap<>());
            // Grow to a few thousand working orders, then shrink, then grow again.
            boolean place = working.isEmpty() || random.nextInt(100) < (step / 40_000 % 2 == 0 ? 70 : 30);
            if (place && !mine.containsKey(clientOrderId)) {
                Order o = new Order();
                o.account = account;
                o.clientOrderId = clientOrderId;
                index.put(o);
                mine.put(clientOrderId, o);
                working.add(o);
            } else if (!working.isEmpty()) {
                Order o = working.remove(random.nextInt(working.size()));
                index.remove(o);
                model.get(o.account).remove(o.clientOrderId);
            }
            largest = Math.max(largest, working.size());
            assertThat(index.get(account, clientOrderId)).isSameAs(mine.get(clientOrderId));
            assertThat(index.count(account)).isEqualTo(mine.size());
            if (!working.isEmpty()) {
                Order any = working.get(random.nextInt(working.size()));
                assertThat(index.get(any.account, any.clientOrderId)).isSameAs(any);
            }
        }
        for (Order o : working) {
            assertThat(index.get(o.account, o.clientOrderId)).isSameAs(o);
        }
        assertThat(largest).as("the tables grew").isGreaterThan(5_000);
        assertThat(index.count(ACCOUNTS + 1)).as("an account never seen").isZero();
    }

    @Test
    void an_index_without_counts_finds_orders_and_refuses_to_count() {
        ClientOrderIndex index = new ClientOrderIndex(false);
        Order o = new Order();
        o.account = 7;
        o.clientOrderId = 3;
        index.put(o);
        assertThat(index.get(7, 3)).isSameAs(o);
        index.remove(o);
        assertThat(index.get(7, 3)).isNull();
        assertThatThrownBy(() -> index.count(7)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no count per account");
    }
}
