package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window when the catalogue cannot be loaded: it still opens, and says why there is nothing to trade. */
@ExtendWith(ApplicationExtension.class)
class WorkstationStartFailureTest {

    private static final Path MISSING_CATALOGUE = Path.of("/nonexistent/suanli/catalogue.json");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Clock exchangeClock = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        // The catalogue is read first: the database is never asked for.
        ExchangeStartup missingCatalogue = new ExchangeStartup(() -> CatalogueJson.read(MISSING_CATALOGUE), () -> {
            throw new AssertionError("the database is opened only once the catalogue is read");
        }, exchangeClock);
        new WorkstationApp(new WorkstationContext("9.8.7", "/data/desks/test", exchangeClock, missingCatalogue,
                new CurrentThreadTaskExecutor())).start(stage);
    }

    @Test
    void window_opens_and_the_status_bar_says_the_engine_failed_and_why(FxRobot robot) {
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#status-engine").queryAs(Label.class).getText()).isEqualTo("Engine failed");
        String message = robot.lookup("#status-message").queryAs(Label.class).getText();
        assertThat(message).isEqualTo("The engine did not start: " + MISSING_CATALOGUE + " $: cannot read the file: no such file");
        assertThat(message).doesNotContain("Exception", "\tat ");
    }

    @Test
    void market_watch_stays_empty_waiting_for_the_exchange(FxRobot robot) {
        TableView<?> table = robot.lookup("#market-watch-table").queryAs(TableView.class);

        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("Waiting for the exchange to start");
    }
}
