package com.suanli.desk.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command runs in: its streams, the user's home (for the default database and the settings
 * file), the directory relative paths are taken from, the environment (for the file key) and the
 * console (to ask for it; null when there is none). Tests give their own.
 */
public record CliContext(PrintStream out, PrintStream err, Path home, Path workingDirectory,
                         Map<String, String> environment, Console console) {

    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = Map.copyOf(environment);
    }

    /** This process's streams, home, directory, environment and console. */
    public static CliContext ofSystem(PrintStream out, PrintStream err) {
        return new CliContext(out, err, Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath(),
                System.getenv(), System.console());
    }
}
