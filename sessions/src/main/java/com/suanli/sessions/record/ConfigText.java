package com.suanli.sessions.record;

import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.SessionConfigJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A session configuration with the text it was read from: a recording keeps the text, so a replay reads
 * exactly what ran.
 *
 * @param source the file or bundled name a refusal names
 */
public record ConfigText(String text, String source, SessionConfig config) {

    public ConfigText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(config, "config");
    }

    /** The configuration of {@code text} (refused as {@link SessionConfigJson#read(String, String)} refuses it). */
    public static ConfigText of(String text, String source) {
        return new ConfigText(text, source, SessionConfigJson.read(text, source));
    }

    /** A bundled configuration by name ({@link SessionConfigJson#BUNDLED}). */
    public static ConfigText bundled(String name) {
        if (!SessionConfigJson.BUNDLED.contains(name)) {
            throw new IllegalArgumentException("name: no bundled session '" + name + "', expected one of "
                    + SessionConfigJson.BUNDLED);
        }
        String resource = name + ".json";
        try (InputStream in = SessionConfigJson.class.getResourceAsStream(resource)) {
            return of(new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled session " + resource, e);
        }
    }

    /** A configuration file; one that cannot be read is refused naming it. */
    public static ConfigText file(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            SessionConfigJson.read(file); // refuses the unreadable file in the reader's words, naming it
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
