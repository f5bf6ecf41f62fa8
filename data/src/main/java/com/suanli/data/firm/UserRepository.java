package com.suanli.data.firm;

import com.suanli.data.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The desk's users, the accounts each may trade, and logging in. Passwords come in as {@code char[]}
 * (the caller wipes them) and are kept only as hashes.
 */
public final class UserRepository {

    private final Connection connection;
    private final PasswordHasher hasher;

    public UserRepository(Connection connection) {
        this(connection, PasswordHasher.current());
    }

    UserRepository(Connection connection, PasswordHasher hasher) {
        this.connection = connection;
        this.hasher = hasher;
    }

    /** Adds a user with a new password; the firm must be saved already and the login free. */
    public User add(String login, String firmCode, String displayName, UserRole role, char[] password)
            throws SQLException {
        User user = new User(login, firmCode, displayName, role, hasher.hash(password), false);
        Sql.update(connection, "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?)", user.login(), user.firmCode(),
                user.displayName(), user.role(), user.passwordHash(), user.locked());
        return user;
    }

    /**
     * Adds a user who has no password ({@link User#NO_PASSWORD}): the local desk's first user, who is signed in
     * without a prompt while the desk has one user.
     */
    public User addWithoutPassword(String login, String firmCode, String displayName, UserRole role)
            throws SQLException {
        User user = new User(login, firmCode, displayName, role, User.NO_PASSWORD, false);
        Sql.update(connection, "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?)", user.login(), user.firmCode(),
                user.displayName(), user.role(), user.passwordHash(), user.locked());
        return user;
    }

    public Optional<User> user(String login) throws SQLException {
        return Sql.one(connection, "SELECT * FROM users WHERE login = ?", UserRepository::user, login);
    }

    public List<User> users() throws SQLException {
        return Sql.list(connection, "SELECT * FROM users ORDER BY login", UserRepository::user);
    }

    /**
     * The user, when {@code login} exists, is not locked and {@code password} is theirs. A hash made with
     * less work than today's is replaced by a current one of the same password.
     */
    public Optional<User> logIn(String login, char[] password) throws SQLException {
        Optional<User> found = user(login);
        if (found.isEmpty() || found.get().locked() || !found.get().hasPassword()) {
            // As slow as a wrong password: how long a refusal takes must not tell which logins exist.
            hasher.matchNone(password);
            return Optional.empty();
        }
        if (!hasher.verify(password, found.get().passwordHash())) {
            return Optional.empty();
        }
        User user = found.get();
        if (hasher.needsRehash(user.passwordHash())) {
            user = withPassword(user, password);
        }
        return Optional.of(user);
    }

    /** Sets a new password for an existing user. */
    public User changePassword(String login, char[] password) throws SQLException {
        User user = user(login).orElseThrow(() -> new IllegalArgumentException("login: no user '" + login + "'"));
        return withPassword(user, password);
    }

    public void setLocked(String login, boolean locked) throws SQLException {
        Sql.update(connection, "UPDATE users SET locked = ? WHERE login = ?", locked, login);
    }

    public void setRole(String login, UserRole role) throws SQLException {
        Sql.update(connection, "UPDATE users SET role = ? WHERE login = ?", role, login);
    }

    /** How many users the desk has. */
    public int count() throws SQLException {
        return Sql.one(connection, "SELECT COUNT(*) FROM users", row -> row.getInt(1)).orElseThrow();
    }

    /** The accounts the user may trade become exactly {@code accounts} (each must exist). */
    public void setAccounts(String login, List<Long> accounts) throws SQLException {
        Sql.update(connection, "DELETE FROM user_accounts WHERE login = ?", login);
        for (long account : accounts) {
            grant(login, account);
        }
    }

    /** Lets the user trade the account (both must exist). */
    public void grant(String login, long accountId) throws SQLException {
        Sql.update(connection, "MERGE INTO user_accounts KEY (login, account_id) VALUES (?, ?)", login, accountId);
    }

    /** The accounts the user may trade, by id. */
    public List<Long> accountsOf(String login) throws SQLException {
        return Sql.list(connection, "SELECT account_id FROM user_accounts WHERE login = ? ORDER BY account_id",
                row -> row.getLong(1), login);
    }

    private User withPassword(User user, char[] password) throws SQLException {
        String hash = hasher.hash(password);
        Sql.update(connection, "UPDATE users SET password_hash = ? WHERE login = ?", hash, user.login());
        return new User(user.login(), user.firmCode(), user.displayName(), user.role(), hash, user.locked());
    }

    private static User user(ResultSet row) throws SQLException {
        return new User(row.getString("login"), row.getString("firm_code"), row.getString("display_name"),
                Sql.constant(row, "role", UserRole.class), row.getString("password_hash"), row.getBoolean("locked"));
    }
}
