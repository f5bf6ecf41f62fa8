package com.suanli.desk.exchange;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.listing.NewDeskTemplate;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.data.store.StoreTemplate;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ListingStrip;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalogue the desk trades, from its database: the first {@link #get()} opens the database
 * (on a first start a copy of the {@link NewDeskTemplate} the build made, schema and default catalogue
 * in it; or created and migrated), stores the default catalogue into it when it holds none, and reads
 * the catalogue back from it, so that what was configured yesterday is traded today.
 * The database stays open for the desk's life; {@link #close()} closes it. Call {@link #get()} off the
 * FX thread: it does disk work.
 */
public final class DatabaseCatalogue implements Supplier<Catalogue>, AutoCloseable {

    private final StoreAddress address;
    private final FileKey key;
    private final Supplier<ListingStrip> defaultPlan;
    /** What a new database copies; none when the default plan is not the template's. */
    private final Optional<StoreTemplate> template;
    private DeskStore store;
    private boolean closed;

    public DatabaseCatalogue(StoreAddress address, FileKey key) {
        this(address, key, CatalogueJson::readDefaultStrip, Optional.of(NewDeskTemplate.template()));
    }

    /** A desk whose default plan is {@code defaultPlan}: a new database is created and given it, no template. */
    DatabaseCatalogue(StoreAddress address, FileKey key, Supplier<ListingStrip> defaultPlan) {
        this(address, key, defaultPlan, Optional.empty());
    }

    private DatabaseCatalogue(StoreAddress address, FileKey key, Supplier<ListingStrip> defaultPlan,
                              Optional<StoreTemplate> template) {
        this.address = Objects.requireNonNull(address, "address");
        this.key = Objects.requireNonNull(key, "key");
        this.defaultPlan = Objects.requireNonNull(defaultPlan, "defaultPlan");
        this.template = template;
    }

    /**
     * @throws com.suanli.data.store.StoreException when the database cannot be opened (its message says why)
     */
    @Override
    public synchronized Catalogue get() {
        return database().transaction(c -> {
            CatalogueRepository catalogue = new CatalogueRepository(c);
            if (catalogue.isEmpty()) {
                // What was just stored reads back contract for contract (CatalogueRepositoryTest): not read again.
                return catalogue.save(defaultPlan.get(), NewDeskTemplate.DEFAULT_SOURCE);
            }
            return catalogue.catalogue();
        });
    }

    /**
     * The database, opened (created and migrated on a first start) by the first call; off the FX thread.
     * @throws com.suanli.data.store.StoreException when it cannot be opened (its message says why)
     */
    public synchronized DeskStore database() {
        if (closed) {
            throw new IllegalStateException("the desk is closing: " + address + " is closed");
        }
        if (store == null) {
            store = template.map(made -> DeskStore.open(address, key, made)).orElseGet(() -> DeskStore.open(address, key));
        }
        return store;
    }

    /** The open database, once {@link #get()} opened it. */
    public synchronized Optional<DeskStore> store() {
        return Optional.ofNullable(store);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
