package com.suanli.desk.cli;

import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.LanguageSetting;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's desk settings file, {@code ~/.suanli/desk.properties}: {@code database}, the database a run
 * without {@code --db} opens (a path, relative to {@code ~/.suanli}, or {@code tcp://host:port/name}),
 * and {@code simulation}, {@code on} (the default) or {@code off}: whether the workstation opens on a live
 * simulated market, and {@code language}, {@code en}, {@code zh} or {@code system} (the default): the language
 * of the screens. No file means the defaults.
 */
public final class DeskSettings {

    public static final String DATABASE = "database";
    public static final String SIMULATION = "simulation";
    public static final String LANGUAGE = "language";

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
        String database = read(home).getProperty(DATABASE, "").strip();
        return database.isEmpty() ? Optional.empty() : Optional.of(database);
    }

    /** Whether the workstation starts the calm default session: yes unless the file says {@code simulation = off}. */
    public static boolean simulation(Path home) {
        String value = read(home).getProperty(SIMULATION, "on").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "on", "" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(file(home) + ": " + SIMULATION + " must be on or off, was '"
                    + value + "'");
        };
    }

    /** Keeps the choice in the settings file, with the file's other settings as they were. */
    public static void storeSimulation(Path home, boolean on) {
        store(home, SIMULATION, on ? "on" : "off");
    }

    /** The settings file's {@code language} as written ({@code system} when it names none), checked. */
    public static String language(Path home) {
        String value = read(home).getProperty(LANGUAGE, LanguageSetting.SYSTEM).strip();
        try {
            Language.of(value, Locale.ROOT);
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException(file(home) + ": " + refused.getMessage(), refused);
        }
        return value.isEmpty() ? LanguageSetting.SYSTEM : value;
    }

    /** Keeps the language choice ({@code en}, {@code zh} or {@code system}) with the file's other settings. */
    public static void storeLanguage(Path home, String language) {
        Language.of(language, Locale.ROOT);
        store(home, LANGUAGE, language);
    }

    private static void store(Path home, String name, String value) {
        Properties settings = read(home);
        settings.setProperty(name, value);
        Path file = file(home);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                settings.store(out, "Suanli Desk settings");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot write the settings (" + e.getMessage() + ")", e);
        }
    }

    private static Properties read(Path home) {
        Path file = file(home);
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (NoSuchFileException e) {
            return settings;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": cannot read the settings (" + e.getMessage() + ")", e);
        }
        return settings;
    }
}
