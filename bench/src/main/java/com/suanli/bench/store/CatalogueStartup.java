package com.suanli.bench.store;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.EngineConfig;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.listing.Catalogue;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Times, in a fresh JVM, what the workstation's worker does before the engine runs: get the catalogue
 * and build the engine over it. {@code json} reads the default catalogue resource (the desk before it
 * had a database); {@code database PATH} opens the database at PATH as the workstation does (a missing
 * one is created, migrated and given the default catalogue, the first start; an existing one is only
 * opened and read, every later start). Prints the work's milliseconds and the JVM's uptime at the end.
 *
 * <pre>java -cp bench/target/benchmarks.jar com.suanli.bench.store.CatalogueStartup json
 * java -cp bench/target/benchmarks.jar com.suanli.bench.store.CatalogueStartup database /tmp/desk</pre>
 */
public final class CatalogueStartup {

    private CatalogueStartup() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Catalogue catalogue;
        if (args.length == 1 && args[0].equals("json")) {
            catalogue = CatalogueJson.readDefault();
        } else if (args.length == 2 && args[0].equals("database")) {
            try (DeskStore store = DeskStore.open(StoreAddress.file(Path.of(args[1])), FileKey.NONE)) {
                catalogue = store.transaction(c -> {
                    CatalogueRepository repository = new CatalogueRepository(c);
                    if (repository.isEmpty()) {
                        repository.save(CatalogueJson.readDefaultStrip(), "default catalogue");
                    }
                    return repository.catalogue();
                });
            }
        } else {
            System.err.println("usage: CatalogueStartup json | database PATH");
            System.exit(2);
            return;
        }
        Engine engine = new Engine(catalogue, EngineConfig.defaults(), EventSink.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(args[0] + ": " + catalogue.size() + " contracts, engine over them in " + millis
                + " ms; JVM uptime " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms"
                + (engine.workingOrderCount() == 0 ? "" : " (engine not empty?)"));
    }
}
