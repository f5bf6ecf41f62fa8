package com.suanli.desk.cli;

import com.suanli.data.store.Backups;
import com.suanli.data.store.StoreAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk restore --from FILE [--force]}: a backup back as the database. */
@Command(name = "restore", header = "restore the whole database from a backup",
        description = {"Puts a backup back as the database. An existing database is replaced only with",
                "--force, never while it is open, and only after the backup was checked to open."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "the backup file (from desk backup)")
    private Path from;

    @Option(names = "--force", description = "replace the database if it exists")
    private boolean force;

    private final CliContext context;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        StoreAddress address = database.address(context);
        Path file = context.workingDirectory().resolve(from);
        Backups.restore(file, address, database.key(context, address), force);
        context.out().println("desk restore: restored " + file + " as " + address);
        return DeskCli.EXIT_OK;
    }
}
