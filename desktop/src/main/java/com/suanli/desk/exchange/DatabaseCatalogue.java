package com.suanli.desk.exchange;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.listing.CatalogueRepository;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ListingStrip;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalogue the desk trades, from its database: the first {@link #get()} opens the database
 * (creating and migrating it on a first start), stores the default catalogue into it when it holds
 * none, and reads the catalogue back from it, so that what was configured yesterday is traded today.
 * The database stays open for the desk's life; {@link #close()} closes it. Call {@link #get()} off the
 * FX thread: it does disk work.
 */
public final class DatabaseCatalogue implements Supplier<Catalogue>, AutoCloseable {

    /** How the default plan is named as the source of a stored catalogue. */
    static final String DEFAULT_SOURCE = "default catalogue (" + CatalogueJson.DEFAULT_RESOURCE + ")";

    private final StoreAddress address;
    private final FileKey key;
    private final Supplier<ListingStrip> defaultPlan;
    private DeskStore store;
    private boolean closed;

    public DatabaseCatalogue(StoreAddress address, FileKey key) {
        this(address, key, CatalogueJson::readDefaultStrip);
    }

    DatabaseCatalogue(StoreAddress address, FileKey key, Supplier<ListingStrip> defaultPlan) {
        this.address = Objects.requireNonNull(address, "address");
        this.key = Objects.requireNonNull(key, "key");
        this.defaultPlan = Objects.requireNonNull(defaultPlan, "defaultPlan");
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
                return catalogue.save(defaultPlan.get(), DEFAULT_SOURCE);
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
            store = DeskStore.open(address, key);
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
