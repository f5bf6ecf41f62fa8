package com.suanli.desk.ui.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.task.WorkerTaskExecutor;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Figures;
import com.suanli.pricing.basics.YearFraction;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.PutCall;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The calculators panel in a window, headless, pricing on a real worker thread. */
@ExtendWith(ApplicationExtension.class)
class CalculatorsViewTest {

    private static final int PATIENCE_SECONDS = 60;

    private WorkerTaskExecutor tasks;
    private List<Calculator> calculators;

    @Start
    void start(Stage stage) {
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
    }

    @Test
    void each_calculator_opens_from_the_list_and_answers_its_default_terms(FxRobot robot) throws TimeoutException {
        ListView<?> list = robot.lookup("#calculator-list").queryListView();
        assertThat(list.getItems()).hasSize(6);
        for (int i = 0; i < calculators.size(); i++) {
            Calculator calculator = calculators.get(i);
            String id = CalculatorsView.nodeId(calculator);
            robot.clickOn(calculator.title());
            robot.clickOn("#" + id + "-calculate");
            GridPane figures = robot.lookup("#" + id + "-results").queryAs(GridPane.class);
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !figures.getChildren().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(calculator.errorProperty().get()).as(calculator.title()).isEmpty();
            assertThat(robot.lookup("#" + id + "-figure-0").queryLabeled().getText())
                    .isEqualTo(calculator.results().get(0).value());
        }
    }

    @Test
    void a_hint_a_narrow_panel_cuts_is_whole_on_hover(FxRobot robot) {
        robot.clickOn("Futures fair value");
        WaitForAsyncUtils.waitForFxEvents();

        // The fair value's curve says its format beside the field: at 1600x1000 the risk panel cut it to "month=CNY per …".
        List<Label> hints = robot.lookup(".text-subtle").queryAllAs(Label.class).stream()
                .filter(hint -> hint.getStyleClass().contains("text-small") && hint.getScene() != null).toList();
        assertThat(hints).extracting(Label::getText).anyMatch(hint -> hint.startsWith("month=CNY per"));
        assertThat(hints).allSatisfy(hint -> assertThat(hint.getTooltip()).as(hint.getText()).isNotNull()
                .extracting(Tooltip::getText).isEqualTo(hint.getText()));
    }

    @Test
    void an_option_round_trip_shows_black76_figures_the_smile_and_a_named_refusal(FxRobot robot) throws TimeoutException {
        robot.clickOn("Option on its smile");
        robot.doubleClickOn("#calc-option-on-smile-strike").eraseText(2).write("20");
        robot.clickOn("#calc-option-on-smile-premium").write("2.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#calc-option-on-smile-figure-1").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        LocalDate valuation = LocalDate.of(2026, 11, 27);
        double years = YearFraction.between(valuation, LocalDate.of(2027, 1, 20));
        double implied = Black76.DEFAULT.impliedVolatility(PutCall.CALL, 19.5, 20, years, 0.02, 2.5);
        assertThat(robot.lookup("#calc-option-on-smile-figure-6").queryLabeled().getText())
                .isEqualTo(Figures.percent(implied));
        LineChart<?, ?> smile = robot.lookup("#calc-option-on-smile-curve").queryAs(LineChart.class);
        assertThat(smile.getData()).singleElement().satisfies(series -> assertThat(series.getData()).hasSize(41));

        robot.doubleClickOn("#calc-option-on-smile-strike").eraseText(2).write("abc");
        robot.clickOn("#calc-option-on-smile-calculate");
        WaitForAsyncUtils.waitForFxEvents();
        Node error = robot.lookup("#calc-option-on-smile-error").query();
        assertThat(((Label) error).getText()).isEqualTo("Strike: must be a number, was 'abc'");
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#calc-option-on-smile-results").queryAs(GridPane.class).getChildren()).isEmpty();
    }
}
