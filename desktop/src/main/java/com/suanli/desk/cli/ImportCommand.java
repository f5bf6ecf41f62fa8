package com.suanli.desk.cli;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreAddress;
import com.suanli.data.transfer.Imports;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code desk import KIND FILE}: one file into the database, whole or not at all. */
@Command(name = "import", header = "import a file into the database (all of it, or nothing)",
        description = {"Reads and checks the whole file, then writes it in one transaction. A bad file is",
                "refused naming the JSON path or CSV line and the reason; nothing of it is kept.",
                "Formats: docs/IMPORT-EXPORT.md."})
final class ImportCommand implements Callable<Integer> {

    static final Map<String, BiFunction<DeskStore, Path, String>> KINDS = new TreeMap<>(Map.of(
            "catalogue", Imports::catalogue,
            "firms", Imports::firms,
            "scenarios", Imports::scenarios,
            "curves", Imports::curves,
            "trades", Imports::trades,
            "statement", Imports::statement));

    @Mixin
    private HelpOption help;

    @Mixin
    private DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Kinds.class,
            description = "what the file holds: ${COMPLETION-CANDIDATES}")
    private String kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "the file to import")
    private Path file;

    private final CliContext context;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BiFunction<DeskStore, Path, String> importer = KINDS.get(kind);
        if (importer == null) {
            throw new IllegalArgumentException("KIND: must be one of " + KINDS.keySet() + ", was '" + kind + "'");
        }
        StoreAddress address = database.address(context);
        try (DeskStore store = DeskStore.open(address, database.key(context, address))) {
            context.out().println("desk import: " + importer.apply(store, context.workingDirectory().resolve(file)));
        }
        return DeskCli.EXIT_OK;
    }

    /** The kinds, for the help text and shell completion. */
    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return KINDS.keySet().iterator();
        }
    }
}
