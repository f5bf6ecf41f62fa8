package com.suanli.desk.access;

import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs users in to the desk's exchange on the desk's database and gives each a {@link DeskSession}. Local
 * single-user mode: a local database file with one user (a fresh one makes it) signs that user in without a
 * prompt; a desk with more users, or a shared database (served by {@code desk db-server}), asks everyone.
 * Call off the FX thread: a password check is a slow hash on purpose.
 */
public final class DeskSignIn {

    /** What a refused sign-in says, whichever of login and password was wrong. */
    static final String WRONG = "wrong user name or password";

    private final DeskExchange exchange;
    private final DeskStore store;
    private final UserDirectory directory;
    private final SignInThrottle throttle;

    public DeskSignIn(DeskExchange exchange, DeskStore store, Clock clock) {
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.store = Objects.requireNonNull(store, "store");
        this.directory = new UserDirectory(store);
        this.throttle = new SignInThrottle(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * The local desk's one user, signed in without a prompt: on a fresh database it is made first, {@code login}
     * an administrator trading {@code account}. Empty when the desk has more users or its database is shared.
     */
    public Optional<DeskSession> local(String login, long account) {
        if (store.address().isShared()) {
            return Optional.empty();
        }
        return directory.soleUser(login, account).map(this::session);
    }

    /**
     * @throws SignInRefused when the login or password is wrong (not saying which) or the user is locked, after
     *     which the next attempt waits; or when this attempt comes before that wait is over
     */
    public DeskSession signIn(String login, char[] password) {
        Duration wait = throttle.remaining();
        if (!wait.isZero()) {
            throw new SignInRefused("too many failed sign-ins: try again in " + seconds(wait), wait, true);
        }
        Optional<DeskUser> user = directory.signIn(login == null ? "" : login.strip(), password);
        if (user.isEmpty()) {
            Duration next = throttle.failed();
            throw new SignInRefused(WRONG + " (the next try waits " + seconds(next) + ")", next, false);
        }
        throttle.succeeded();
        return session(user.get());
    }

    private DeskSession session(DeskUser user) {
        return new DeskSession(exchange, directory, user);
    }

    private static String seconds(Duration wait) {
        return SignInRefused.seconds(wait) + " s";
    }
}
