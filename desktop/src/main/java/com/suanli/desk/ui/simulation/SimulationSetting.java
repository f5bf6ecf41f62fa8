package com.suanli.desk.ui.simulation;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Whether the desk starts the calm default session when it opens, and where a change of that choice is
 * kept (the settings file, {@code simulation = on|off}); {@code --no-simulation} turns it off for one run.
 *
 * @param atStart whether this run starts the session once the exchange runs
 * @param stored whether the settings file says to (what the menu's check shows)
 * @param keep stores a new choice
 */
public record SimulationSetting(boolean atStart, boolean stored, Consumer<Boolean> keep) {

    /** No session at start, nothing stored: tests and desks without a settings file of their own. */
    public static final SimulationSetting OFF = new SimulationSetting(false, false, choice -> { });

    public SimulationSetting {
        Objects.requireNonNull(keep, "keep");
    }
}
