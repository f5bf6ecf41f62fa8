package com.suanli.data.settings;

import com.suanli.data.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One user's settings, on one connection; the user must exist. */
public final class UserSettings {

    /** The workstation's panel layout. */
    public static final String LAYOUT = "layout";
    /** Keys under this prefix bind a hotkey to an action, e.g. {@code hotkey.buy}. */
    public static final String HOTKEY_PREFIX = "hotkey.";

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)*");

    private final Connection connection;
    private final String login;

    public UserSettings(Connection connection, String login) {
        this.connection = connection;
        this.login = login;
    }

    /** Sets {@code key} to {@code value}, replacing what it was. */
    public void put(String key, String value) throws SQLException {
        if (key == null || !KEY.matcher(key).matches() || key.length() > 100) {
            throw new IllegalArgumentException("key: must be dotted words like hotkey.buy, was '" + key + "'");
        }
        if (value == null) {
            throw new IllegalArgumentException("value: must not be null (remove the key instead)");
        }
        Sql.update(connection, "MERGE INTO user_settings KEY (login, setting_key) VALUES (?, ?, ?, ?)", login, key, value,
                OffsetDateTime.now());
    }

    public Optional<String> get(String key) throws SQLException {
        return Sql.one(connection, "SELECT setting_value FROM user_settings WHERE login = ? AND setting_key = ?",
                row -> row.getString(1), login, key);
    }

    public void remove(String key) throws SQLException {
        Sql.update(connection, "DELETE FROM user_settings WHERE login = ? AND setting_key = ?", login, key);
    }

    /** The hotkeys, action (the key after {@value #HOTKEY_PREFIX}) to key combination, by action. */
    public Map<String, String> hotkeys() throws SQLException {
        Map<String, String> hotkeys = new LinkedHashMap<>();
        for (String[] row : Sql.list(connection, "SELECT setting_key, setting_value FROM user_settings WHERE login = ?"
                + " AND setting_key LIKE 'hotkey.%' ORDER BY setting_key",
                row -> new String[] {row.getString(1), row.getString(2)}, login)) {
            hotkeys.put(row[0].substring(HOTKEY_PREFIX.length()), row[1]);
        }
        return hotkeys;
    }
}
