package com.suanli.desk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's version, written into a resource by Maven so it is right in tests and in the jar alike. */
final class DeskVersion {

    private static final String RESOURCE = "desk-version.properties";

    private DeskVersion() {
    }

    static String current() {
        try (InputStream in = DeskVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": missing from the classpath; build with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException(RESOURCE + ": version was not filled in by the build");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": unreadable", e);
        }
    }
}
