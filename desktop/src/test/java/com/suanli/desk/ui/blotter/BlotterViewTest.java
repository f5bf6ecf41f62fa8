package com.suanli.desk.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.trading.Fill;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The blotter panel on its own, headless, over a real engine: a hidden tab's table is not fed while the trader looks
 * at another (its tab's count is), and shows every row the moment its tab is selected; a working order's cancel
 * button cancels it; the dense tables' rows have one fixed height.
 */
@ExtendWith(ApplicationExtension.class)
class BlotterViewTest {

    /** The theme's dense row, 2em of the desk's 13px. */
    private static final double ROW_HEIGHT = 26;

    private final TraderFixture fixture = new TraderFixture();
    private long clientOrderId;

    @Start
    void start(Stage stage) {
        BlotterView view = new BlotterView(new BlotterViewModel(fixture.desk, fixture.orders),
                TraderFixture.MARKET_OPEN.getZone());
        Scene scene = new Scene(new StackPane(view.root()), 1200, 400);
        DeskTheme.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Another member offers a lot at the reference and the trader takes it: one fill, on the FX thread. */
    private void filled(FxRobot robot) {
        robot.interact(() -> {
            fixture.other(Side.ASK, fixture.reference(), 1);
            fixture.trader(PlaceOrder.limit(TraderFixture.MARKET_OPEN.millis(), TraderFixture.TRADER, ++clientOrderId,
                    fixture.june.instrumentId(), Side.BID, fixture.reference(), 1, TimeInForce.GTC));
        });
    }

    private static TableView<Fill> fillsTable(FxRobot robot) {
        return robot.lookup("#blotter-fills-table").queryTableView();
    }

    private static String title(FxRobot robot, String tabId) {
        return robot.lookup(".blotter-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(tab -> tab.getId().equals(tabId)).map(Tab::getText).findFirst().orElseThrow();
    }

    @Test
    void a_hidden_tab_shows_every_fill_the_moment_it_is_selected(FxRobot robot) {
        filled(robot);
        filled(robot);

        assertThat(fixture.desk.fills()).hasSize(2);
        assertThat(fillsTable(robot).getItems()).as("hidden behind the working orders").isEmpty();
        assertThat(title(robot, "blotter-fills")).as("the tab's count reads the desk").isEqualTo("Fills (2)");

        robot.clickOn("#blotter-fills");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fillsTable(robot).getItems()).isEqualTo(fixture.desk.fills());

        filled(robot);

        assertThat(fillsTable(robot).getItems()).as("shown: follows at once").hasSize(3)
                .isEqualTo(fixture.desk.fills());
    }

    @Test
    void a_tab_left_falls_behind_and_catches_up_when_chosen_again(FxRobot robot) {
        robot.clickOn("#blotter-fills");
        filled(robot);
        robot.clickOn("#blotter-working");
        WaitForAsyncUtils.waitForFxEvents();

        filled(robot);

        assertThat(fillsTable(robot).getItems()).hasSize(1);

        robot.clickOn("#blotter-fills");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fillsTable(robot).getItems()).hasSize(2).isEqualTo(fixture.desk.fills());
    }

    @Test
    void a_working_orders_cancel_button_cancels_it(FxRobot robot) {
        robot.interact(() -> fixture.trader(PlaceOrder.limit(TraderFixture.MARKET_OPEN.millis(), TraderFixture.TRADER,
                ++clientOrderId, fixture.june.instrumentId(), Side.BID, fixture.reference() - 1, 1, TimeInForce.GTC)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(".blotter-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#blotter-working-table").queryTableView().getItems()).isEmpty();
        assertThat(fixture.desk.orders()).singleElement().extracting(order -> order.status().isLive())
                .isEqualTo(false);
    }

    @Test
    void every_row_of_a_dense_table_has_the_same_fixed_height(FxRobot robot) {
        robot.clickOn("#blotter-fills");
        filled(robot);
        filled(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fillsTable(robot).getFixedCellSize()).isEqualTo(ROW_HEIGHT);
        assertThat(robot.from(fillsTable(robot)).lookup(".table-row-cell").queryAllAs(TableRow.class))
                .isNotEmpty().allSatisfy(row -> assertThat(row.getHeight()).isEqualTo(ROW_HEIGHT));
    }
}
