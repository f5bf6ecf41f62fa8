package com.suanli.desk.ui.workspace;

import com.suanli.data.settings.UserSettings;
import com.suanli.data.store.DeskStore;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where one user's layout is kept: the {@code layout} setting of the user in the desk's database (data.settings).
 * Called on the task worker, never on the FX thread.
 */
public final class UserLayouts {

    private final Supplier<Optional<DeskStore>> store;
    private final String login;

    public UserLayouts(Supplier<Optional<DeskStore>> store, String login) {
        this.store = Objects.requireNonNull(store, "store");
        this.login = Objects.requireNonNull(login, "login");
    }

    /** The user's saved layout text, empty when none was saved or the desk has no database. */
    public Optional<String> read() {
        return store.get().flatMap(desk -> desk.transaction(connection ->
                new UserSettings(connection, login).get(UserSettings.LAYOUT)));
    }

    public void write(String layout) {
        store.get().ifPresent(desk -> desk.transaction(connection -> {
            new UserSettings(connection, login).put(UserSettings.LAYOUT, layout);
            return null;
        }));
    }
}
