package com.suanli.desk.exchange;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.exchange.listing.Catalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** Real desk databases for the desktop's tests: H2 files in the test's temporary directory. */
public final class TestDesks {

    private TestDesks() {
    }

    /** The database at {@code dir/desk}: created and migrated the first time, reopened after. */
    public static DeskStore database(Path dir) {
        return DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE);
    }

    /** A startup of {@code catalogue} on {@code store}; close it to stop the exchange it starts. */
    public static ExchangeStartup startup(Supplier<Catalogue> catalogue, DeskStore store, Clock clock) {
        return new ExchangeStartup(catalogue, () -> store, clock);
    }
}
