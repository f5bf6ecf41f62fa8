package com.suanli.desk.cli;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreAddress;
import com.suanli.data.transfer.Exports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code desk export KIND [options]}: one file from the database, to a file or standard output. */
@Command(name = "export", header = "export from the database as JSON or CSV",
        description = {"Kinds: catalogue, firms, scenarios --name SET, curves --date DATE, trades [--date DATE],",
                "blotter, statement --account ID [--from DATE] [--to DATE], view --name VIEW (a report",
                "from a named view, docs/DATABASE.md). Formats: docs/IMPORT-EXPORT.md."})
final class ExportCommand implements Callable<Integer> {

    private static final List<String> KINDS = List.of("catalogue", "firms", "scenarios", "curves", "trades", "blotter",
            "statement", "view");

    @Mixin
    private HelpOption help;

    @Mixin
    private DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = Kinds.class, description = "what to export")
    private String kind;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write (default: standard output)")
    private Path out;

    @Option(names = "--date", paramLabel = "DATE", description = "the curves' date, or the trading day of trades")
    private LocalDate date;

    @Option(names = "--name", paramLabel = "NAME", description = "the scenario set, or the view")
    private String name;

    @Option(names = "--account", paramLabel = "ID", description = "the account of a statement")
    private Long account;

    @Option(names = "--from", paramLabel = "DATE", description = "a statement's first day (default: its first entry)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "a statement's last day (default: its last entry)")
    private LocalDate to;

    private final CliContext context;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("KIND: must be one of " + KINDS + ", was '" + kind + "'");
        }
        refuseUnless(date == null || kind.equals("curves") || kind.equals("trades"), "--date", "curves and trades");
        refuseUnless(name == null || kind.equals("scenarios") || kind.equals("view"), "--name", "scenarios and view");
        refuseUnless(account == null && from == null && to == null || kind.equals("statement"),
                "--account, --from and --to", "statement");
        StoreAddress address = database.address(context);
        String text;
        try (DeskStore store = DeskStore.open(address, database.key(context, address))) {
            text = switch (kind) {
                case "catalogue" -> Exports.catalogue(store);
                case "firms" -> Exports.firms(store);
                case "scenarios" -> Exports.scenarioSet(store, required(name, "--name"));
                case "curves" -> Exports.curves(store, required(date, "--date"));
                case "trades" -> Exports.trades(store, date);
                case "blotter" -> Exports.blotter(store);
                case "statement" -> Exports.statement(store, required(account, "--account"),
                        from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to);
                default -> Exports.view(store, required(name, "--name"));
            };
        }
        if (out == null) {
            context.out().print(text);
            return DeskCli.EXIT_OK;
        }
        Path file = context.workingDirectory().resolve(out);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("--out: cannot write " + file + " (" + e.getMessage() + ")", e);
        }
        context.out().println("desk export: wrote " + file);
        return DeskCli.EXIT_OK;
    }

    private void refuseUnless(boolean applies, String options, String kinds) {
        if (!applies) {
            throw new IllegalArgumentException(options + ": only for " + kinds + ", not " + kind);
        }
    }

    private <T> T required(T value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + ": is required to export " + kind + " (see desk export --help)");
        }
        return value;
    }

    /** The kinds, for shell completion. */
    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return KINDS.iterator();
        }
    }
}
