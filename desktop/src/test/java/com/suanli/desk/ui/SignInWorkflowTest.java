package com.suanli.desk.ui;

import static com.suanli.desk.ui.DeskWindow.GUIZHOU;
import static com.suanli.desk.ui.DeskWindow.MARKET_OPEN;
import static com.suanli.desk.ui.UserScreens.click;
import static com.suanli.desk.ui.UserScreens.text;
import static com.suanli.desk.ui.UserScreens.type;
import static com.suanli.desk.ui.UserScreens.usersItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.suanli.data.firm.DeskUser;
import com.suanli.desk.ui.users.SignOn;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The local single-user start in the real window, headless, on a real database: a fresh desk opens signed in
 * without a prompt, and its administrator adds a user from File > Users…, first refused because nobody could
 * then sign in as an administrator.
 */
@ExtendWith(ApplicationExtension.class)
class SignInWorkflowTest {

    private static final String LOCAL = SignOn.localLogin(System.getProperty("user.name"));

    @RegisterExtension
    static final DeskWindow DESK = new DeskWindow();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        DESK.openDatabase(dir);
        DESK.open(stage, () -> GUIZHOU, MARKET_OPEN);
    }

    @Test
    void a_fresh_desk_opens_signed_in_as_its_administrator_who_adds_a_user_from_the_users_window(FxRobot robot)
            throws Exception {
        assertThat(robot.lookup("#sign-in").tryQuery()).as("no sign-in prompt").isEmpty();
        assertThat(text(robot, "#status-message")).isEqualTo("Signed in as administrator '" + LOCAL + "'");
        MenuItem users = usersItem(robot);
        assertThat(users.isDisable()).isFalse();

        robot.interact(users::fire);
        @SuppressWarnings("unchecked")
        TableView<DeskUser> table = robot.lookup("#users-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(DeskUser::login).containsExactly(LOCAL);

        type(robot, "#users-login", "wang");
        type(robot, "#users-password", "east-west-9");
        type(robot, "#users-accounts", "2002");
        click(robot, "#users-add");
        assertThat(text(robot, "#users-error")).isEqualTo("Password: with more than one user everyone signs in,"
                + " and no administrator has a password: set one first (desk users passwd " + LOCAL + ")");
        assertThat(table.getItems()).hasSize(1);

        type(robot, "#users-login", LOCAL);
        type(robot, "#users-password", "head-of-desk-1");
        click(robot, "#users-reset-password");
        assertThat(text(robot, "#users-done")).isEqualTo("New password set for '" + LOCAL + "'");
        type(robot, "#users-login", "wang");
        type(robot, "#users-password", "east-west-9");
        type(robot, "#users-accounts", "2002");
        click(robot, "#users-add");

        // The account is new to the desk's exchange: the screen opens it there, and says so.
        assertThat(text(robot, "#users-done"))
                .isEqualTo("Added trader 'wang'; opened on the exchange: account 2002 (firm 100, 1,000,000 CNY)");
        assertThat(text(robot, "#users-error")).isEmpty();
        assertThat(table.getItems()).extracting(DeskUser::login, DeskUser::accounts)
                .contains(tuple("wang", List.of(2002L)));

        // A trader of a firm the exchange does not have yet: the firm, its name and the cash as typed.
        type(robot, "#users-login", "zhao");
        type(robot, "#users-password", "jade-capital-7");
        type(robot, "#users-accounts", "7007");
        type(robot, "#users-firm", "700");
        type(robot, "#users-firm-name", "Jade Capital");
        type(robot, "#users-cash", "250,000.50");
        click(robot, "#users-add");
        assertThat(text(robot, "#users-error")).isEmpty();
        assertThat(text(robot, "#users-done"))
                .isEqualTo("Added trader 'zhao'; opened on the exchange: account 7007 (firm 700, 250,000.50 CNY)");
        if (System.getProperty(Screenshots.DIRECTORY) != null) {
            Screenshots.save((Stage) table.getScene().getWindow(), "users-open-account.png");
        }
    }
}
