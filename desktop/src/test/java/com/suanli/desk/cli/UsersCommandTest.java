package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk users}: add, list, passwd and role on a real database; every refusal one line and exit code 2. */
class UsersCommandTest {

    @TempDir
    Path home;

    @TempDir
    Path here;

    @Test
    void users_are_added_listed_given_a_password_and_a_role_from_the_command_line() {
        CliRun cli = new CliRun(home, here).withEnvironment(UsersCommand.PASSWORD_ENVIRONMENT, "head-of-desk-1");

        assertThat(cli.desk("users", "add", "li", "--role", "administrator", "--accounts", "1001", "--db", "desk")).isZero();
        assertThat(cli.desk("users", "add", "wang", "--role", "trader", "--name", "Wang Fang", "--accounts", "2002,2001",
                "--db", "desk")).isZero();
        assertThat(cli.desk("users", "role", "wang", "risk-officer", "--db", "desk")).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out().lines()).containsExactly(
                "desk users: added administrator 'li', trading account 1001",
                "desk users: account 1001 was open already on the desk's exchange: nothing sent",
                "desk users: added trader 'wang', trading account 2001,2002",
                "desk users: account 2001 opened on the desk's exchange (firm 100, 1,000,000 CNY)",
                "desk users: account 2002 opened on the desk's exchange (firm 100, 1,000,000 CNY)",
                "desk users: 'wang' is now risk officer (from its next sign-in)");
        cli.clear();

        assertThat(cli.desk("users", "list", "--db", "desk")).isZero();
        assertThat(cli.out().lines()).containsExactly(
                "LOGIN  NAME       ROLE           ACCOUNTS   PASSWORD  LOCKED",
                "li     li         administrator  1001       set       no",
                "wang   Wang Fang  risk officer   2001,2002  set       no");

        CliRun other = new CliRun(home, here).withEnvironment(UsersCommand.PASSWORD_ENVIRONMENT, "spread-desk-2");
        assertThat(other.desk("users", "passwd", "wang", "--db", "desk")).isZero();
        assertThat(other.out()).isEqualTo("desk users: new password set for 'wang'" + System.lineSeparator());
        try (DeskStore store = DeskStore.open(StoreAddress.file(here.resolve("desk")), FileKey.NONE)) {
            UserDirectory users = new UserDirectory(store);
            assertThat(users.signIn("wang", "head-of-desk-1".toCharArray())).isEmpty();
            Optional<DeskUser> wang = users.signIn("wang", "spread-desk-2".toCharArray());
            assertThat(wang).map(DeskUser::role).contains(UserRole.RISK_OFFICER);
        }
    }

    @Test
    void bad_options_and_refused_changes_are_one_line_with_exit_code_2() {
        CliRun cli = new CliRun(home, here).withEnvironment(UsersCommand.PASSWORD_ENVIRONMENT, "head-of-desk-1");
        assertThat(cli.desk("users", "add", "li", "--role", "administrator", "--db", "desk")).isZero();
        cli.clear();

        assertRefused(cli, "error: role: must be one of trader, risk-officer, administrator, was 'boss'",
                "users", "add", "zhao", "--role", "boss", "--db", "desk");
        assertRefused(cli, "error: role: the desk must keep an administrator; make another user one first",
                "users", "role", "li", "trader", "--db", "desk");
        assertRefused(cli, "error: login: no user 'ghost'", "users", "passwd", "ghost", "--db", "desk");
        assertRefused(cli, "error: login: 'li' is taken", "users", "add", "li", "--role", "trader", "--db", "desk");
        assertRefused(cli, "error: desk users: needs a command: add, list, passwd or role (see desk users --help)", "users");
        assertRefused(cli, "error: desk users add: unknown option '--rol' (see desk users add --help)",
                "users", "add", "zhao", "--rol", "trader", "--db", "desk");
        assertRefused(cli, "error: --role: is required (see desk users add --help)", "users", "add", "zhao", "--db", "desk");
        assertRefused(cli, "error: --accounts: 'x1' is not a long", "users", "add", "zhao", "--role", "trader",
                "--accounts", "x1", "--db", "desk");
        assertRefused(cli, "error: firm: must be a firm number above 0, was 'x'", "users", "add", "zhao", "--role",
                "trader", "--accounts", "3001", "--firm", "x", "--db", "desk");
        assertRefused(cli, "error: cash: must be 0 to 10,000,000,000 CNY, was -5 CNY", "users", "add", "zhao", "--role",
                "trader", "--accounts", "3001", "--cash=-5", "--db", "desk");
        assertRefused(cli, "error: firm: account 1001 is open already under firm 100, not 300: nothing sent", "users",
                "add", "zhao", "--role", "trader", "--accounts", "3001,1001", "--firm", "300", "--firm-name", "Jade",
                "--db", "desk");
        assertRefused(cli, "error: firm name: firm 300 is not on the exchange yet; give its name to register it: nothing"
                + " sent", "users", "add", "zhao", "--role", "trader", "--accounts", "3001", "--firm", "300", "--db", "desk");
        CliRun noPassword = new CliRun(home, here);
        assertRefused(noPassword, "error: password: no console to ask for the password of 'zhao': set SUANLI_DESK_PASSWORD",
                "users", "add", "zhao", "--role", "trader", "--db", "desk");
        CliRun shortPassword = new CliRun(home, here).withEnvironment(UsersCommand.PASSWORD_ENVIRONMENT, "short");
        assertRefused(shortPassword, "error: password: must be at least 8 characters", "users", "passwd", "li", "--db", "desk");

        assertThat(cli.desk("users", "list", "--db", "desk")).isZero();
        assertThat(cli.out().lines()).hasSize(2);
        cli.clear();

        // Refused terms changed nothing: zhao is added now, its account opened for the new firm with the cash given.
        assertThat(cli.desk("users", "add", "zhao", "--role", "trader", "--accounts", "3001", "--firm", "300",
                "--firm-name", "Jade Capital", "--cash", "250,000", "--db", "desk")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("desk users: account 3001 opened on the desk's exchange (firm 300, 250,000 CNY)");
    }

    private static void assertRefused(CliRun cli, String error, String... args) {
        cli.clear();
        assertThat(cli.desk(args)).as(String.join(" ", args)).isEqualTo(DeskCli.EXIT_REFUSED);
        assertThat(cli.err()).as(String.join(" ", args)).isEqualTo(error + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }
}
