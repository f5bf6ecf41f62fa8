package com.suanli.data.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a desk database is: a local H2 file (opened embedded, in this process) or a database that a
 * {@code desk db-server} serves over TCP to the workstations of one desk.
 *
 * @param url the JDBC URL without options
 * @param file the database's base path ({@code desk} for {@code desk.mv.db}) when it is local, else null
 * @param shown how the desk names it to people: the path, or {@code tcp://host:port/name}
 */
public record StoreAddress(String url, Path file, String shown) {

    /** H2 appends this to the base name of a database's file. */
    public static final String FILE_SUFFIX = ".mv.db";

    private static final Pattern SERVER = Pattern.compile("tcp://([^:/]+)(?::(\\d{1,5}))?/(.+)");

    public StoreAddress {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(shown, "shown");
        if (file != null && !file.isAbsolute()) {
            throw new IllegalArgumentException("file: must be an absolute path, was '" + file + "'");
        }
    }

    /** A local database file; {@code base} without H2's {@value #FILE_SUFFIX}. */
    public static StoreAddress file(Path base) {
        Path absolute = base.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        if (name.endsWith(FILE_SUFFIX)) {
            absolute = absolute.resolveSibling(name.substring(0, name.length() - FILE_SUFFIX.length()));
        }
        return new StoreAddress("jdbc:h2:file:" + absolute, absolute, absolute.toString());
    }

    /**
     * A database in this process's memory, gone when it closes: a practice desk's, whose trading must never reach
     * a file. Neither local (no file) nor shared.
     */
    public static StoreAddress inMemory(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("name: letters, digits, '_' or '-' only, was '" + name + "'");
        }
        return new StoreAddress("jdbc:h2:mem:" + name, null, name);
    }

    /** A database served by {@code desk db-server}: {@code name} is its path under the server's directory. */
    public static StoreAddress server(String host, int port, String name) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port: must be 1 to 65535, was " + port);
        }
        String shown = "tcp://" + host + ":" + port + "/" + name;
        return new StoreAddress("jdbc:h2:" + shown, null, shown);
    }

    /**
     * What {@code --db} gives: {@code tcp://host[:port]/name} for a served database (port
     * {@value DatabaseServer#DEFAULT_PORT} if left out), anything else a file path taken from {@code workingDirectory}.
     */
    public static StoreAddress parse(String text, Path workingDirectory) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--db: the path is empty");
        }
        if (text.startsWith("tcp:")) {
            Matcher server = SERVER.matcher(text);
            if (!server.matches()) {
                throw new IllegalArgumentException("--db: '" + text + "' is not tcp://host[:port]/name");
            }
            int port = server.group(2) == null ? DatabaseServer.DEFAULT_PORT : Integer.parseInt(server.group(2));
            return server(server.group(1), port, server.group(3));
        }
        return file(workingDirectory.resolve(text));
    }

    /** Whether the database is served over TCP to the workstations of a desk, so other users may share it. */
    public boolean isShared() {
        return url.startsWith("jdbc:h2:tcp:");
    }

    /** Whether the database is a file this process opens itself. */
    public boolean isLocal() {
        return file != null;
    }

    /** The local database's file as H2 writes it ({@code desk.mv.db}). */
    public Path dataFile() {
        if (file == null) {
            throw new IllegalStateException(shown + " is served over TCP: its file is the server's");
        }
        return file.resolveSibling(file.getFileName() + FILE_SUFFIX);
    }

    @Override
    public String toString() {
        return shown;
    }
}
