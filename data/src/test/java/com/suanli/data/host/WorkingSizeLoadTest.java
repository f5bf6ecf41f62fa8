package com.suanli.data.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.OrderType;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingSizeLoadTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    private static final long START = 1_796_000_000_000L;
    private static final int COMMANDS = 200_000;
    private static final int ORDERS_PER_ACCOUNT = 10;
    private static final int RESTING_AT_MOST = ORDERS_PER_ACCOUNT * SeededLoad.ACCOUNTS;

    @Test
    void the_books_stay_at_the_working_size_where_the_seeded_load_lets_them_grow() {
        WorkingSizeLoad bounded = new WorkingSizeLoad(5, CATALOGUE, START, ORDERS_PER_ACCOUNT);
        SeededLoad seeded = new SeededLoad(5, CATALOGUE, START);
        Engine kept = new Engine(CATALOGUE, EngineConfig.defaults(), EventSink.NONE);
        Engine growing = new Engine(CATALOGUE, EngineConfig.defaults(), EventSink.NONE);
        int most = 0;
        for (int i = 0; i < COMMANDS; i++) {
            kept.submit(bounded.next());
            growing.submit(seeded.next());
            most = Math.max(most, kept.workingOrderCount());
        }
        assertThat(most).isGreaterThan(RESTING_AT_MOST / 4).isLessThanOrEqualTo(RESTING_AT_MOST);
        assertThat(growing.workingOrderCount()).isGreaterThan(10 * RESTING_AT_MOST);
    }

    @Test
    void it_is_the_seeded_load_with_a_mass_cancel_after_each_accounts_tenth_limit_order() {
        WorkingSizeLoad bounded = new WorkingSizeLoad(9, CATALOGUE, START, ORDERS_PER_ACCOUNT);
        SeededLoad seeded = new SeededLoad(9, CATALOGUE, START);
        Map<Long, Integer> limitOrders = new HashMap<>();
        int massCancels = 0;
        for (int i = 0; i < COMMANDS; i++) {
            Command original = seeded.next();
            assertThat(bounded.next()).isEqualTo(original);
            if (original instanceof PlaceOrder p
                    && p.type() == OrderType.LIMIT
                    && limitOrders.merge(p.account(), 1, Integer::sum) % ORDERS_PER_ACCOUNT == 0) {
                assertThat(bounded.next()).isEqualTo(MassCancel.allInstruments(p.timestamp(), p.account()));
                massCancels++;
            }
        }
        assertThat(massCancels).isGreaterThan(COMMANDS / 2 / ORDERS_PER_ACCOUNT);
    }

    @Test
    void fewer_than_one_order_an_account_is_refused() {
        assertThatThrownBy(() -> new WorkingSizeLoad(1, CATALOGUE, START, 0))
                .hasMessage("ordersPerAccount: 0 must be at least 1");
    }
}
