package com.suanli.desk.ui.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.simulation.MonitoringListener;
import com.suanli.desk.simulation.SimulationStatus;
import com.suanli.sessions.record.ConfigText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A connected desk ({@code desk --connect}) starts no session on the replicated exchange: not when the desk opens
 * with the setting on, not from any start the menu would ask for. The desk's own exchange stands in for the
 * cluster's: what refuses is the control told it is connected, so the same exchange with a desk that is not
 * connected starts the session, which shows the refusal is the connection's.
 */
class ConnectedSimulationTest {

    /** Monday 1 March 2027 at the open, Shanghai time: the calm month trades that day. */
    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private static final SimulationSetting AT_START = new SimulationSetting(true, true, choice -> { });

    @TempDir
    Path dir;

    private DeskStore store;
    private ExchangeStartup startup;
    private DeskExchange exchange;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void startTheDesksExchange() {
        store = TestDesks.database(dir);
        startup = TestDesks.startup(CatalogueJson::readDefault, store, MARKET_OPEN);
        exchange = startup.start().exchange();
    }

    @AfterEach
    void closeTheDesk() {
        startup.close();
        store.close();
    }

    private SimulationControl control(boolean connected) {
        return new SimulationControl(MARKET_OPEN, Runnable::run, messages::add, AT_START, () -> Optional.of(store),
                MonitoringListener.NONE, connected);
    }

    @Test
    void a_connected_desk_starts_no_session_when_it_opens_nor_when_asked() {
        SimulationControl control = control(true);

        control.exchangeRunning(exchange, SimulationMenu.CALM_MONTH);
        control.start(() -> ConfigText.bundled("outage-wave"));

        assertThat(control.connected()).isTrue();
        assertThat(control.current()).isEmpty();
        assertThat(control.statusProperty().get()).isEqualTo(SimulationStatus.OFF);
        assertThat(messages).containsExactly(
                "No simulation on a connected desk: its agents would trade the replicated exchange that every "
                        + "connected desk shares",
                "No simulation on a connected desk: its agents would trade the replicated exchange that every "
                        + "connected desk shares");
    }

    @Test
    void the_same_exchange_on_a_desk_not_connected_starts_the_session() throws InterruptedException {
        try (SimulationControl control = control(false)) {
            control.exchangeRunning(exchange, SimulationMenu.CALM_MONTH);

            assertThat(control.connected()).isFalse();
            // The session starts on a thread of its own: it is the control's once it runs.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (control.current().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(control.current()).isPresent();
            assertThat(messages).isEmpty();
        }
    }
}
