package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.market.MarketDataRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.ui.curve.StripPoint;
import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.desk.ui.trading.TapeRow;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.Underlying;
import com.suanli.pricing.curve.ForwardCurve;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The charts panel in the real window, headless, on a desk whose database already holds a morning's trades
 * and a stored forward curve: choosing an instrument shows its recorded candles and tape and its recovered
 * book, a trade from the ladder moves the candles, tape, depth and curve live, and choosing a month on the curve drives the ladder,
 * the ticket and the charts.
 */
@ExtendWith(ApplicationExtension.class)
class ChartsWorkflowTest {

    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final ContractSpec SEPTEMBER = GUIZHOU.bySymbol("H100-GZ-2027M09");
    private static final long REFERENCE = JUNE.referencePriceTicks();
    private static final long SELLER = 4004;
    private static final long BUYER = 5005;
    /** Ten million CNY in fen: margin enough for the morning's lots. */
    private static final long MEMBERS_CASH = 1_000_000_000L;

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    private DeskStore store;

    @Start
    void start(Stage stage) {
        store = DESK.openDatabase(dir);
        tradeTheMorning();
        storeTheCurve();
        DESK.open(stage, () -> GUIZHOU, MARKET_OPEN, SimulationSetting.OFF);
    }

    /** Before the window: two members trade June three times and leave an offer; the recorder keeps it all. */
    private void tradeTheMorning() {
        try (ExchangeStartup morning = TestDesks.startup(() -> GUIZHOU, store, MARKET_OPEN)) {
            DeskExchange desk = morning.start().exchange();
            TestDesks.openMember(desk, MARKET_OPEN.millis(), SELLER, MEMBERS_CASH);
            TestDesks.openMember(desk, MARKET_OPEN.millis(), BUYER, MEMBERS_CASH);
            long id = 0;
            long[][] trades = {{REFERENCE - 2, 3}, {REFERENCE, 1}, {REFERENCE - 1, 4}};
            for (long[] trade : trades) {
                desk.submit(PlaceOrder.limit(MARKET_OPEN.millis(), SELLER, ++id, JUNE.instrumentId(), Side.ASK,
                        trade[0], trade[1], TimeInForce.GTC)).join();
                desk.submit(PlaceOrder.limit(MARKET_OPEN.millis(), BUYER, ++id, JUNE.instrumentId(), Side.BID,
                        trade[0], trade[1], TimeInForce.IOC)).join();
            }
            desk.submit(PlaceOrder.limit(MARKET_OPEN.millis(), SELLER, ++id, JUNE.instrumentId(), Side.ASK,
                    REFERENCE + 1, 5, TimeInForce.GTC)).join();
        }
    }

    /** The desk's curve of H100 at Guizhou: a yuan over every reference price. */
    private void storeTheCurve() {
        TreeMap<YearMonth, Double> quotes = new TreeMap<>();
        for (ContractSpec contract : GUIZHOU.contracts()) {
            if (contract.kind() == ContractKind.FUTURE && Underlying.of(contract).equals(Underlying.of(JUNE))) {
                quotes.put(contract.deliveryMonth(), contract.toPrice(contract.referencePriceTicks()).doubleValue() + 1);
            }
        }
        store.transaction(connection -> {
            new MarketDataRepository(connection).saveCurve(LocalDate.of(2027, 2, 26), Underlying.of(JUNE),
                    ForwardCurve.of(quotes));
            return null;
        });
    }

    private static void click(FxRobot robot, String query) {
        robot.clickOn(query);
        DeskWindow.settle();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Waits (up to ten seconds) for what the exchange's answer changes on the FX thread. */
    private static void awaitFx(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within ten seconds", e);
        }
        DeskWindow.settle();
    }

    private static DataSet drawn(FxRobot robot, String chart, int dataSet) {
        return robot.lookup(chart).queryAs(XYChart.class).getRenderers().get(0).getDatasets().get(dataSet);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void choosing_an_instrument_shows_its_recorded_candles_and_tape_and_a_ladder_trade_moves_them(FxRobot robot) {
        assertThat(text(robot, "#candle-status")).isEqualTo("No instrument chosen");

        click(robot, JUNE.symbol());

        assertThat(text(robot, "#candle-status")).isEqualTo("H100-GZ-2027M06 · 1m · 1 bar");
        assertThat(drawn(robot, "#candle-chart", 0).getDataCount()).isEqualTo(1);
        oneBarIsFramedByItsInterval(robot, 60);
        TableView<TapeRow> tape = table(robot, "#tape-table");
        assertThat(tape.getItems()).extracting(TapeRow::price).containsExactly(REFERENCE - 1, REFERENCE, REFERENCE - 2);

        // Buy 1 at the offer from the ladder: a live trade.
        click(robot, "#ladder-bid-" + (REFERENCE + 1));
        awaitFx(() -> tape.getItems().size() == 4);

        assertThat(tape.getItems()).hasSize(4);
        assertThat(tape.getItems().get(0)).satisfies(print -> {
            assertThat(print.price()).isEqualTo(REFERENCE + 1);
            assertThat(print.quantity()).isEqualTo(1);
            assertThat(print.aggressor()).isEqualTo(Aggressor.BUYER);
        });
        DataSet candles = drawn(robot, "#candle-chart", 0);
        assertThat(candles.getDataCount()).isEqualTo(1);
        assertThat(candles.get(OhlcvDataSet.DIM_Y_HIGH, 0))
                .isEqualTo(JUNE.toPrice(REFERENCE + 1).doubleValue());
        assertThat(candles.get(OhlcvDataSet.DIM_Y_VOLUME, 0)).isEqualTo(9);
        // Drawn as a candle and a volume bar: ChartFX sized a lone bar by its distance to a neighbour it lacks.
        assertThat(colouredColumns(robot)).as("columns of the chart drawn in a candle's colours").isGreaterThan(8);

        click(robot, "#candle-interval-1d");
        assertThat(text(robot, "#candle-status")).isEqualTo("H100-GZ-2027M06 · 1d · 1 bar");
        oneBarIsFramedByItsInterval(robot, 86_400);
    }

    /** The columns of the candle chart's picture holding a coloured pixel (the candles' and volumes', not greys). */
    private static int colouredColumns(FxRobot robot) {
        XYChart chart = robot.lookup("#candle-chart").queryAs(XYChart.class);
        WritableImage picture = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.snapshot(null, null));
        PixelReader pixels = picture.getPixelReader();
        int columns = 0;
        for (int x = 0; x < (int) picture.getWidth(); x++) {
            for (int y = 0; y < (int) picture.getHeight(); y++) {
                Color colour = pixels.getColor(x, y);
                double most = Math.max(colour.getRed(), Math.max(colour.getGreen(), colour.getBlue()));
                double least = Math.min(colour.getRed(), Math.min(colour.getGreen(), colour.getBlue()));
                if (most - least > 0.25) {
                    columns++;
                    break;
                }
            }
        }
        return columns;
    }

    /** A lone bar spans no time: the axis shows the interval before and after it, never a range of microseconds. */
    private static void oneBarIsFramedByItsInterval(FxRobot robot, double intervalSeconds) {
        XYChart chart = robot.lookup("#candle-chart").queryAs(XYChart.class);
        double bar = drawn(robot, "#candle-chart", 0).get(DataSet.DIM_X, 0);
        assertThat(chart.getXAxis().getMin()).isEqualTo(bar - intervalSeconds);
        assertThat(chart.getXAxis().getMax()).isEqualTo(bar + 2 * intervalSeconds);
        // Labelled in exchange time as much as the tick needs (ChartFX's own said '22:30:00 +0000us').
        String label = ((DefaultNumericAxis) chart.getXAxis()).getTickLabelFormatter().toString(bar);
        assertThat(label).isEqualTo(intervalSeconds >= 86_400 ? "03-01" : "09:30");
    }

    @Test
    void the_recovered_offer_and_bids_from_the_ladder_stack_up_on_the_depth_chart(FxRobot robot) {
        click(robot, JUNE.symbol());
        click(robot, "#charts-depth");
        // The morning's offer rests in the recovered book: the depth chart has it from the read model's snapshot.
        assertThat(text(robot, "#depth-status")).isEqualTo("H100-GZ-2027M06 · none bid · 5 lots offered on 1 level");

        click(robot, "#ladder-bid-" + (REFERENCE - 3));
        click(robot, "#ladder-bid-" + (REFERENCE - 5));
        click(robot, "#ladder-bid-" + (REFERENCE - 5));

        // Each click is an order to the exchange; the chart redraws when its answer comes back, not on the click.
        String threeBids = "H100-GZ-2027M06 · 3 lots bid on 2 levels · 5 lots offered on 1 level";
        awaitFx(() -> threeBids.equals(text(robot, "#depth-status")));
        assertThat(text(robot, "#depth-status")).isEqualTo(threeBids);
        DataSet bids = drawn(robot, "#depth-chart", 0);
        assertThat(bids.getDataCount()).isEqualTo(2);
        // Laid out by rising price: the deeper level carries all three lots.
        assertThat(bids.get(DataSet.DIM_X, 0)).isEqualTo(JUNE.toPrice(REFERENCE - 5).doubleValue());
        assertThat(bids.get(DataSet.DIM_Y, 0)).isEqualTo(3);
        assertThat(bids.get(DataSet.DIM_Y, 1)).isEqualTo(1);
    }

    private static String cell(TableView<StripPoint> table, String column, StripPoint row) {
        return table.getColumns().stream().filter(each -> each.getText().equals(column)).findFirst().orElseThrow()
                .getCellData(row).toString();
    }

    @Test
    void the_curve_shows_the_strip_against_the_stored_curve_and_choosing_a_month_drives_the_desk(FxRobot robot) {
        click(robot, JUNE.symbol());
        click(robot, "#charts-curve");
        click(robot, "#ladder-bid-" + (REFERENCE + 1));

        TableView<StripPoint> strip = table(robot, "#curve-table");
        DeskWindow.awaitOnFx("June's trade at the offer in the strip", () -> strip.getItems().stream()
                .anyMatch(point -> point.contract().equals(JUNE) && point.last() != null
                        && point.last().compareTo(JUNE.toPrice(REFERENCE + 1)) == 0 && !Double.isNaN(point.curve())));
        assertThat(text(robot, "#curve-status")).endsWith(" · curve of 2027-02-26");
        StripPoint june = strip.getItems().stream().filter(point -> point.contract().equals(JUNE)).findFirst()
                .orElseThrow();
        assertThat(june.richnessTicks().getAsDouble()).isEqualTo(-99.0);
        // Prices as the ladder and the market watch print them, at the tick's two decimals (the curve's own
        // figures run to many more).
        assertThat(cell(strip, "Last", june)).isEqualTo(JUNE.toPrice(REFERENCE + 1).toPlainString());
        assertThat(cell(strip, "Curve", june)).isEqualTo(JUNE.toPrice(REFERENCE).add(BigDecimal.ONE).toPlainString());
        assertThat(cell(strip, "Rich/cheap", june)).isEqualTo("-0.99");
        assertThat(robot.lookup("#curve-chart").queryAs(XYChart.class).getRenderers().get(1).getDatasets().get(0)
                .getDataCount()).isEqualTo(1);

        // Chosen as a trader clicks its row: the curve links the month its table selects.
        StripPoint september = strip.getItems().stream().filter(point -> point.contract().equals(SEPTEMBER))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            strip.scrollTo(september);
            strip.getSelectionModel().select(september);
        });
        DeskWindow.settle();

        assertThat(text(robot, "#ticket-instrument")).isEqualTo(SEPTEMBER.symbol());
        assertThat(text(robot, "#candle-status")).startsWith(SEPTEMBER.symbol());
        assertThat(text(robot, "#status-instrument")).isEqualTo(SEPTEMBER.symbol());
    }
}
