package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.store.Sql;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.simulation.DeskSimulation;
import com.suanli.desk.ui.marketwatch.InstrumentRow;
import com.suanli.desk.ui.simulation.SimulationSetting;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window, headless, on a fresh database with the simulation on, as {@code ./desk} opens: the calm
 * month trades behind it at its own speed, the market watch shows bids, offers and trades within a bounded
 * time, the status bar says a simulation runs, the trader's order from the ticket fills against an agent,
 * and the Simulation menu pauses and stops it.
 */
@ExtendWith(ApplicationExtension.class)
class LiveMarketTest {

    private static final Catalogue CATALOGUE = CatalogueJson.readDefault();
    /** The calm month at its configured ×60 steps every 5 s: bids, offers and trades in well under this. */
    private static final long LIVE_WITHIN_SECONDS = 60;

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    private WorkstationApp app;
    private final List<Boolean> kept = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        DESK.openDatabase(dir);
        app = DESK.open(stage, () -> CATALOGUE, DeskWindow.MARKET_OPEN, new SimulationSetting(true, true, kept::add));
    }

    @AfterEach
    void closeTheDesk(FxRobot robot) {
        // Before the extension closes the exchange and the database under it.
        robot.interact(app::stop);
    }


    private static void await(String what, BooleanSupplier condition) {
        DeskWindow.awaitMarket(what, LIVE_WITHIN_SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    private static TableView<InstrumentRow> marketWatch(FxRobot robot) {
        return robot.lookup("#market-watch-table").queryAs(TableView.class);
    }

    /** The text the market watch shows in {@code title}'s column for {@code row}. */
    @SuppressWarnings("unchecked")
    private static String cell(TableView<InstrumentRow> table, String title, InstrumentRow row) {
        TableColumn<InstrumentRow, String> column = (TableColumn<InstrumentRow, String>) table.getColumns().stream()
                .filter(each -> each.getText().equals(title)).findFirst().orElseThrow();
        return column.getCellObservableValue(row).getValue();
    }

    private static Optional<InstrumentRow> rowWith(TableView<InstrumentRow> table, String... titles) {
        return table.getItems().stream()
                .filter(row -> List.of(titles).stream().noneMatch(title -> cell(table, title, row).isEmpty()))
                .findFirst();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void the_desk_opens_on_a_live_market_and_the_traders_order_fills_against_an_agent(FxRobot robot) {
        TableView<InstrumentRow> table = marketWatch(robot);
        await("a bid, an offer and a last trade in the market watch",
                () -> rowWith(table, "Bid", "Ask").isPresent() && rowWith(table, "Last").isPresent());
        assertThat(text(robot, "#status-simulation")).isEqualTo("Simulation calm-month running ×60");

        InstrumentRow offered = rowWith(table, "Ask").orElseThrow();
        robot.interact(() -> {
            table.scrollTo(offered);
            table.getSelectionModel().select(offered);
        });
        TextField price = robot.lookup("#ticket-price").queryAs(TextField.class);
        TextField quantity = robot.lookup("#ticket-quantity").queryAs(TextField.class);
        // A buy a few ticks through the offer: it takes the agent's offer even if the quote moved a little.
        String limit = offered.contract().toPrice(offered.contract().toTicks(
                new java.math.BigDecimal(cell(table, "Ask", offered))) + 5).toPlainString();
        robot.interact(() -> {
            price.setText(limit);
            quantity.setText("1");
        });
        robot.clickOn("#ticket-buy");

        robot.clickOn("#blotter-fills");
        await("the trader's fill in the blotter",
                () -> !robot.lookup("#blotter-fills-table").queryAs(TableView.class).getItems().isEmpty());
        robot.interact(app::stop);
        DESK.exchange().close();
        List<long[]> fills = DESK.store().transaction(c -> Sql.list(c, "SELECT buy_account, sell_account FROM trades"
                + " WHERE buy_account = " + LocalTrader.ACCOUNT, row -> new long[] {row.getLong(1), row.getLong(2)}));
        assertThat(fills).isNotEmpty().allSatisfy(fill ->
                assertThat(fill[1]).as("the seller, an agent").isGreaterThanOrEqualTo(DeskSimulation.FIRST_AGENT_ACCOUNT));
    }

    @Test
    void the_simulation_menu_pauses_resumes_speeds_up_and_stops_the_market(FxRobot robot) {
        await("the simulation runs", () -> text(robot, "#status-simulation").startsWith("Simulation calm-month running"));

        robot.clickOn("#menu-simulation").clickOn("#menu-simulation-pause");
        await("paused", () -> text(robot, "#status-simulation").equals("Simulation calm-month paused"));
        robot.clickOn("#menu-simulation").clickOn("Resume");
        await("running again", () -> text(robot, "#status-simulation").equals("Simulation calm-month running ×60"));
        robot.clickOn("#menu-simulation").clickOn("#menu-simulation-speed-600");
        await("faster", () -> text(robot, "#status-simulation").equals("Simulation calm-month running ×600"));
        robot.clickOn("#menu-simulation").clickOn("#menu-simulation-at-start");
        assertThat(kept).as("the stored choice").containsExactly(false);
        robot.clickOn("#menu-simulation").clickOn("#menu-simulation-stop");
        await("stopped", () -> text(robot, "#status-simulation").equals("Simulation calm-month stopped"));
        robot.clickOn("#menu-simulation").clickOn("#menu-simulation-calm-month");
        await("started again", () -> text(robot, "#status-simulation").equals("Simulation calm-month running ×60"));
    }
}
