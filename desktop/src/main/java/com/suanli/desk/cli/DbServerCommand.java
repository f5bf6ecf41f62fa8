package com.suanli.desk.cli;

import com.suanli.data.store.DatabaseServer;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code desk db-server}: serves one database over TCP to the workstations of a desk until stopped. */
@Command(name = "db-server", header = "share a database with the desk's other workstations (H2 TCP server)",
        description = {"Creates and migrates the database if needed, then serves it over TCP until Ctrl-C.",
                "Workstations open it with --db tcp://HOST:PORT/NAME. An encrypted database is served",
                "encrypted: each workstation gives its key. See docs/DATABASE.md."})
final class DbServerCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--port", paramLabel = "PORT", description = "the TCP port (default ${DEFAULT-VALUE}; 0 takes a free one)")
    private int port = DatabaseServer.DEFAULT_PORT;

    @Option(names = "--allow-others", description = "accept workstations on other machines (default: this machine only)")
    private boolean allowOthers;

    private final CliContext context;

    DbServerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        StoreAddress address = database.address(context);
        if (!address.isLocal()) {
            throw new IllegalArgumentException("--db: the server serves a database file of this machine, not " + address);
        }
        FileKey key = database.key(context, address);
        try (DatabaseServer server = DatabaseServer.start(address.file(), key, port, allowOthers)) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "desk-db-server-stop"));
            context.out().println("desk db-server: serving " + address + " as " + server.address()
                    + (allowOthers ? " to other machines too" : " to this machine only") + " (Ctrl-C stops)");
            server.awaitStop();
        }
        return DeskCli.EXIT_OK;
    }
}
