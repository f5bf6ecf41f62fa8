package com.suanli.data.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.TestStores;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDirectoryTest {

    /** The local trader's account, as the workstation gives it. */
    private static final long LOCAL_ACCOUNT = 1001;
    /** Enough work to be a real PBKDF2 hash, little enough for a test that signs in many times. */
    private static final int TEST_ITERATIONS = 1_000;

    @TempDir
    Path dir;

    private DeskStore store;
    private UserDirectory users;

    @BeforeEach
    void freshDesk() {
        store = TestStores.fresh(dir);
        users = new UserDirectory(store, PasswordHasher.withIterations(TEST_ITERATIONS));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_fresh_desk_makes_its_first_user_an_administrator_who_trades_the_local_account_without_a_password() {
        DeskUser first = users.soleUser("li", LOCAL_ACCOUNT).orElseThrow();

        assertThat(first).isEqualTo(new DeskUser("li", "li", UserRole.ADMINISTRATOR, List.of(LOCAL_ACCOUNT), false, false));
        assertThat(first.trades(LOCAL_ACCOUNT)).isTrue();
        assertThat(users.soleUser("someone.else", LOCAL_ACCOUNT)).contains(first);
        assertThat(users.users()).containsExactly(first);
        assertThat(account(LOCAL_ACCOUNT)).map(Account::firmCode).contains(UserDirectory.DESK_FIRM.code());
        assertThat(users.signIn("li", new char[0])).isEmpty();
    }

    @Test
    void a_second_user_needs_an_administrator_with_a_password_first_and_then_everyone_signs_in() {
        users.soleUser("li", LOCAL_ACCOUNT);

        assertThatThrownBy(() -> users.add("chen", "Chen Jing", UserRole.RISK_OFFICER, "scenario-77".toCharArray(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password: with more than one user everyone signs in, and no administrator has a"
                        + " password: set one first (desk users passwd li)");
        assertThat(users.users()).extracting(DeskUser::login).containsExactly("li");

        users.resetPassword("li", "head-of-desk-1".toCharArray());
        DeskUser chen = users.add("chen", "Chen Jing", UserRole.RISK_OFFICER, "scenario-77".toCharArray(), List.of());

        assertThat(chen).isEqualTo(new DeskUser("chen", "Chen Jing", UserRole.RISK_OFFICER, List.of(), true, false));
        assertThat(users.soleUser("li", LOCAL_ACCOUNT)).isEmpty();
        assertThat(users.signIn("chen", "scenario-77".toCharArray())).contains(chen);
        assertThat(users.signIn("li", "head-of-desk-1".toCharArray())).map(DeskUser::accounts).contains(List.of(LOCAL_ACCOUNT));
    }

    @Test
    void a_wrong_password_an_unknown_login_and_a_locked_user_are_refused_alike() {
        users.soleUser("li", LOCAL_ACCOUNT);
        users.resetPassword("li", "head-of-desk-1".toCharArray());
        users.add("wang", "Wang Fang", UserRole.TRADER, "east-west-9".toCharArray(), List.of(2002L));

        assertThat(users.signIn("wang", "east-west-8".toCharArray())).isEmpty();
        assertThat(users.signIn("nobody", "east-west-9".toCharArray())).isEmpty();
        store.transaction(c -> {
            new UserRepository(c).setLocked("wang", true);
            return null;
        });
        assertThat(users.signIn("wang", "east-west-9".toCharArray())).isEmpty();
    }

    @Test
    void the_desk_keeps_an_administrator_and_a_refused_change_leaves_nothing_changed() {
        users.soleUser("li", LOCAL_ACCOUNT);

        assertThatThrownBy(() -> users.setRole("li", UserRole.TRADER))
                .hasMessage("role: the desk must keep an administrator; make another user one first");
        assertThat(users.user("li")).map(DeskUser::role).contains(UserRole.ADMINISTRATOR);

        users.resetPassword("li", "head-of-desk-1".toCharArray());
        users.add("zhao", "Zhao Lei", UserRole.ADMINISTRATOR, "admin-of-desk".toCharArray(), List.of());
        assertThat(users.setRole("li", UserRole.TRADER).role()).isEqualTo(UserRole.TRADER);
    }

    @Test
    void the_first_user_of_an_empty_desk_must_be_an_administrator() {
        assertThatThrownBy(() -> users.add("wang", "Wang Fang", UserRole.TRADER, "east-west-9".toCharArray(),
                List.of(2001L))).hasMessage("role: the desk's first user must be an administrator (--role administrator)");
        assertThat(users.user("wang")).isEmpty();
        assertThat(users.add("li", "Li", UserRole.ADMINISTRATOR, "head-of-desk-1".toCharArray(), List.of(1001L))
                .role()).isEqualTo(UserRole.ADMINISTRATOR);
    }

    @Test
    void accounts_are_assigned_as_a_whole_and_an_unknown_account_is_opened_for_the_desk() {
        users.soleUser("li", LOCAL_ACCOUNT);
        users.resetPassword("li", "head-of-desk-1".toCharArray());
        users.add("wang", "Wang Fang", UserRole.TRADER, "east-west-9".toCharArray(), List.of(2002L, 2001L, 2002L));

        assertThat(users.user("wang")).map(DeskUser::accounts).contains(List.of(2001L, 2002L));
        DeskUser wang = users.assignAccounts("wang", List.of(3003L));

        assertThat(wang.accounts()).containsExactly(3003L);
        assertThat(wang.trades(3003)).isTrue();
        assertThat(wang.trades(2001)).isFalse();
        assertThat(account(3003)).map(Account::kind).contains(AccountKind.HOUSE);
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        users.soleUser("li", LOCAL_ACCOUNT);
        users.resetPassword("li", "head-of-desk-1".toCharArray());

        assertThatThrownBy(() -> users.add("li", "Li", UserRole.TRADER, "long-enough".toCharArray(), List.of()))
                .hasMessage("login: 'li' is taken");
        assertThatThrownBy(() -> users.add("has space", "x", UserRole.TRADER, "long-enough".toCharArray(), List.of()))
                .hasMessage("login: must be 1 to 32 letters, digits, '.', '-' or '_', was 'has space'");
        assertThatThrownBy(() -> users.resetPassword("li", "short".toCharArray()))
                .hasMessage("password: must be at least 8 characters");
        assertThatThrownBy(() -> users.setRole("ghost", UserRole.TRADER)).hasMessage("login: no user 'ghost'");
        assertThatThrownBy(() -> users.assignAccounts("li", List.of(0L)))
                .hasMessage("accounts: an account is a number > 0, was 0");
        assertThat(users.users()).extracting(DeskUser::login).containsExactly("li");
        assertThat(users.user("li")).map(DeskUser::accounts).contains(List.of(LOCAL_ACCOUNT));
    }

    @Test
    void roles_are_typed_as_people_say_them() {
        assertThat(UserRole.parse("risk-officer")).isEqualTo(UserRole.RISK_OFFICER);
        assertThat(UserRole.parse("Risk officer")).isEqualTo(UserRole.RISK_OFFICER);
        assertThat(UserRole.parse("ADMINISTRATOR")).isEqualTo(UserRole.ADMINISTRATOR);
        assertThatThrownBy(() -> UserRole.parse("boss"))
                .hasMessage("role: must be one of trader, risk-officer, administrator, was 'boss'");
    }

    private Optional<Account> account(long id) {
        return store.transaction(c -> new FirmRepository(c).account(id));
    }
}
