package com.suanli.desk.cli;

import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;

/** Opens the workstation window on a database; {@code desk} without a command does this. */
@FunctionalInterface
public interface Workstation {

    /**
     * Opens the window and returns the exit code when the user has quit.
     * @param simulation whether the window opens on a live simulated market (the settings file, and not
     *     {@code --no-simulation})
     */
    int open(StoreAddress database, FileKey key, boolean simulation);

    /** For runs that have no window to open (tests, and callers that only run commands). */
    Workstation NONE = (database, key, simulation) -> {
        throw new IllegalArgumentException("desk: no command given (see desk help)");
    };
}
