package com.suanli.desk.ui.workspace;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The workspaces, each with its panels docked where the user put them ({@link DockedWorkspace}), starting from
 * the workspace's standard arrangement. Workspaces are built when first shown and kept, so switching back shows
 * the panels as they were left. Once {@link #keepChangesWith told where}, every change of the layout is handed
 * on as a whole {@link SavedLayout}, once the user has stopped moving things: where the panels are, the tab chosen
 * in each panel that keeps one, the panels' kept settings (the market watch's columns) and the workspace on screen.
 * FX thread only.
 */
public final class WorkspaceView {

    /** How long the layout must stay still before it is kept: one drag or divider move is one save. */
    static final Duration SETTLE = Duration.millis(400);

    private final PanelViews panels;
    private final Map<Workspace, DockedWorkspace> built = new EnumMap<>(Workspace.class);
    /** Arrangements restored for workspaces not built yet, applied when they are. */
    private final Map<Workspace, Optional<Arrangement>> restored = new EnumMap<>(Workspace.class);
    /** Tabs chosen as restored (pane id to tab id), chosen in each workspace as it is built. */
    private final Map<String, String> restoredTabs = new LinkedHashMap<>();
    /** Panels' settings as restored (id to words), set in each workspace as it is built. */
    private final Map<String, String> restoredSettings = new LinkedHashMap<>();
    /** The workspace on screen: the shell binds its own to it, so a restored layout shows the one the user left. */
    private final ObjectProperty<Workspace> shown = new SimpleObjectProperty<>(this, "shown", Workspace.TRADING);
    private boolean restoring;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private Consumer<SavedLayout> keeper = layout -> { };

    public WorkspaceView(PanelViews panels) {
        this.panels = Objects.requireNonNull(panels, "panels");
        settle.setOnFinished(event -> keeper.accept(layout()));
        shown.addListener((property, before, after) -> {
            if (!restoring) {
                settle.playFromStart();
            }
        });
    }

    /** The workspace on screen; a restored layout sets it, and a change of it is kept as a change of the layout. */
    public ObjectProperty<Workspace> shownProperty() {
        return shown;
    }

    public Node of(Workspace workspace) {
        return docked(workspace).root();
    }

    private DockedWorkspace docked(Workspace workspace) {
        return built.computeIfAbsent(workspace, each -> {
            DockedWorkspace docked = new DockedWorkspace(each, panels, settle::playFromStart);
            Optional.ofNullable(restored.remove(each)).ifPresent(docked::arrange);
            docked.choose(restoredTabs);
            docked.apply(restoredSettings);
            return docked;
        });
    }

    /** Whether the panel is open in the workspace (docked somewhere, not closed). */
    public boolean shows(Workspace workspace, Panel panel) {
        return built.containsKey(workspace) ? built.get(workspace).shows(panel)
                : Optional.ofNullable(restored.get(workspace)).map(saved -> saved.map(arrangement ->
                        arrangement.panels().contains(panel)).orElse(false)).orElse(true);
    }

    /** Opens a closed panel (beside the first panels) or brings an open one to the front of its tabs. */
    public void open(Workspace workspace, Panel panel) {
        docked(workspace).open(panel);
    }

    /** Closes a panel as its tab's close button does; View &gt; Panels opens it again. */
    public void close(Workspace workspace, Panel panel) {
        docked(workspace).close(panel);
    }

    /** Puts the workspace's panels back in its standard arrangement. */
    public void reset(Workspace workspace) {
        docked(workspace).arrange(Optional.of(workspace.standardArrangement()));
        settle.playFromStart();
    }

    /**
     * Lays out each workspace the saved layout has, as saved, chooses the tabs it names and shows the workspace it
     * was on; the others stay as they are.
     */
    public void restore(SavedLayout saved) {
        restoredTabs.putAll(saved.chosenTabs());
        built.values().forEach(docked -> docked.choose(saved.chosenTabs()));
        restoredSettings.putAll(saved.settings());
        built.values().forEach(docked -> docked.apply(saved.settings()));
        restoring = true;
        try {
            saved.shown().ifPresent(shown::set);
        } finally {
            restoring = false;
        }
        for (Workspace workspace : Workspace.values()) {
            saved.of(workspace).ifPresent(arrangement -> {
                if (built.containsKey(workspace)) {
                    built.get(workspace).arrange(arrangement);
                } else {
                    restored.put(workspace, arrangement);
                }
            });
        }
    }

    /** The layout now: each workspace built or restored, as it stands. */
    public SavedLayout layout() {
        Map<Workspace, Optional<Arrangement>> now = new EnumMap<>(restored);
        built.forEach((workspace, docked) -> now.put(workspace, docked.arrangement()));
        Map<String, String> tabs = new LinkedHashMap<>(restoredTabs);
        built.values().forEach(docked -> tabs.putAll(docked.chosenTabs()));
        Map<String, String> settings = new LinkedHashMap<>(restoredSettings);
        built.values().forEach(docked -> settings.putAll(docked.settings()));
        return SavedLayout.of(now, shown.get(), tabs, settings);
    }

    /** From now on each change of the layout goes to {@code keeper}, once it has settled. */
    public void keepChangesWith(Consumer<SavedLayout> keeper) {
        this.keeper = Objects.requireNonNull(keeper, "keeper");
    }

    /** The layout, when a change of it is still settling (which then is not handed on), else empty. */
    public Optional<SavedLayout> unsettled() {
        if (settle.getStatus() != Animation.Status.RUNNING) {
            return Optional.empty();
        }
        settle.stop();
        return Optional.of(layout());
    }
}
