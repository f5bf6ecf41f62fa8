package com.suanli.desk.ui;

import com.suanli.desk.ui.workspace.PanelViews;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the workstation is built from, wired by the application before the window opens.
 *
 * @param version the build's version, shown in the title and About
 * @param database where the desk's database lives
 * @param clock exchange time for the status bar; its zone is the zone shown
 * @param panels the views that fill the workspace panels
 */
public record WorkstationContext(String version, Path database, Clock clock, PanelViews panels) {

    public WorkstationContext {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(panels, "panels");
        if (version.isBlank()) {
            throw new IllegalArgumentException("version: must not be blank");
        }
    }
}
