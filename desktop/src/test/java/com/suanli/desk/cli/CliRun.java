package com.suanli.desk.cli;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.ui.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A desk command line for tests: its own home, directory and environment, its output kept, the window recorded. */
final class CliRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path home;
    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();
    StoreAddress openedDatabase;
    FileKey openedKey;
    Boolean openedWithSimulation;
    Language openedLanguage;
    Optional<ClientConfig> openedCluster;

    CliRun(Path home, Path workingDirectory) {
        this.home = home;
        this.workingDirectory = workingDirectory;
    }

    CliRun withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    int desk(String... args) {
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), home, workingDirectory, environment, null);
        return DeskCli.run(args, context, (database, key, simulation, language, cluster) -> {
            openedCluster = cluster;
            openedDatabase = database;
            openedLanguage = language;
            openedKey = key;
            openedWithSimulation = simulation;
            return 0;
        });
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void clear() {
        out.reset();
        err.reset();
    }
}
