package com.suanli.data.store;

import java.nio.file.Path;

/** Real desk databases for tests: H2 files in the test's temporary directory. */
public final class TestStores {

    private TestStores() {
    }

    /** A new database, created and migrated, at {@code dir/desk}. */
    public static DeskStore fresh(Path dir) {
        return DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE);
    }
}
