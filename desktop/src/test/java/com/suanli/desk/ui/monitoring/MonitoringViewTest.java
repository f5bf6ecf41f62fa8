package com.suanli.desk.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.monitoring.HubOutage;
import com.suanli.data.monitoring.HubReading;
import com.suanli.data.monitoring.MonitoringRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.exchange.listing.Hub;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The monitoring panel in a window, headless, over a real database: what the desk kept shows at start (a
 * line per hub, the hubs' latest readings, the outage log), and a reading the session reports later
 * replaces its hub's row and extends its line.
 */
@ExtendWith(ApplicationExtension.class)
class MonitoringViewTest {

    private static final Instant NINE = Instant.parse("2027-03-01T01:00:00Z");
    private static final Clock NOON = Clock.fixed(Instant.parse("2027-03-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private DeskStore store;
    private MonitoringViewModel model;
    private MonitoringView view;

    private static HubReading reading(Instant at, Hub hub, long online, long busy, int outages) {
        return new HubReading(at, "H100", hub, 24_000, online, busy, (double) busy / online,
                Math.min(1.0, online / (busy + 1_000.0)), outages);
    }

    @Start
    void start(Stage stage) throws IOException {
        store = DeskStore.open(StoreAddress.file(Files.createTempDirectory("monitoring-view").resolve("desk")),
                FileKey.NONE);
        store.transaction(c -> {
            MonitoringRepository repository = new MonitoringRepository(c);
            for (int hour = 0; hour < 3; hour++) {
                repository.add(reading(NINE.plusSeconds(3_600L * hour), Hub.YRD, 24_000, 18_000 + 500L * hour, 0));
                repository.add(reading(NINE.plusSeconds(3_600L * hour), Hub.NM, 24_000 - 2_400L * hour, 16_000,
                        hour == 0 ? 0 : 1));
            }
            repository.add(new HubOutage(NINE.plusSeconds(1_800), "H100", Hub.NM, 2_400, 480));
            return null;
        });
        model = new MonitoringViewModel();
        MonitoringHistory.read(store, NOON).showIn(model);
        view = new MonitoringView(model);
        Scene scene = new Scene((Parent) view.root(), 1000, 700);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void what_the_desk_kept_shows_and_a_new_reading_replaces_its_hubs_row(FxRobot robot) {
        TableView<HubReading> hubs = robot.lookup("#monitoring-hubs").queryTableView();
        TableView<HubOutage> outages = robot.lookup("#monitoring-outages").queryTableView();
        assertThat(hubs.getItems()).extracting(HubReading::hubName).containsExactly("H100-YRD", "H100-NM");
        assertThat(hubs.getColumns().get(0).getCellData(1)).isEqualTo("H100-NM");
        assertThat(hubs.getColumns().get(2).getCellData(1)).as("online at NM's last reading").isEqualTo("19,200");
        assertThat(hubs.getColumns().get(5).getCellData(1)).as("an outage under way at NM").isEqualTo("1");
        assertThat(hubs.getColumns().get(3).getCellData(0)).as("YRD's occupancy").isEqualTo("79.2%");
        assertThat(outages.getItems()).hasSize(1);
        assertThat(outages.getColumns().get(1).getCellData(0)).isEqualTo("H100-NM");
        assertThat(outages.getColumns().get(2).getCellData(0)).isEqualTo("2,400");
        assertThat(view.pointsShown("H100-YRD")).isEqualTo(3);
        assertThat(view.pointsShown("H100-NM")).isEqualTo(3);

        robot.interact(() -> model.onReading(reading(NINE.plusSeconds(3 * 3_600), Hub.NM, 24_000, 16_500, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hubs.getItems()).hasSize(2);
        assertThat(hubs.getColumns().get(2).getCellData(1)).as("NM back online").isEqualTo("24,000");
        assertThat(hubs.getColumns().get(5).getCellData(1)).isEqualTo("0");
        assertThat(view.pointsShown("H100-NM")).isEqualTo(4);
    }
}
