package com.suanli.desk.cli;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.ui.text.Language;
import java.util.Optional;

/** Opens the workstation window on a database; {@code desk} without a command does this. */
@FunctionalInterface
public interface Workstation {

    /**
     * Opens the window and returns the exit code when the user has quit.
     * @param simulation whether the window opens on a live simulated market (the settings file, and not
     *     {@code --no-simulation})
     * @param language the language of the screens (the settings file's, or {@code --language})
     * @param cluster the replicated exchange to trade on ({@code --connect}); empty for the desk's own exchange
     */
    int open(StoreAddress database, FileKey key, boolean simulation, Language language, Optional<ClientConfig> cluster);

    /** For runs that have no window to open (tests, and callers that only run commands). */
    Workstation NONE = (database, key, simulation, language, cluster) -> {
        throw new IllegalArgumentException("desk: no command given (see desk help)");
    };
}
