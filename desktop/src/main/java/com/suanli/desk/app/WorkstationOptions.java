package com.suanli.desk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the workstation is started with: for now only where its database lives ({@code --db PATH},
 * default {@code ~/.suanli/desk}).
 *
 * @param database absolute path of the H2 database file base name
 */
public record WorkstationOptions(Path database) {

    static final String DATABASE_OPTION = "--db";
    private static final String DATABASE_ASSIGNMENT = DATABASE_OPTION + "=";

    public WorkstationOptions {
        Objects.requireNonNull(database, "database");
        if (!database.isAbsolute()) {
            throw new IllegalArgumentException("database: must be an absolute path, was '" + database + "'");
        }
    }

    /** Default database under the user's home, as DESIGN.md lays it out. */
    public static Path defaultDatabase(Path home) {
        return home.resolve(".suanli").resolve("desk");
    }

    static boolean isWorkstationOption(String argument) {
        return argument.equals(DATABASE_OPTION) || argument.startsWith(DATABASE_ASSIGNMENT);
    }

    /**
     * Reads {@code [--db PATH | --db=PATH]}. A relative path is taken from the caller's working
     * directory, so {@code ./desk --db mydesk} means the file next to the caller, not the checkout.
     */
    public static WorkstationOptions parse(List<String> arguments, Path home) {
        Path database = defaultDatabase(home);
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String value;
            if (argument.equals(DATABASE_OPTION)) {
                if (i + 1 == arguments.size()) {
                    throw new IllegalArgumentException(DATABASE_OPTION + ": needs a path, e.g. --db ~/desks/test");
                }
                value = arguments.get(++i);
            } else if (argument.startsWith(DATABASE_ASSIGNMENT)) {
                value = argument.substring(DATABASE_ASSIGNMENT.length());
            } else {
                throw new IllegalArgumentException("unexpected argument '" + argument
                        + "': the workstation takes only --db PATH; commands run as 'desk <command>' (see 'desk help')");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException(DATABASE_OPTION + ": the path is empty");
            }
            database = Path.of(value).toAbsolutePath().normalize();
        }
        return new WorkstationOptions(database);
    }
}
