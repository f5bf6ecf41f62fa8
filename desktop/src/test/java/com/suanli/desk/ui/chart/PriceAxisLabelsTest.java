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
        assertThat(labels(price)).isNotEmpty().allMatch(label -> label.matches("\\d+\\.\\d{2,3}"));

        labelsFit(price, chart);
        AbstractAxis time = (AbstractAxis) chart.getXAxis();
        assertThat(labels(time)).as("the time axis's labels").isNotEmpty();
        labelsFit(time, chart);
    }

    private static List<String> labels(AbstractAxis axis) {
        return axis.getTickMarks().stream().filter(TickMark::isVisible).map(TickMark::getText).toList();
    }

    /**
     * Every label of the axis fits in it beside the axis's name, as ChartFX lays an axis out across: the tick mark,
     * the label (its width on a vertical axis, its height on a horizontal one), the name (on its side on a vertical
     * axis: its height either way); and the axis lies inside the chart.
     */
    private static void labelsFit(AbstractAxis axis, XYChart chart) {
        boolean vertical = axis.getSide().isVertical();
        double across = vertical ? axis.getWidth() : axis.getHeight();
        double name = extent(axis.getAxisLabel().getText(), axis.getAxisLabel().getFont(), false);
        double beside = axis.getTickMarkGap() + axis.getTickLength() + axis.getTickLabelGap()
                + 2 * axis.getAxisLabelGap() + name;
        for (String label : labels(axis)) {
            assertThat(across).as("the %s axis across for %s and the name %s", axis.getSide(), label,
                    axis.getAxisLabel().getText())
                    .isGreaterThanOrEqualTo(beside + extent(label, axis.getTickLabelStyle().getFont(), vertical));
        }
        Bounds inside = axis.localToScene(axis.getLayoutBounds());
        Bounds all = chart.localToScene(chart.getLayoutBounds());
        assertThat(all.contains(inside)).as("the %s axis %s inside the chart %s", axis.getSide(), inside, all)
                .isTrue();
    }

    private static double price(TraderFixture fixture, long ticks) {
        return fixture.june.toPrice(ticks).doubleValue();
    }

    /** A text's width, or its height. */
    private static double extent(String text, Font font, boolean wide) {
        Text measured = new Text(text);
        measured.setFont(font);
        Bounds bounds = measured.getLayoutBounds();
        return wide ? bounds.getWidth() : bounds.getHeight();
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
