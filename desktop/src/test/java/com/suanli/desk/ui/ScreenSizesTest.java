package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.workspace.Panel;
import com.suanli.exchange.listing.ContractSpec;
import io.fair_acc.chartfx.XYChart;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The trading workspace's standard layout on the screens a desk runs on, a laptop's 1280x800, 1600x1000 and
 * 1920x1080 (the larger two laid out inside Monocle's 1280x800 headless screen, which cannot hold a larger window;
 * all three are looked at under Xvfb, docs/workstation.md): the ticket's Buy and Sell and the ladder's centre level
 * in view, the blotter and the charts under them with room for their rows, the forward curve's plot tall enough to
 * read and its table of months without a sideways scroll, the market watch's filters each whole. And the trader's
 * buttons name their keys; the status bar's message whole.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenSizesTest {

    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");
    /** Monocle's headless screen (headless.geometry), which no window can outgrow. */
    private static final double SCREEN_WIDTH = 1280;
    private static final double SCREEN_HEIGHT = 800;

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DESK.openDatabase(dir);
        DESK.open(stage, () -> GUIZHOU, MARKET_OPEN);
    }

    @Test
    void a_laptops_1280_by_800_holds_the_trading_workspace(FxRobot robot) {
        theTradingWorkspaceFits(robot, 1280, 800);
    }

    @Test
    void a_1600_by_1000_screen_holds_the_trading_workspace(FxRobot robot) {
        theTradingWorkspaceFits(robot, 1600, 1000);
    }

    @Test
    void a_1920_by_1080_screen_holds_the_trading_workspace(FxRobot robot) {
        theTradingWorkspaceFits(robot, 1920, 1080);
    }

    @Test
    void the_traders_buttons_name_their_keys_on_hover(FxRobot robot) {
        DeskWindow.awaitOnFx("the ticket built", () -> robot.lookup("#ticket-buy").tryQuery().isPresent());

        assertThat(tooltip(robot, "#ticket-buy")).isEqualTo("Buy from the order ticket (Ctrl+B)");
        assertThat(tooltip(robot, "#ticket-sell")).isEqualTo("Sell from the order ticket (Ctrl+S)");
        assertThat(tooltip(robot, "#ladder-cancel-all")).isEqualTo("Cancel all working orders (F12)");
        assertThat(tooltip(robot, "#ladder-recentre")).isEqualTo("Recentre the ladder (Ctrl+R)");
        assertThat(tooltip(robot, "#ladder-preset-5")).isEqualTo("Quantity preset 2 (Alt+2)");
        assertThat(tooltip(robot, "#workspace-risk")).isEqualTo("Risk (Ctrl+2)");
    }

    private static String tooltip(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Control.class).getTooltip().getText();
    }

    private void theTradingWorkspaceFits(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(Math.min(width, SCREEN_WIDTH));
            stage.setHeight(Math.min(height, SCREEN_HEIGHT));
        });
        DeskWindow.awaitOnFx("the window at its size", () -> stage.getScene().getWidth() == Math.min(width, SCREEN_WIDTH)
                && stage.getScene().getHeight() == Math.min(height, SCREEN_HEIGHT));
        if (width > SCREEN_WIDTH || height > SCREEN_HEIGHT) {
            // Monocle cannot draw a window larger than its screen: the desk is laid out at the larger size in a
            // plain Pane inside the window, as the window's own root is (the part past the screen is not drawn).
            robot.interact(() -> {
                Region desk = (Region) stage.getScene().getRoot();
                stage.getScene().setRoot(new Pane());
                desk.setMinSize(width, height);
                desk.setPrefSize(width, height);
                desk.setMaxSize(width, height);
                ((Pane) stage.getScene().getRoot()).getChildren().add(desk);
            });
            DeskWindow.awaitOnFx("the desk at " + width + "x" + height, () -> robot.lookup("#" + Panel.LADDER.nodeId())
                    .tryQuery().map(ladder -> ladder.getScene() != null).orElse(false));
        }
        robot.clickOn(JUNE.symbol());
        // The Curve tab chosen by its pane: at 1920 pixels its header stands near the edge of Monocle's screen.
        robot.interact(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).forEach(pane -> pane.getTabs().stream()
                .filter(tab -> "charts-curve".equals(tab.getId())).findFirst()
                .ifPresent(curve -> pane.getSelectionModel().select(curve))));
        DeskWindow.settle();
        DeskWindow.awaitOnFx("the ladder at June's reference price", () -> robot.lookup("#ladder-price-"
                + JUNE.referencePriceTicks()).tryQuery().isPresent());

        // The status bar's message whole (a sign-in's words were cut at 1280 pixels): the database path gives way.
        DeskWindow.awaitOnFx("a message on the status bar", () -> !robot.lookup("#status-message").queryAs(Label.class)
                .getText().isEmpty());
        DeskWindow.settle();
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        assertThat(((Text) message.lookup(".text")).getText()).as("the status message drawn whole")
                .isEqualTo(message.getText());
        Bounds ticket = panel(robot, Panel.ORDER_TICKET);
        assertThat(ticket.contains(bounds(robot, "#ticket-buy"))).as("Buy in view").isTrue();
        assertThat(ticket.contains(bounds(robot, "#ticket-sell"))).as("Sell in view").isTrue();
        assertThat(panel(robot, Panel.LADDER).contains(bounds(robot, "#ladder-price-" + JUNE.referencePriceTicks())))
                .as("the ladder's centre level in view").isTrue();
        // The lower panels have room for half a dozen rows of orders, fills or prints under their tabs and headers.
        assertThat(panel(robot, Panel.BLOTTER).getHeight()).as("the blotter's height").isGreaterThanOrEqualTo(0.32 * height);
        assertThat(panel(robot, Panel.CHARTS).getHeight()).as("the charts' height").isGreaterThanOrEqualTo(0.32 * height);
        double plot = robot.lookup("#curve-chart").queryAs(XYChart.class).getCanvas().getHeight();
        assertThat(plot).as("the curve's plot height").isGreaterThanOrEqualTo(0.12 * height);
        // The watch's filters, count and Columns menu whole; the curve's table without a sideways scroll.
        ControlsInView.allWhole(robot.lookup("#market-watch-filters").queryAs(Region.class));
        TableView<?> months = robot.lookup("#curve-table").queryAs(TableView.class);
        assertThat(months.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum())
                .as("the curve table's columns").isLessThanOrEqualTo(months.getWidth());
        assertThat(months.lookupAll(".scroll-bar")).filteredOn(bar -> bar instanceof ScrollBar scroll
                && scroll.getOrientation() == Orientation.HORIZONTAL).allSatisfy(bar ->
                assertThat(bar.isVisible()).as("the curve table's sideways scroll bar").isFalse());
        // How rich each month is, the table's own figure (the curve's price is drawn above it); in ticks too but on a
        // laptop's screen.
        assertThat(months.getVisibleLeafColumns()).extracting(TableColumn::getText).as("the curve table's columns")
                .contains(Texts.get("curve.month"), Texts.get("curve.mid"), Texts.get("curve.rich-cheap"));
        if (width > SCREEN_WIDTH) {
            assertThat(months.getVisibleLeafColumns()).extracting(TableColumn::getText)
                    .as("the curve table's columns").contains(Texts.get("curve.ticks"));
        }
        // The strip readable under the plot, and the curve's status line whole (wrapped where narrow).
        Bounds table = months.localToScene(months.getBoundsInLocal());
        long monthsInView = months.lookupAll(".table-row-cell").stream().filter(row -> row instanceof TableRow<?> month
                && month.getItem() != null && month.isVisible()
                && table.contains(month.localToScene(month.getBoundsInLocal()))).count();
        // A laptop's screen keeps the plot's height and shows two months under the table's header (one while the
        // status line took two lines, none while the key sat on it); the larger screens three.
        assertThat(monthsInView).as("months in view under the plot").isGreaterThanOrEqualTo(width > SCREEN_WIDTH ? 3 : 2);
        Label status = robot.lookup("#curve-status").queryAs(Label.class);
        assertThat(((Text) status.lookup(".text")).getText()).as("the curve's status line drawn whole")
                .isEqualTo(status.getText());
        assertThat(status.getHeight()).as("the curve's status line on one line")
                .isLessThan(2 * status.getFont().getSize());
        // The working orders' lots and fills in view beside the side and price, not past the blotter's edge.
        TableView<?> working = robot.lookup("#blotter-working-table").queryAs(TableView.class);
        double right = 0;
        for (TableColumn<?, ?> column : working.getVisibleLeafColumns()) {
            right += column.getWidth();
            if (column.getText().equals(Texts.get("blotter.filled"))) {
                break;
            }
        }
        assertThat(right).as("the working orders' columns up to Filled").isLessThanOrEqualTo(working.getWidth());
    }

    private static Bounds panel(FxRobot robot, Panel panel) {
        return bounds(robot, "#" + panel.nodeId());
    }

    private static Bounds bounds(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal());
    }
}
