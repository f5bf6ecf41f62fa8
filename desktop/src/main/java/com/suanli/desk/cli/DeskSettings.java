package com.suanli.desk.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's desk settings file, {@code ~/.suanli/desk.properties}: for now only {@code database}, the
 * database a run without {@code --db} opens (a path, relative to {@code ~/.suanli}, or
 * {@code tcp://host:port/name}). No file means the defaults.
 */
public final class DeskSettings {

    public static final String DATABASE = "database";

    private DeskSettings() {
    }

    /** The folder of the desk's own files under the user's home. */
    public static Path folder(Path home) {
        return home.resolve(".suanli");
    }

    public static Path file(Path home) {
        return folder(home).resolve("desk.properties");
    }

    /** The database the settings file names, if it names one. */
    public static Optional<String> database(Path home) {
        Path file = file(home);
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": cannot read the settings (" + e.getMessage() + ")", e);
        }
        String database = settings.getProperty(DATABASE, "").strip();
        return database.isEmpty() ? Optional.empty() : Optional.of(database);
    }
}
