package com.suanli.data.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.Sql;
import com.suanli.data.store.StoreException;
import com.suanli.data.store.TestStores;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirmAndUserRepositoryTest {

    private static final Firm CLEARER = new Firm("SCC", "Shanghai Compute Clearing", FirmRole.CLEARING_MEMBER);
    private static final Firm FUND = new Firm("WESTWIND", "Westwind Compute Fund", FirmRole.CLIENT);
    private static final Account HOUSE = new Account(101, "SCC", "SCC house", AccountKind.HOUSE, "CNY", true);
    private static final Account CLIENT = new Account(201, "WESTWIND", "Westwind main", AccountKind.CLIENT, "CNY", true);

    @TempDir
    Path dir;

    @Test
    void firms_and_accounts_read_back_as_saved_and_saving_again_replaces() {
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                FirmRepository firms = new FirmRepository(c);
                firms.save(CLEARER);
                firms.save(FUND);
                firms.save(HOUSE);
                firms.save(CLIENT);
                firms.save(new Account(201, "WESTWIND", "Westwind main", AccountKind.CLIENT, "CNY", false));
                return null;
            });

            store.transaction(c -> {
                FirmRepository firms = new FirmRepository(c);
                assertThat(firms.firms()).containsExactly(CLEARER, FUND);
                assertThat(firms.accountsOf("SCC")).containsExactly(HOUSE);
                assertThat(firms.account(201)).map(Account::open).contains(false);
                assertThat(firms.account(999)).isEmpty();
                return null;
            });
        }
    }

    @Test
    void an_account_of_an_unknown_firm_is_refused() {
        try (DeskStore store = TestStores.fresh(dir)) {
            assertThatThrownBy(() -> store.transaction(c -> {
                new FirmRepository(c).save(CLIENT);
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("Referential integrity");
        }
    }

    @Test
    void a_user_logs_in_with_the_right_password_only_and_never_when_locked() {
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                new FirmRepository(c).save(CLEARER);
                new UserRepository(c).add("li.wei", "SCC", "Li Wei", UserRole.TRADER, "spread-trader-7".toCharArray());
                return null;
            });

            assertThat(logIn(store, "li.wei", "spread-trader-7")).map(User::displayName).contains("Li Wei");
            assertThat(logIn(store, "li.wei", "spread-trader-8")).isEmpty();
            assertThat(logIn(store, "nobody", "spread-trader-7")).isEmpty();
            String stored = store.transaction(c -> Sql.one(c, "SELECT password_hash FROM users", row -> row.getString(1)))
                    .orElseThrow();
            assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain("spread-trader-7");

            store.transaction(c -> {
                new UserRepository(c).setLocked("li.wei", true);
                return null;
            });
            assertThat(logIn(store, "li.wei", "spread-trader-7")).isEmpty();
        }
    }

    @Test
    void logging_in_with_a_hash_of_an_older_desk_replaces_it_with_a_current_one() {
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                new FirmRepository(c).save(CLEARER);
                new UserRepository(c, PasswordHasher.withIterations(1_000))
                        .add("old.hand", "SCC", "Old Hand", UserRole.RISK_OFFICER, "since-2019".toCharArray());
                return null;
            });

            User user = logIn(store, "old.hand", "since-2019").orElseThrow();

            assertThat(user.passwordHash()).startsWith("pbkdf2-sha256$" + PasswordHasher.CURRENT_ITERATIONS + "$");
            assertThat(store.transaction(c -> new UserRepository(c).user("old.hand")).orElseThrow().passwordHash())
                    .isEqualTo(user.passwordHash());
            assertThat(logIn(store, "old.hand", "since-2019")).isPresent();
        }
    }

    @Test
    void a_user_is_granted_the_accounts_they_trade() {
        try (DeskStore store = TestStores.fresh(dir)) {
            store.transaction(c -> {
                FirmRepository firms = new FirmRepository(c);
                firms.save(CLEARER);
                firms.save(HOUSE);
                UserRepository users = new UserRepository(c, PasswordHasher.withIterations(1_000));
                users.add("li.wei", "SCC", "Li Wei", UserRole.TRADER, "pw".toCharArray());
                users.grant("li.wei", 101);
                users.grant("li.wei", 101);
                assertThat(users.accountsOf("li.wei")).containsExactly(101L);
                assertThat(users.users().get(0).toString()).doesNotContain("pbkdf2");
                return null;
            });
        }
    }

    @Test
    void codes_are_checked_before_anything_is_stored() {
        assertThatThrownBy(() -> new Firm("has space", "x", FirmRole.CLIENT))
                .hasMessage("code: must be 1 to 32 letters, digits, '.', '-' or '_', was 'has space'");
        assertThatThrownBy(() -> new Account(0, "SCC", "x", AccountKind.HOUSE, "CNY", true)).hasMessage("id: must be > 0, was 0");
        assertThatThrownBy(() -> new Account(1, "SCC", "x", AccountKind.HOUSE, "cny", true))
                .hasMessage("currency: must be three capital letters like CNY, was 'cny'");
    }

    private static Optional<User> logIn(DeskStore store, String login, String password) {
        return store.transaction(c -> new UserRepository(c).logIn(login, password.toCharArray()));
    }
}
