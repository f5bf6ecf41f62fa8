package com.suanli.desk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.geometry.BoundingBox;
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
        emptyCandles(fixture, deskTheme, robot);

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
        assertThat(labels(price)).as("labels at the tick's decimals").isNotEmpty()
                .allMatch(label -> label.matches("\\d+\\.\\d{2}"));
        inWholeSteps(price, fixture.june.tickSize().doubleValue());

        labelsFit(price, chart);
        AbstractAxis time = (AbstractAxis) chart.getXAxis();
        assertThat(labels(time)).as("the time axis's labels").isNotEmpty();
        labelsFit(time, chart);
    }

    /**
     * A new desk's first bars, one to three one-minute bars anywhere in the hour: the time axis labels at least one
     * of the window's times. Its step went from one minute straight to fifteen, and a window of four or five minutes
     * without a quarter hour in it had no label at all.
     */
    @ParameterizedTest(name = "{0} bars from minute {1}")
    @CsvSource({"1, 3", "2, 3", "3, 3", "2, 17", "3, 17", "3, 47", "1, 0"})
    void the_time_axis_labels_a_few_bars_wherever_they_fall(int count, int firstMinute, FxRobot robot) {
        TraderFixture fixture = new TraderFixture();
        MarketTrades market = new MarketTrades(fixture);
        emptyCandles(fixture, true, robot);
        robot.interact(() -> {
            fixture.link.selectedInstrumentProperty().set(fixture.june);
            for (int bar = 0; bar < count; bar++) {
                market.trade(fixture.june, firstMinute + bar, fixture.reference() + bar, 1);
            }
        });
        pulses(robot, 4);

        XYChart chart = robot.lookup("#candle-chart").query();
        AbstractAxis time = (AbstractAxis) chart.getXAxis();
        assertThat(labels(time)).as("the time axis's labels over %s", time.getRange()).isNotEmpty()
                .allMatch(label -> label.matches("\\d{2}:\\d{2}(:\\d{2})?"));
        labelsFit(time, chart);
    }

    /**
     * A chart laid out first when its instrument has traded (the Charts tab first chosen on a market with bars): the
     * time axis is as tall as its labels and its name, as when the bars came after the empty chart.
     */
    @ParameterizedTest(name = "{0}, desk theme {1}")
    @CsvSource({"ENGLISH, true", "ENGLISH, false", "CHINESE, true", "CHINESE, false"})
    void a_chart_first_laid_out_with_bars_has_room_for_its_time_labels(Language language, boolean deskTheme,
                                                                       FxRobot robot) {
        Texts.use(language);
        TraderFixture fixture = new TraderFixture();
        MarketTrades market = new MarketTrades(fixture);
        TradeBars bars = new TradeBars();
        fixture.desk.follow(bars::apply);
        robot.interact(() -> {
            fixture.link.selectedInstrumentProperty().set(fixture.june);
            for (int minute = 0; minute < 30; minute++) {
                market.trade(fixture.june, minute, fixture.reference() + minute % 3, 1);
            }
        });
        candles(fixture, bars, deskTheme, robot);

        XYChart chart = robot.lookup("#candle-chart").query();
        AbstractAxis time = (AbstractAxis) chart.getXAxis();
        assertThat(labels(time)).as("the time axis's labels over %s", time.getRange()).isNotEmpty()
                .allMatch(label -> label.matches("\\d{2}:\\d{2}(:\\d{2})?"));
        labelsFit(time, chart);
        labelsFit((AbstractAxis) chart.getYAxis(), chart);
    }

    /**
     * The cause, on a chart alone: a time axis laid out with no range (an empty chart's: no labels, only its tick
     * marks and name, 29 px) and then given one, with nothing else in the chart moving (the price axis keeps its
     * width, so the time axis its length), is measured again for its labels. ChartFX measures a horizontal axis across
     * only at a new length or style, and kept the 29 px: the labels were cut off under the chart. In the candle chart
     * only the price axis's new width (its labels coming too) had it measured again.
     */
    @ParameterizedTest(name = "{0}, desk theme {1}")
    @CsvSource({"ENGLISH, true", "ENGLISH, false", "CHINESE, true", "CHINESE, false"})
    void a_time_axis_laid_out_empty_makes_room_for_the_labels_of_its_first_range(Language language,
                                                                                  boolean deskTheme, FxRobot robot) {
        Texts.use(language);
        robot.interact(() -> {
            XYChart chart = DeskCharts.chart("time-chart", DeskCharts.timeAxis(), Texts.get("chart.price"),
                    Texts.get("chart.cny"));
            chart.getYAxis().setAutoRanging(false);
            chart.getYAxis().set(20, 21);
            Scene scene = new Scene(chart, 300, 260);
            if (deskTheme) {
                DeskTheme.applyTo(scene);
            }
            stage.setScene(scene);
            stage.show();
        });
        pulses(robot, 3);
        XYChart chart = robot.lookup("#time-chart").query();
        AbstractAxis price = (AbstractAxis) chart.getYAxis();
        AbstractAxis time = (AbstractAxis) chart.getXAxis();
        assertThat(labels(time)).as("no range, no labels").isEmpty();
        double priceWidth = price.getWidth();

        long nine = OffsetDateTime.parse("2027-03-01T09:00:00+08:00").toEpochSecond();
        robot.interact(() -> {
            time.setAutoRanging(false);
            time.set(nine, nine + 3600);
        });
        pulses(robot, 3);

        assertThat(price.getWidth()).as("the price axis's width, so the time axis's length").isEqualTo(priceWidth);
        assertThat(labels(time)).as("the time axis's labels over %s", time.getRange()).isNotEmpty()
                .allMatch(label -> label.matches("\\d{2}:\\d{2}"));
        labelsFit(time, chart);
    }

    /**
     * The depth chart over a thin book (1 and 3 lots bid, a tick apart): its lots axis steps by whole lots and
     * labels them whole, its price axis steps by whole ticks. ChartFX labelled {@code 1.5} lots and half ticks.
     * Laid out with the book, or empty first (the book placed after): its labels fit its axes either way.
     */
    @ParameterizedTest(name = "book before the chart: {0}")
    @CsvSource({"true", "false"})
    void the_depth_chart_steps_by_whole_lots_and_whole_ticks(boolean bookFirst, FxRobot robot) {
        TraderFixture fixture = new TraderFixture();
        long reference = fixture.reference();
        Runnable book = () -> {
            fixture.other(Side.BID, reference - 1, 1);
            fixture.other(Side.BID, reference - 2, 2);
            fixture.other(Side.ASK, reference + 1, 1);
        };
        robot.interact(() -> {
            fixture.link.selectedInstrumentProperty().set(fixture.june);
            if (bookFirst) {
                book.run();
            }
            DepthChartView view = new DepthChartView(new DepthChartViewModel(fixture.desk, fixture.link,
                    BookSource.NONE));
            stage.setScene(new Scene((Parent) view.root(), 300, 260));
            stage.show();
        });
        pulses(robot, 4);
        if (!bookFirst) {
            robot.interact(book);
            pulses(robot, 4);
        }

        XYChart chart = robot.lookup("#depth-chart").query();
        AbstractAxis lots = (AbstractAxis) chart.getYAxis();
        assertThat(labels(lots)).as("whole lots").isNotEmpty().allMatch(label -> label.matches("\\d+"));
        inWholeSteps(lots, 1);
        AbstractAxis price = (AbstractAxis) chart.getXAxis();
        assertThat(labels(price)).as("prices at the tick's decimals").isNotEmpty()
                .allMatch(label -> label.matches("\\d+\\.\\d{2}"));
        inWholeSteps(price, fixture.june.tickSize().doubleValue());
        labelsFit(price, chart);
        labelsFit(lots, chart);
    }

    /**
     * The candle chart of the fixture's desk in a window the size of the charts panel beside the tape on a 1600x1000
     * screen, laid out and drawn empty first, as a desk opened before the first trade.
     */
    private void emptyCandles(TraderFixture fixture, boolean deskTheme, FxRobot robot) {
        TradeBars bars = new TradeBars();
        fixture.desk.follow(bars::apply);
        candles(fixture, bars, deskTheme, robot);
    }

    /** The candle chart of the bars so far in a window the size of the charts panel, laid out and drawn. */
    private void candles(TraderFixture fixture, TradeBars bars, boolean deskTheme, FxRobot robot) {
        robot.interact(() -> {
            CandleChartView view = new CandleChartView(new CandleChartViewModel(fixture.desk, bars, fixture.link,
                    TradeArchive.NONE, new CurrentThreadTaskExecutor()));
            Scene scene = new Scene((Parent) view.root(), 300, 260);
            if (deskTheme) {
                DeskTheme.applyTo(scene);
            }
            stage.setScene(scene);
            stage.show();
        });
        pulses(robot, 3);
    }

    /** Every major tick of the axis lies on a whole number of {@code units}. */
    private static void inWholeSteps(AbstractAxis axis, double unit) {
        assertThat(axis.getTickMarks()).as("the %s axis's ticks", axis.getSide()).isNotEmpty()
                .allSatisfy(tick -> assertThat(Math.abs(tick.getValue() / unit - Math.round(tick.getValue() / unit)))
                        .as("tick %s in steps of %s", tick.getValue(), unit).isLessThan(1e-6));
    }

    private static List<String> labels(AbstractAxis axis) {
        return axis.getTickMarks().stream().filter(TickMark::isVisible).map(TickMark::getText).toList();
    }

    /**
     * Every label of the axis fits in it beside the axis's name, as ChartFX lays an axis out across: the tick mark,
     * the label (its width on a vertical axis, its height on a horizontal one), the name (on its side on a vertical
     * axis: its height either way); the axis lies inside the chart, and every label shown lies whole inside it along
     * the axis.
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
        for (TickMark tick : axis.getTickMarks().filtered(TickMark::isVisible)) {
            double half = extent(tick.getText(), axis.getTickLabelStyle().getFont(), !vertical) / 2;
            Bounds label = axis.localToScene(vertical ? new BoundingBox(0, tick.getPosition() - half, 1, 2 * half)
                    : new BoundingBox(tick.getPosition() - half, 0, 2 * half, 1));
            assertThat(vertical ? label.getMinY() >= all.getMinY() && label.getMaxY() <= all.getMaxY()
                    : label.getMinX() >= all.getMinX() && label.getMaxX() <= all.getMaxX())
                    .as("the label %s at %s whole inside the chart %s", tick.getText(), label, all).isTrue();
        }
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
