package com.suanli.desk.ui;

import static com.suanli.desk.ui.UserScreens.click;
import static com.suanli.desk.ui.UserScreens.text;
import static com.suanli.desk.ui.UserScreens.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.risk.MarginRow;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The risk officer's morning in the real window, headless, on a real database: yesterday the desk's two traders
 * (accounts 1001 and 2002) bought June and July of H100 at Guizhou from a counterparty (3003), recovered from the
 * journal today. The risk officer signs in, sees the desk's deltas by month and hub and every account's margin, widens
 * the view to every member (where the longs and the counterparty's shorts net to zero), and is refused an order.
 */
@ExtendWith(ApplicationExtension.class)
class RiskOfficerWorkflowTest {

    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Catalogue GUIZHOU = CatalogueJson.readDefault().inHub(Hub.GZ);
    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final ContractSpec JULY = GUIZHOU.bySymbol("H100-GZ-2027M07");
    private static final long COUNTERPARTY = 3003;
    private static final long SECOND_TRADER = 2002;
    /** 50,000 CNY each: margin for a few lots. */
    private static final long MEMBER_CASH = 5_000_000;
    private static final long WAIT_SECONDS = 20;

    @TempDir
    static Path dir;

    private static DeskStore store;
    private ExchangeStartup exchange;

    /** The desk's users and yesterday's trades, before the window: slow hashes and a whole exchange start. */
    @BeforeAll
    static void yesterday() {
        System.setProperty(WorkstationApp.KEYS_PROPERTY, "/nonexistent/desk-keys.properties");
        store = TestDesks.database(dir);
        UserDirectory users = new UserDirectory(store);
        users.soleUser("li", WorkstationApp.LOCAL_TRADER_ACCOUNT);
        users.resetPassword("li", "head-of-desk-1".toCharArray());
        users.add("wang", "Wang Fang", UserRole.TRADER, "second-desk-2".toCharArray(), List.of(SECOND_TRADER));
        users.add("chen", "Chen Jing", UserRole.RISK_OFFICER, "scenario-77".toCharArray(), List.of());
        yesterdaysTrades();
    }

    @AfterAll
    static void closeTheDatabase() {
        System.clearProperty(WorkstationApp.KEYS_PROPERTY);
        store.close();
    }

    @Start
    void start(Stage stage) {
        exchange = TestDesks.startup(() -> GUIZHOU, store, MARKET_OPEN);
        new WorkstationApp(new WorkstationContext("9.8.7", "/data/desks/test", MARKET_OPEN, exchange,
                new CurrentThreadTaskExecutor(), () -> Optional.of(store))).start(stage);
    }

    /** The counterparty sells 3 June to 1001 and 2 July to 2002, on the exchange the window recovers. */
    private static void yesterdaysTrades() {
        try (ExchangeStartup yesterday = TestDesks.startup(() -> GUIZHOU, store, MARKET_OPEN)) {
            DeskExchange desk = yesterday.start().exchange();
            long time = MARKET_OPEN.millis();
            TestDesks.openMember(desk, time, SECOND_TRADER, MEMBER_CASH);
            TestDesks.openMember(desk, time, COUNTERPARTY, MEMBER_CASH);
            trade(desk, JUNE, WorkstationApp.LOCAL_TRADER_ACCOUNT, 3);
            trade(desk, JULY, SECOND_TRADER, 2);
        }
    }

    private static void trade(DeskExchange desk, ContractSpec contract, long buyer, long lots) {
        long time = MARKET_OPEN.millis();
        long price = contract.referencePriceTicks();
        for (PlaceOrder order : List.of(
                PlaceOrder.limit(time, COUNTERPARTY, contract.instrumentId(), contract.instrumentId(), Side.ASK, price,
                        lots, TimeInForce.GTC),
                PlaceOrder.limit(time, buyer, contract.instrumentId(), contract.instrumentId(), Side.BID, price, lots,
                        TimeInForce.GTC))) {
            assertThat(desk.submit(order).join().accepted()).as("%s", order).isTrue();
        }
    }

    @AfterEach
    void closeTheExchange() {
        exchange.close();
    }

    private static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
            // The condition may hold half way through the FX task that shows the change: let it finish.
            DeskWindow.settle();
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + WAIT_SECONDS + " s for " + what, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<MarginRow> margins(FxRobot robot) {
        return robot.lookup("#risk-margins").queryAs(TableView.class);
    }

    @Test
    void a_risk_officer_sees_the_desks_deltas_and_margin_and_is_refused_an_order(FxRobot robot) {
        type(robot, "#sign-in-login", "chen");
        type(robot, "#sign-in-password", "scenario-77");
        click(robot, "#sign-in-button");
        assertThat(text(robot, "#status-message")).isEqualTo("Signed in as risk officer 'chen'");

        robot.clickOn("#status-message").press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil("the heatmap", () -> robot.lookup("#heat-total").tryQuery().isPresent());

        // 3 lots of June and 2 of July, 1,000 GPU-hours a lot, long: delta in GPU-hours.
        assertThat(text(robot, "#heat-2027-06-GZ")).isEqualTo("3,000.00");
        assertThat(text(robot, "#heat-2027-07-GZ")).isEqualTo("2,000.00");
        assertThat(text(robot, "#heat-total")).isEqualTo("5,000.00");
        click(robot, "#risk-tab-margin");
        TableView<MarginRow> margins = margins(robot);
        assertThat(margins.getItems()).extracting(MarginRow::account)
                .containsExactly(WorkstationApp.LOCAL_TRADER_ACCOUNT, SECOND_TRADER);
        assertThat(margins.getItems()).allSatisfy(row -> {
            assertThat(row.initial()).isPositive();
            assertThat(row.held()).isEqualByComparingTo(row.initial());
            assertThat(row.shortOfMargin()).isFalse();
        });

        robot.interact(() -> margins.getSelectionModel().select(1));
        DeskWindow.settle();
        assertThat(robot.lookup("#risk-positions").queryAs(TableView.class).getItems()).hasSize(1);

        click(robot, "#risk-every-member");
        waitUntil("every member", () -> margins.getItems().size() > 2);
        assertThat(margins.getItems()).extracting(MarginRow::account).contains(COUNTERPARTY);
        assertThat(text(robot, "#risk-desk-status")).startsWith(margins.getItems().size() + " accounts");
        click(robot, "#risk-tab-heatmap");
        waitUntil("the netted heatmap", () -> "0.00".equals(text(robot, "#heat-total")));
        assertThat(text(robot, "#heat-2027-06-GZ")).as("the counterparty's short nets the desk's long")
                .isEqualTo("0.00");

        robot.clickOn("#status-message").press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        click(robot, JUNE.symbol());
        click(robot, "#ticket-buy");
        assertThat(text(robot, "#ticket-message")).isEqualTo("Buy 1 " + JUNE.symbol() + " · not sent: risk officer"
                + " 'chen' may not send PLACE_ORDER: a risk officer sends no order, quote or cancel");
    }
}
