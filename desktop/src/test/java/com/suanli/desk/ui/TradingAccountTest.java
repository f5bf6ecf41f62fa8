package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static com.suanli.desk.ui.UserScreens.click;
import static com.suanli.desk.ui.UserScreens.text;
import static com.suanli.desk.ui.UserScreens.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.ui.account.AccountViewModel;
import com.suanli.desk.ui.trading.OwnOrder;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A trader granted two accounts signs in: the ticket's account chooser lists exactly those, an order sent after
 * choosing the second goes to the exchange for it (the blotter shows the engine's acceptance for that account
 * and the account panel its cash), and an account the trader was not granted is refused by the exchange host.
 */
@ExtendWith(ApplicationExtension.class)
class TradingAccountTest {

    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final long SECOND = 2002;
    private static final long NOT_GRANTED = 3003;
    private static final long SECOND_CASH = 250_000_00L;

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * The desk's users and the accounts opened in clearing before the window, which then opens: in the test,
     * since slow password hashes and two exchange starts outlast the window set-up's time on a loaded machine.
     */
    private void openTheDesk(FxRobot robot) {
        UserDirectory users = new UserDirectory(DESK.openDatabase(dir));
        users.soleUser("li", WorkstationApp.LOCAL_TRADER_ACCOUNT);
        users.resetPassword("li", "head-of-desk-1".toCharArray());
        users.add("wang", "Wang Fang", UserRole.TRADER, "two-books-2".toCharArray(),
                List.of(LocalTrader.ACCOUNT, SECOND));
        // Before the window: the second account (and one nobody was granted) opened and funded in clearing.
        try (ExchangeStartup before = TestDesks.startup(() -> GUIZHOU, DESK.store(), MARKET_OPEN)) {
            TestDesks.openMember(before.start().exchange(), MARKET_OPEN.millis(), SECOND, SECOND_CASH);
            TestDesks.openMember(before.start().exchange(), MARKET_OPEN.millis(), NOT_GRANTED, SECOND_CASH);
        }
        robot.interact(() -> DESK.open(stage, () -> GUIZHOU, MARKET_OPEN));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Long> chooser(FxRobot robot) {
        return robot.lookup("#ticket-account").queryAs(ComboBox.class);
    }

    private static void buyJuneAt(FxRobot robot, long ticks) {
        click(robot, JUNE.symbol());
        robot.interact(() -> robot.lookup("#ticket-price").queryAs(TextField.class)
                .setText(JUNE.toPrice(ticks).toPlainString()));
        click(robot, "#ticket-buy");
    }

    @Test
    void the_account_chosen_in_the_ticket_is_the_one_the_order_goes_to_and_another_is_refused(FxRobot robot) {
        openTheDesk(robot);
        type(robot, "#sign-in-login", "wang");
        type(robot, "#sign-in-password", "two-books-2");
        click(robot, "#sign-in-button");
        assertThat(chooser(robot).getItems()).containsExactly(LocalTrader.ACCOUNT, SECOND);
        assertThat(chooser(robot).getValue()).isEqualTo(LocalTrader.ACCOUNT);

        click(robot, "#ticket-account");
        click(robot, Long.toString(SECOND));
        long price = JUNE.referencePriceTicks() - 3;
        buyJuneAt(robot, price);

        DeskWindow.awaitOnFx("the order in the blotter",
                () -> !robot.lookup("#blotter-working-table").queryAs(TableView.class).getItems().isEmpty());
        assertThat(text(robot, "#ticket-message")).isEqualTo("Buy 1 " + JUNE.symbol() + " · taken");
        @SuppressWarnings("unchecked")
        TableView<OwnOrder> working = robot.lookup("#blotter-working-table").queryAs(TableView.class);
        assertThat(working.getItems()).singleElement().satisfies(order -> {
            assertThat(order.account()).as("the engine's acceptance names the account").isEqualTo(SECOND);
            assertThat(order.price()).isEqualTo(price);
        });
        click(robot, "#tab-account");
        DeskWindow.awaitOnFx("the second account in the account panel",
                () -> text(robot, "#account-cash").equals(AccountViewModel.cny(SECOND_CASH)));

        robot.interact(() -> chooser(robot).setValue(NOT_GRANTED));
        buyJuneAt(robot, price);

        assertThat(text(robot, "#ticket-message")).isEqualTo("Buy 1 " + JUNE.symbol() + " · not sent: trader 'wang'"
                + " may not send PLACE_ORDER for account " + NOT_GRANTED + ": it trades account 1001, 2002");
        assertThat(working.getItems()).hasSize(1);
    }
}
