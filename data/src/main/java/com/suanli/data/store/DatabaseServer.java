package com.suanli.data.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.tools.Server;

/**
 * H2's TCP server over one desk database, so that the workstations of a desk share it: they open
 * {@code tcp://host:port/name} with {@code --db}. The server migrates the database before it serves
 * it, serves nothing else (clients cannot create databases: {@code -ifExists}), and listens on the
 * loopback interface unless other machines are allowed.
 */
public final class DatabaseServer implements AutoCloseable {

    /** H2's own default port. */
    public static final int DEFAULT_PORT = 9092;

    private final Server server;
    private final StoreAddress served;

    private DatabaseServer(Server server, StoreAddress served) {
        this.server = server;
        this.served = served;
    }

    /**
     * Creates and migrates the database if needed, then serves it.
     * @param port the TCP port; 0 takes any free port (see {@link #port()})
     * @param allowOthers whether other machines may connect (else loopback only)
     */
    public static DatabaseServer start(Path database, FileKey key, int port, boolean allowOthers) {
        StoreAddress local = StoreAddress.file(database);
        // Migrating first means a client never meets a half-made schema, and a newer database is refused here.
        DeskStore.open(local, key).close();
        List<String> arguments = new ArrayList<>(List.of("-tcpPort", Integer.toString(port),
                "-baseDir", local.file().getParent().toString(), "-ifExists"));
        if (allowOthers) {
            arguments.add("-tcpAllowOthers");
        }
        try {
            Server server = Server.createTcpServer(arguments.toArray(String[]::new)).start();
            String name = local.file().getFileName().toString();
            return new DatabaseServer(server, StoreAddress.server("localhost", server.getPort(), name));
        } catch (SQLException e) {
            throw new StoreException("cannot serve " + local + " on port " + port + ": "
                    + DeskStore.firstLine(e.getMessage()), e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The address a workstation on this machine opens; others put this machine's name for {@code localhost}. */
    public StoreAddress address() {
        return served;
    }

    /** Waits until the server is stopped (by {@link #close()} or the process ending). */
    public void awaitStop() throws InterruptedException {
        while (server.isRunning(false)) {
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
