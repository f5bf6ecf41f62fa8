package com.suanli.desk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.TraderFixture;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The candle chart's price axis in a window, headless, over a narrow range whose labels need two decimals
 * ({@code 15.12}, {@code 15.125}): every label lies inside the axis, beside the axis's name and not under it, in English and
 * Chinese, on the desk's theme and on ChartFX's own. The picture of 2026-12-06 showed {@code 2.02} for
 * {@code 22.02}: the axis kept the width it had measured for the empty chart.
 */
@ExtendWith(ApplicationExtension.class)
class PriceAxisLabelsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void english() {
        Texts.use(Language.ENGLISH);
    }

    @ParameterizedTest(name = "{0}, desk theme {1}")
    @CsvSource({"ENGLISH, true", "ENGLISH, false", "CHINESE, true", "CHINESE, false"})
    void every_label_of_a_narrow_range_lies_inside_the_axis_beside_its_name(Language language, boolean deskTheme,
                                                                             FxRobot robot) {
        Texts.use(language);
        TraderFixture fixture = new TraderFixture();
        MarketTrades market = new MarketTrades(fixture);
        TradeBars bars = new TradeBars();
        fixture.desk.follow(bars::apply);
        robot.interact(() -> {
            CandleChartView view = new CandleChartView(new CandleChartViewModel(fixture.desk, bars, fixture.link,
                    TradeArchive.NONE, new CurrentThreadTaskExecutor()));
            // The charts panel's size beside the tape on a 1600x1000 screen.
            Scene scene = new Scene((Parent) view.root(), 300, 260);
            if (deskTheme) {
                DeskTheme.applyTo(scene);
            }
            stage.setScene(scene);
            stage.show();
        });
        pulses(robot, 3);   // laid out and drawn empty first, as a desk opened before the first trade

        long reference = fixture.reference();
        robot.interact(() -> {
            fixture.link.selectedInstrumentProperty().set(fixture.june);
            market.trade(fixture.june, 0, reference, 2);
            market.trade(fixture.june, 0, reference + 5, 1);
        });
        pulses(robot, 4);

        XYChart chart = robot.lookup("#candle-chart").query();
        AbstractAxis price = (AbstractAxis) chart.getYAxis();
        assertThat(price.getMin()).as("the low less a tick").isEqualTo(price(fixture, reference - 1));
        assertThat(price.getMax()).as("the high and a tick").isEqualTo(price(fixture, reference + 6));
        List<String> labels = price.getTickMarks().stream().filter(TickMark::isVisible).map(TickMark::getText)
                .toList();
        assertThat(labels).isNotEmpty().allMatch(label -> label.matches("\\d+\\.\\d{2,3}"));

        // ChartFX's layout across a vertical axis: the tick mark, the label, the name turned on its side.
        double name = width(price.getAxisLabel().getText(), price.getAxisLabel().getFont(), true);
        double beside = price.getTickMarkGap() + price.getTickLength() + price.getTickLabelGap()
                + 2 * price.getAxisLabelGap() + name;
        for (String label : labels) {
            assertThat(price.getWidth()).as("the axis's width for %s and the name %s", label,
                            price.getAxisLabel().getText())
                    .isGreaterThanOrEqualTo(beside + width(label, price.getTickLabelStyle().getFont(), false));
        }
        Bounds axis = price.localToScene(price.getLayoutBounds());
        Bounds all = chart.localToScene(chart.getLayoutBounds());
        assertThat(axis.getMinX()).as("the axis inside the chart").isGreaterThanOrEqualTo(all.getMinX());
        assertThat(axis.getMaxX()).as("the axis inside the chart").isLessThanOrEqualTo(all.getMaxX());
    }

    private static double price(TraderFixture fixture, long ticks) {
        return fixture.june.toPrice(ticks).doubleValue();
    }

    /** The room a text takes across a vertical axis: its width, or its height when turned on its side. */
    private static double width(String text, Font font, boolean turned) {
        Text measured = new Text(text);
        measured.setFont(font);
        Bounds bounds = measured.getLayoutBounds();
        return turned ? bounds.getHeight() : bounds.getWidth();
    }

    /** Waits for {@code count} pulses: a chart lays its axes out in one and draws them after it. */
    private static void pulses(FxRobot robot, int count) {
        AtomicInteger seen = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                seen.incrementAndGet();
            }
        };
        robot.interact(counter::start);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.get() > count);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(count + " pulses not seen in 10 s", e);
        }
        robot.interact(counter::stop);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
