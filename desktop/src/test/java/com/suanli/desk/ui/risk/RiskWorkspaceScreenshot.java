package com.suanli.desk.ui.risk;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.Screenshots;
import com.suanli.desk.ui.WorkstationApp;
import com.suanli.desk.ui.WorkstationContext;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the real workstation window in the risk workspace, with the example book run under
 * its historical scenarios and the option calculator answered, and writes the picture to the directory
 * named by {@code -Ddesk.screenshots} (docs/WORKSTATION.md gives the command). Skipped otherwise. With
 * {@code -Ddesk.screenshot.language=zh} the window speaks Chinese and the pictures are named {@code *-zh.png}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "desk.screenshots", matches = ".+")
class RiskWorkspaceScreenshot {

    private static final Instant MARKET_OPEN = Instant.parse("2026-11-27T01:30:00Z");

    private static final Language LANGUAGE = Language.of(System.getProperty("desk.screenshot.language", "en"),
            Locale.ENGLISH);

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Texts.use(LANGUAGE);
        DeskStore store = DeskStore.open(StoreAddress.file(Files.createTempDirectory("risk-shot").resolve("desk")),
                FileKey.NONE);
        Clock clock = Clock.fixed(MARKET_OPEN, ZoneId.of("Asia/Shanghai"));
        new WorkstationApp(new WorkstationContext("0.1.0", "~/.suanli/desk", clock,
                TestDesks.startup(CatalogueJson::readDefault, store, clock), new CurrentThreadTaskExecutor(),
                () -> Optional.of(store)))
                .start(stage);
    }

    @Test
    void risk_workspace(FxRobot robot) throws Exception {
        robot.clickOn("#workspace-risk");
        robot.clickOn("#scenario-book-path").write(ScenarioWorkspaceViewModelTest.BOOK.toString());
        robot.clickOn("#scenario-book-open");
        ComboBox<ScenarioChoice> sets = robot.lookup("#scenario-set").queryComboBox();
        waitUntil(() -> sets.getItems().size() == 4);
        robot.interact(() -> sets.setValue(sets.getItems().get(2)));
        robot.clickOn("#scenario-run");
        waitUntil(() -> !robot.lookup("#scenario-results").queryTableView().getItems().isEmpty());
        robot.clickOn(Texts.get("calc.option.option-on-its-smile"));
        robot.clickOn("#calc-option-on-smile-premium").write("2.1");
        robot.clickOn("#calc-option-on-smile-calculate");
        waitUntil(() -> robot.lookup("#calc-option-on-smile-figure-0").tryQuery().isPresent());
        robot.moveTo("#scenario-status");
        save(robot, "workstation-risk-scenarios");

        robot.clickOn(Texts.get("risk.explain-tab"));
        robot.clickOn(Texts.get("calc.green.green-and-carbon"));
        robot.clickOn("#calc-green-footprint-calculate");
        waitUntil(() -> robot.lookup("#calc-green-footprint-figure-0").tryQuery().isPresent());
        save(robot, "workstation-risk-explain");
    }

    private void save(FxRobot robot, String name) throws Exception {
        Screenshots.save(stage, name + (LANGUAGE == Language.ENGLISH ? "" : "-" + LANGUAGE.code()) + ".png");
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
