package com.suanli.desk.ui.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.task.WorkerTaskExecutor;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pricing library's refusals in a Chinese desk's calculators: worded from the bundles by the library's codes,
 * the field first, no English word of the library's.
 */
@ExtendWith(ApplicationExtension.class)
class PricingRefusalsViewTest {

    private static final int PATIENCE_SECONDS = 60;

    private WorkerTaskExecutor tasks;
    private List<Calculator> calculators;

    @Start
    void start(Stage stage) {
        Texts.use(Language.CHINESE);
        tasks = new WorkerTaskExecutor("test-calculators", Platform::runLater);
        calculators = Calculators.all(tasks);
        Scene scene = new Scene(new CalculatorsView(calculators).root(), 1000, 760);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        Texts.use(Language.ENGLISH);
    }

    private String refusal(FxRobot robot, String id) throws TimeoutException {
        Label error = robot.lookup("#" + id + "-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return error.getText();
    }

    @Test
    void a_premium_outside_the_no_arbitrage_bounds_and_falling_strikes_are_refused_in_chinese(FxRobot robot)
            throws TimeoutException {
        Calculator option = calculators.stream().filter(OptionOnSmile.class::isInstance).findFirst().orElseThrow();
        String id = CalculatorsView.nodeId(option);
        robot.clickOn(option.title());
        robot.clickOn("#" + id + "-premium").write("25").type(KeyCode.ENTER);

        // The call's bounds: the discounted intrinsic value of 19.5 over 19, and the discounted forward.
        assertThat(refusal(robot, id)).matches("市场权利金：25 超出无套利区间：须在 0\\.49\\d* 与 19\\.4\\d* 之间");

        robot.interact(() -> {
            robot.lookup("#" + id + "-premium").queryAs(TextField.class).clear();
            robot.lookup("#" + id + "-strikes").queryAs(TextField.class).setText("22, 19, 16");
        });
        robot.clickOn("#" + id + "-calculate");

        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> option.errorProperty().get()
                .startsWith("波动率微笑"));
        assertThat(refusal(robot, id)).isEqualTo("波动率微笑：须为正数且严格递增");
    }
}
