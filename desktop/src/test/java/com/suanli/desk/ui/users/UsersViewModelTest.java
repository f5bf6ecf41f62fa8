package com.suanli.desk.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.access.DeskSession;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.exchange.listing.Hub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's screen without a window, on the desk's real exchange and database. */
class UsersViewModelTest {

    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private DeskStore store;
    private ExchangeStartup startup;
    private UsersViewModel screen;
    private DeskExchange exchange;

    @BeforeEach
    void theLocalAdministratorsScreen() {
        store = TestDesks.database(dir);
        startup = TestDesks.startup(() -> CatalogueJson.readDefault().inHub(Hub.GZ), store, MARKET_OPEN);
        exchange = startup.start().exchange();
        DeskSession administrator = exchange.users().local("li", 1001).orElseThrow();
        screen = new UsersViewModel(administrator, new CurrentThreadTaskExecutor());
        screen.refresh();
    }

    @AfterEach
    void closeTheDesk() {
        startup.close();
        store.close();
    }

    @Test
    void choosing_a_user_fills_the_form_and_its_role_and_accounts_change_from_it() {
        screen.loginProperty().set("li");
        screen.passwordProperty().set("head-of-desk-1");
        screen.resetPassword();
        screen.loginProperty().set("wang");
        screen.passwordProperty().set("east-west-9");
        screen.accountsProperty().set("2002");
        screen.add();
        assertThat(screen.doneProperty().get())
                .isEqualTo("Added trader 'wang'; opened on the exchange: account 2002 (firm 100, 1,000,000 CNY)");
        DeskUser wang = screen.users().get(1);

        screen.choose(wang);
        assertThat(screen.loginProperty().get()).isEqualTo("wang");
        assertThat(screen.roleProperty().get()).isEqualTo(UserRole.TRADER);
        assertThat(screen.accountsProperty().get()).isEqualTo("2002");
        assertThat(screen.passwordProperty().get()).as("a password is never shown").isEmpty();

        screen.roleProperty().set(UserRole.RISK_OFFICER);
        screen.changeRole();
        assertThat(screen.doneProperty().get()).isEqualTo("'wang' is now risk officer");
        screen.accountsProperty().set("3003, 2002");
        screen.assignAccounts();

        assertThat(screen.doneProperty().get())
                .isEqualTo("'wang' trades account 2002, 3003; opened on the exchange: account 3003"
                        + " (firm 100, 1,000,000 CNY)");
        assertThat(exchange.ask(engine -> engine.hasAccount(2002) && engine.hasAccount(3003)).join()).isTrue();
        assertThat(exchange.ask(engine -> engine.cash(3003)).join()).isEqualTo(LocalTrader.STARTING_CASH);
        assertThat(screen.errorProperty().get()).isEmpty();
        assertThat(screen.users()).extracting(DeskUser::login, DeskUser::role, DeskUser::accounts).containsExactly(
                tuple("li", UserRole.ADMINISTRATOR, List.of(1001L)),
                tuple("wang", UserRole.RISK_OFFICER, List.of(2002L, 3003L)));
    }

    @Test
    void a_refusal_names_the_field_and_changes_nothing() {
        screen.loginProperty().set("li");
        screen.accountsProperty().set("1001, x2");
        screen.assignAccounts();
        assertThat(screen.errorProperty().get()).isEqualTo("Accounts: must be account numbers separated by commas, was 'x2'");

        screen.roleProperty().set(UserRole.TRADER);
        screen.changeRole();
        assertThat(screen.errorProperty().get()).isEqualTo("Role: the desk must keep an administrator; make another user one first");
        screen.passwordProperty().set("short");
        screen.resetPassword();

        assertThat(screen.errorProperty().get()).isEqualTo("Password: must be at least 8 characters");
        assertThat(screen.passwordProperty().get()).as("the typed password is cleared").isEmpty();
        assertThat(screen.doneProperty().get()).isEmpty();
        assertThat(screen.users()).extracting(DeskUser::role, DeskUser::accounts)
                .containsExactly(tuple(UserRole.ADMINISTRATOR, List.of(1001L)));
    }

    @Test
    void the_administrator_opens_an_account_for_a_new_firm_with_the_cash_typed_and_terms_that_do_not_fit_change_nothing() {
        screen.loginProperty().set("li");
        screen.passwordProperty().set("head-of-desk-1");
        screen.resetPassword();
        screen.loginProperty().set("zhao");
        screen.passwordProperty().set("jade-capital-7");
        screen.accountsProperty().set("7007");
        screen.firmProperty().set("700");
        screen.firmNameProperty().set("Jade Capital");
        screen.cashProperty().set("250,000.50");
        screen.add();
        assertThat(screen.errorProperty().get()).isEmpty();
        assertThat(screen.doneProperty().get())
                .isEqualTo("Added trader 'zhao'; opened on the exchange: account 7007 (firm 700, 250,000.50 CNY)");
        assertThat(exchange.ask(engine -> engine.hasFirm(700) ? engine.cash(7007) : -1).join()).isEqualTo(25_000_050L);

        // 7007 is firm 700's: giving it under the desk's firm is refused before the user is added.
        screen.loginProperty().set("sun");
        screen.passwordProperty().set("another-one-8");
        screen.accountsProperty().set("7007, 8008");
        screen.firmProperty().set("100");
        screen.add();
        assertThat(screen.errorProperty().get())
                .isEqualTo("Firm: account 7007 is open already under firm 700, not 100: nothing sent");
        screen.accountsProperty().set("8008");
        screen.firmProperty().set("x");
        screen.add();
        assertThat(screen.errorProperty().get()).isEqualTo("Firm: must be a firm number above 0, was 'x'");
        screen.firmProperty().set("800");
        screen.firmNameProperty().set("");
        screen.add();
        assertThat(screen.errorProperty().get())
                .isEqualTo("Firm name: firm 800 is not on the exchange yet; give its name to register it: nothing sent");
        screen.firmProperty().set("100");
        screen.cashProperty().set("-1");
        screen.add();
        assertThat(screen.errorProperty().get()).isEqualTo("Cash: must be 0 to 10,000,000,000 CNY, was -1 CNY");
        assertThat(screen.users()).extracting(DeskUser::login).containsExactly("li", "zhao");
        assertThat(exchange.ask(engine -> engine.hasAccount(8008) || engine.hasFirm(800)).join()).isFalse();
    }
}
