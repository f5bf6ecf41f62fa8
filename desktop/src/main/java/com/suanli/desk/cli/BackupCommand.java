package com.suanli.desk.cli;

import com.suanli.data.store.Backups;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk backup --to FILE}: the whole database in one zip, taken while it is in use. */
@Command(name = "backup", header = "back the whole database up into one file",
        description = {"Writes a consistent copy of the database into a zip (H2's BACKUP TO); the",
                "database may be in use meanwhile. An encrypted database stays encrypted in it."})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "the backup file to write (.zip)")
    private Path to;

    private final CliContext context;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        StoreAddress address = database.address(context);
        Path file = context.workingDirectory().resolve(to);
        try (DeskStore store = DeskStore.open(address, database.key(context, address))) {
            Backups.backup(store, file);
        }
        context.out().println("desk backup: wrote " + file);
        return DeskCli.EXIT_OK;
    }
}
