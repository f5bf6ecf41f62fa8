package com.suanli.desk.ui.calculator;

import com.suanli.desk.ui.Screenshots;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The outage cover calculator after Buy, for docs/workstation.md: the cover bought as in
 * {@link CoverPurchaseViewTest}, an outage at YRD paid on it, the window saved as
 * {@code workstation-calculator-buy.png} (with {@code -Ddesk.screenshot.language=zh}, in Chinese, {@code -zh.png}).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = Screenshots.DIRECTORY, matches = ".+")
class CoverPurchaseScreenshot {

    private static final Language LANGUAGE = Language.of(System.getProperty("desk.screenshot.language", "en"),
            Locale.ENGLISH);

    @TempDir
    Path dir;

    private InsuredDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Texts.use(LANGUAGE);
        desk = new InsuredDesk(dir, stage);
    }

    @AfterEach
    void close() {
        desk.close();
        Texts.use(Language.ENGLISH);
    }

    @Test
    void the_calculator_with_a_bought_cover_and_its_claim(FxRobot robot) throws Exception {
        TableView<PolicyRow> table = CoverPurchaseViewTest.buyACover(robot, desk.calculator);
        desk.outageAtYrd();
        WaitForAsyncUtils.waitFor(CoverPurchaseViewTest.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> table.getItems().get(0).paidFen() > 0);
        robot.moveTo(desk.calculator.title());
        Screenshots.save(stage, "workstation-calculator-buy" + (LANGUAGE == Language.ENGLISH ? "" : "-"
                + LANGUAGE.code()) + ".png");
    }
}
