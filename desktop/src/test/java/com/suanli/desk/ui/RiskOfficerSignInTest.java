package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static com.suanli.desk.ui.UserScreens.click;
import static com.suanli.desk.ui.UserScreens.text;
import static com.suanli.desk.ui.UserScreens.type;
import static com.suanli.desk.ui.UserScreens.usersItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.exchange.listing.ContractSpec;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A desk of several users in the real window, headless, on a real database: it asks for a password, refuses
 * a wrong one without saying which of user and password was wrong, and the exchange refuses the signed-in
 * risk officer's order, the refusal shown under the ticket.
 */
@ExtendWith(ApplicationExtension.class)
class RiskOfficerSignInTest {

    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        UserDirectory users = new UserDirectory(DESK.openDatabase(dir));
        users.soleUser("li", WorkstationApp.LOCAL_TRADER_ACCOUNT);
        users.resetPassword("li", "head-of-desk-1".toCharArray());
        users.add("chen", "Chen Jing", UserRole.RISK_OFFICER, "scenario-77".toCharArray(), List.of());
        DESK.open(stage, () -> GUIZHOU, MARKET_OPEN);
    }

    @Test
    void a_risk_officer_signs_in_and_the_exchange_refuses_its_order_under_the_ticket(FxRobot robot) {
        assertThat(robot.lookup("#sign-in").tryQuery()).as("several users: sign-in asked").isPresent();

        type(robot, "#sign-in-login", "chen");
        type(robot, "#sign-in-password", "scenario-76");
        click(robot, "#sign-in-button");
        assertThat(text(robot, "#sign-in-message")).isEqualTo("Wrong user name or password (the next try waits 1 s)");
        assertThat(text(robot, "#status-message")).isNotEqualTo("Signed in as risk officer 'chen'");

        robot.sleep(1_100);
        type(robot, "#sign-in-password", "scenario-77");
        click(robot, "#sign-in-button");

        assertThat(robot.lookup("#sign-in").tryQuery()).as("the sign-in window closed").isEmpty();
        assertThat(text(robot, "#status-message")).isEqualTo("Signed in as risk officer 'chen'");
        assertThat(usersItem(robot).isDisable()).isTrue();

        click(robot, JUNE.symbol());
        click(robot, "#ticket-buy");

        assertThat(text(robot, "#ticket-message")).isEqualTo("Buy 1 " + JUNE.symbol() + " · not sent: risk officer"
                + " 'chen' may not send PLACE_ORDER: a risk officer sends no order, quote or cancel");
    }
}
