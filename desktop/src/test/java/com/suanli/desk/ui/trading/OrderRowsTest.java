package com.suanli.desk.ui.trading;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.ContractSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The orders' rows follow the kept orders by the ones touched, newest first, one change a batch. */
class OrderRowsTest {

    private static final ContractSpec JUNE = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M06");

    @Test
    void seeded_batches_of_new_changed_and_forgotten_orders_leave_the_rows_the_kept_orders_newest_first() {
        Random random = new Random(14);
        OrderRows rows = new OrderRows();
        List<ListChangeListener.Change<? extends OwnOrder>> heard = new ArrayList<>();
        rows.addListener((ListChangeListener<OwnOrder>) heard::add);
        Map<Long, OwnOrder> kept = new LinkedHashMap<>();
        long nextId = 1;
        for (int batch = 0; batch < 2_000; batch++) {
            Set<Long> touched = new HashSet<>();
            for (int edit = random.nextInt(6); edit > 0; edit--) {
                List<Long> ids = new ArrayList<>(kept.keySet());
                int kind = ids.isEmpty() ? 0 : random.nextInt(3);
                if (kind == 0) {
                    kept.put(nextId, order(nextId, 1 + random.nextInt(9)));
                    touched.add(nextId++);
                } else {
                    long id = ids.get(random.nextInt(ids.size()));
                    if (kind == 1) {
                        kept.put(id, order(id, 1 + random.nextInt(9)));
                    } else {
                        kept.remove(id);
                    }
                    touched.add(id);
                }
            }
            heard.clear();

            rows.show(touched, kept);

            List<OwnOrder> newestFirst = new ArrayList<>(kept.values());
            newestFirst.sort((a, b) -> Long.compare(b.orderId(), a.orderId()));
            assertThat(rows).as("batch %d", batch).containsExactlyElementsOf(newestFirst);
            assertThat(heard).as("changes heard in batch %d", batch).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void a_batch_that_changed_nothing_is_not_heard() {
        OrderRows rows = new OrderRows();
        Map<Long, OwnOrder> kept = new LinkedHashMap<>(Map.of(7L, order(7, 2)));
        rows.show(Set.of(7L), kept);
        List<Object> heard = new ArrayList<>();
        rows.addListener((ListChangeListener<OwnOrder>) heard::add);

        rows.show(Set.of(7L), kept);
        rows.show(Set.of(), kept);

        assertThat(heard).isEmpty();
        assertThat(rows).containsExactly(order(7, 2));
    }

    private static OwnOrder order(long orderId, long open) {
        return new OwnOrder(orderId, TraderFixture.TRADER, orderId, JUNE, Side.BID, OrderType.LIMIT, TimeInForce.GTC, 2000,
                0, 9, open, 9 - open, false, OrderStatus.WORKING, null);
    }
}
