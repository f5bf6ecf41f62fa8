package com.suanli.desk.cli;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The options that choose a database and its key, shared by every command that opens one. Without
 * {@code --db} the settings file decides, and without that {@code ~/.suanli/desk}; the key comes from
 * {@value FileKey#ENVIRONMENT}, or a prompt with {@code --ask-key}.
 */
public final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "PATH", converter = NonBlank.class,
            description = "the database: a file path (default ~/.suanli/desk, or 'database' in ~/.suanli/desk.properties)"
                    + " or tcp://host[:port]/name of a db-server")
    private String database;

    @Option(names = "--ask-key", description = "ask for the key of an encrypted database (else $" + FileKey.ENVIRONMENT + ")")
    private boolean askKey;

    /** The options {@code --db database} alone gives, read without picocli (DeskCli's everyday start). */
    static DatabaseOptions of(String database) {
        DatabaseOptions options = new DatabaseOptions();
        options.database = database;
        return options;
    }

    /** The database chosen by the option, the settings file or the default, in that order. */
    public StoreAddress address(CliContext context) {
        if (database != null) {
            return StoreAddress.parse(database, context.workingDirectory());
        }
        return DeskSettings.database(context.home())
                .map(chosen -> StoreAddress.parse(chosen, DeskSettings.folder(context.home())))
                .orElseGet(() -> StoreAddress.file(DeskSettings.folder(context.home()).resolve("desk")));
    }

    /** Runs {@code work} on the chosen database, opened for it and closed after. */
    public <T> T onStore(CliContext context, Function<DeskStore, T> work) {
        StoreAddress address = address(context);
        try (DeskStore store = DeskStore.open(address, key(context, address))) {
            return work.apply(store);
        }
    }

    /** The file key: asked for, taken from the environment, or none. */
    public FileKey key(CliContext context, StoreAddress address) {
        return askKey ? FileKey.prompt(context.console(), address.shown()) : FileKey.fromEnvironment(context.environment());
    }
}
