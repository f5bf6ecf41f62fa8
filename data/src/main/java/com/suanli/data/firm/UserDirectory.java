package com.suanli.data.firm;

import com.suanli.data.store.DeskStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desk's users on its database, each change in one transaction and checked before it commits: the desk
 * always keeps an administrator, and once it has more than one user (when everyone signs in) an administrator
 * who can sign in, so that no change locks the desk out of itself. A refused change is rolled back whole.
 * The workstation's administrator screen and {@code ./desk users} both work through here.
 */
public final class UserDirectory {

    /** The firm of the desk's own users: created with the first user, or the first added to a desk without it. */
    public static final Firm DESK_FIRM = new Firm("DESK", "This desk", FirmRole.TRADING_MEMBER);
    /** The fewest characters a password may have. */
    public static final int MINIMUM_PASSWORD = 8;

    private final DeskStore store;
    private final PasswordHasher hasher;

    public UserDirectory(DeskStore store) {
        this(store, PasswordHasher.current());
    }

    UserDirectory(DeskStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /**
     * The local single-user start: a desk without users gets its first, {@code login}, an administrator without
     * a password who trades {@code account}; a desk with exactly one user who is not locked answers that user.
     * Empty when the desk has more users (then everyone signs in).
     */
    public Optional<DeskUser> soleUser(String login, long account) {
        return store.transaction(c -> {
            UserRepository users = new UserRepository(c, hasher);
            if (users.count() == 0) {
                ensureDeskFirm(c);
                users.addWithoutPassword(login, DESK_FIRM.code(), login, UserRole.ADMINISTRATOR);
                openAccounts(c, DESK_FIRM.code(), List.of(account));
                users.grant(login, account);
            }
            List<User> all = users.users();
            return all.size() == 1 && !all.get(0).locked()
                    ? Optional.of(DeskUser.of(all.get(0), users.accountsOf(all.get(0).login()))) : Optional.empty();
        });
    }

    /**
     * The user, when the login exists, is not locked and the password is theirs; empty otherwise, without
     * saying which was wrong. Takes as long (one PBKDF2 derivation) whether the login exists or not.
     */
    public Optional<DeskUser> signIn(String login, char[] password) {
        return store.transaction(c -> {
            UserRepository users = new UserRepository(c, hasher);
            Optional<User> user = users.logIn(login, password);
            return user.isEmpty() ? Optional.<DeskUser>empty()
                    : Optional.of(DeskUser.of(user.get(), users.accountsOf(login)));
        });
    }

    /** Every user, by login. */
    public List<DeskUser> users() {
        return store.transaction(c -> {
            UserRepository users = new UserRepository(c, hasher);
            List<DeskUser> all = new ArrayList<>();
            for (User user : users.users()) {
                all.add(DeskUser.of(user, users.accountsOf(user.login())));
            }
            return all;
        });
    }

    public Optional<DeskUser> user(String login) {
        return store.transaction(c -> find(new UserRepository(c, hasher), login));
    }

    /**
     * Adds a user of the desk's firm. An account the desk does not know yet is opened as a house account of
     * that firm in CNY.
     * @throws IllegalArgumentException naming the field: a login taken or malformed, a short password, a
     *     change that would leave the desk without an administrator who can sign in
     */
    public DeskUser add(String login, String displayName, UserRole role, char[] password, List<Long> accounts) {
        requirePassword(password);
        return change(c -> {
            UserRepository users = new UserRepository(c, hasher);
            if (users.user(login).isPresent()) {
                throw new IllegalArgumentException("login: '" + login + "' is taken");
            }
            if (role != UserRole.ADMINISTRATOR && users.users().isEmpty()) {
                // Nobody is there to be made one: the general refusal below would say "make another user one".
                throw new IllegalArgumentException("role: the desk's first user must be an administrator"
                        + " (--role administrator)");
            }
            ensureDeskFirm(c);
            String name = displayName == null || displayName.isBlank() ? login : displayName.strip();
            users.add(login, DESK_FIRM.code(), name, role, password);
            openAccounts(c, DESK_FIRM.code(), accounts);
            users.setAccounts(login, sorted(accounts));
            return login;
        });
    }

    public DeskUser setRole(String login, UserRole role) {
        return change(c -> {
            existing(c, login);
            new UserRepository(c, hasher).setRole(login, role);
            return login;
        });
    }

    public DeskUser resetPassword(String login, char[] password) {
        requirePassword(password);
        return change(c -> {
            existing(c, login);
            new UserRepository(c, hasher).changePassword(login, password);
            return login;
        });
    }

    /** The user trades exactly {@code accounts} from now on (an unknown account is opened as {@link #add} says). */
    public DeskUser assignAccounts(String login, List<Long> accounts) {
        return change(c -> {
            User user = existing(c, login);
            openAccounts(c, user.firmCode(), accounts);
            new UserRepository(c, hasher).setAccounts(login, sorted(accounts));
            return login;
        });
    }

    /** Runs one change of a user, checks the desk can still be administered, and answers the user as changed. */
    private DeskUser change(Change change) {
        return store.transaction(c -> {
            String login = change.apply(c);
            requireAdministered(new UserRepository(c, hasher));
            return find(new UserRepository(c, hasher), login).orElseThrow();
        });
    }

    private static void requireAdministered(UserRepository users) throws SQLException {
        List<User> all = users.users();
        List<User> administrators = all.stream()
                .filter(user -> user.role() == UserRole.ADMINISTRATOR && !user.locked()).toList();
        if (administrators.isEmpty()) {
            throw new IllegalArgumentException("role: the desk must keep an administrator; make another user one first");
        }
        if (all.size() > 1 && administrators.stream().noneMatch(User::hasPassword)) {
            throw new IllegalArgumentException("password: with more than one user everyone signs in, and no"
                    + " administrator has a password: set one first (desk users passwd "
                    + administrators.get(0).login() + ")");
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length < MINIMUM_PASSWORD) {
            throw new IllegalArgumentException("password: must be at least " + MINIMUM_PASSWORD + " characters");
        }
    }

    private static User existing(Connection c, String login) throws SQLException {
        return new UserRepository(c).user(login)
                .orElseThrow(() -> new IllegalArgumentException("login: no user '" + login + "'"));
    }

    private static Optional<DeskUser> find(UserRepository users, String login) throws SQLException {
        Optional<User> user = users.user(login);
        return user.isEmpty() ? Optional.empty() : Optional.of(DeskUser.of(user.get(), users.accountsOf(login)));
    }

    private static void ensureDeskFirm(Connection c) throws SQLException {
        FirmRepository firms = new FirmRepository(c);
        if (firms.firm(DESK_FIRM.code()).isEmpty()) {
            firms.save(DESK_FIRM);
        }
    }

    private static void openAccounts(Connection c, String firmCode, List<Long> accounts) throws SQLException {
        FirmRepository firms = new FirmRepository(c);
        for (long id : accounts) {
            if (id <= 0) {
                throw new IllegalArgumentException("accounts: an account is a number > 0, was " + id);
            }
            if (firms.account(id).isEmpty()) {
                firms.save(new Account(id, firmCode, "Account " + id, AccountKind.HOUSE, "CNY", true));
            }
        }
    }

    private static List<Long> sorted(List<Long> accounts) {
        return accounts.stream().distinct().sorted().toList();
    }

    @FunctionalInterface
    private interface Change {
        /** Makes the change on the transaction's connection and answers the login it changed. */
        String apply(Connection connection) throws SQLException;
    }
}
