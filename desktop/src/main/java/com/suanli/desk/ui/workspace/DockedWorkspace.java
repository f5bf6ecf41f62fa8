package com.suanli.desk.ui.workspace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import software.coley.bentofx.Bento;
import software.coley.bentofx.control.Header;
import software.coley.bentofx.dockable.Dockable;
import software.coley.bentofx.layout.DockContainer;
import software.coley.bentofx.layout.container.DockContainerBranch;
import software.coley.bentofx.layout.container.DockContainerLeaf;
import software.coley.bentofx.layout.container.DockContainerRootBranch;

/**
 * One workspace's panels docked with BentoFX: each panel is a dockable tab the user drags onto another panel's
 * tabs (to stack them), onto a side of a panel (to split it) or closes; the split dividers move as usual. The
 * panel views are built once and kept, so a closed panel reopens as it was. What the user arranged is read
 * back as an {@link Arrangement}.
 */
final class DockedWorkspace {

    private final Workspace workspace;
    private final Bento bento = new Bento();
    private final Map<Panel, Dockable> dockables = new EnumMap<>(Panel.class);
    /** The panels' tab panes whose chosen tab the layout keeps, by their ids. */
    private final Map<String, TabPane> tabPanes = new LinkedHashMap<>();
    /** The panels' own settings the layout keeps (the market watch's columns), by their ids. */
    private final Map<String, StringProperty> settings = new LinkedHashMap<>();
    private final StackPane area = new StackPane();
    private final Runnable changed;
    private DockContainerRootBranch root;
    private int containers;
    private boolean arranging;

    /** @param changed told after the user moved, closed or resized a panel */
    DockedWorkspace(Workspace workspace, PanelViews views, Runnable changed) {
        this.workspace = workspace;
        this.changed = changed;
        // Each panel's tab by its own node id, e.g. tab-ladder: for tests and CSS.
        bento.controlsBuilding().setHeaderFactory((dockable, headers) -> {
            Header header = new Header(dockable, headers).withDragDrop();
            header.setId("tab-" + panel(dockable).slug());
            return header;
        });
        for (Panel panel : workspace.panels()) {
            Node view = views.viewOf(panel);
            dockables.put(panel, dockable(panel, view));
            if (view.getProperties().get(PanelViews.CHOSEN_TAB) instanceof TabPane tabs) {
                tabPanes.put(tabs.getId(), tabs);
                HiddenTabs.untilChosen(tabs);
                tabs.getSelectionModel().selectedItemProperty().addListener((property, before, after) -> told());
            }
            if (view.getProperties().get(PanelViews.KEPT_SETTING) instanceof KeptSetting kept) {
                settings.put(kept.id(), kept.words());
                kept.words().addListener((property, before, after) -> told());
            }
        }
        area.getStyleClass().add("docked-workspace");
        area.getStylesheets().add(Objects.requireNonNull(DockedWorkspace.class.getResource("docking.css"),
                "docking.css").toExternalForm());
        area.setId("workspace-" + workspace.name().toLowerCase(Locale.ROOT) + "-docks");
        bento.events().addEventListener(event -> told());
        // A divider dragged moves no dock event: the end of any drag inside the workspace may have resized.
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> told());
        arrange(Optional.of(workspace.standardArrangement()));
    }

    Node root() {
        return area;
    }

    private Dockable dockable(Panel panel, Node view) {
        Dockable dockable = bento.dockBuilding().dockable(panel.name());
        if (view.getProperties().get(PanelViews.LIVE_TITLE) instanceof ObservableValue<?> live) {
            dockable.titleProperty().bind(Bindings.convert(live));
        } else {
            dockable.setTitle(panel.title());
        }
        dockable.setNode(new PanelFrame(panel, view));
        dockable.setClosable(true);
        // The desk keeps to one window: a panel floated off would be a layout it cannot save.
        dockable.setCanBeDroppedToNewWindow(false);
        return dockable;
    }

    private void told() {
        if (!arranging) {
            changed.run();
        }
    }

    /** Lays the panels out as {@code arrangement} says; empty closes them all. */
    void arrange(Optional<Arrangement> arrangement) {
        arrangement.filter(placed -> !placed.placesEachOnce()).ifPresent(twice -> {
            throw new IllegalArgumentException("arrangement: places a panel twice: " + twice.panels());
        });
        arranging = true;
        try {
            dockables.values().forEach(DockedWorkspace::undock);
            if (root != null) {
                bento.unregisterRoot(root);
            }
            root = bento.dockBuilding().root(workspace.name() + "-root");
            arrangement.ifPresent(placed -> {
                if (placed instanceof Arrangement.Split split) {
                    fill(root, split);
                } else {
                    root.addContainer(container(placed));
                }
            });
            area.getChildren().setAll(root);
        } finally {
            arranging = false;
        }
    }

    private static void undock(Dockable dockable) {
        DockContainerLeaf leaf = dockable.getContainer();
        if (leaf != null) {
            leaf.removeDockable(dockable);
        }
    }

    private DockContainer container(Arrangement arrangement) {
        if (arrangement instanceof Arrangement.Stack stack) {
            DockContainerLeaf leaf = bento.dockBuilding().leaf(workspace.name() + "-" + ++containers);
            stack.panels().forEach(panel -> leaf.addDockable(dockables.get(panel)));
            leaf.selectDockable(dockables.get(stack.shown()));
            return leaf;
        }
        DockContainerBranch branch = bento.dockBuilding().branch(workspace.name() + "-" + ++containers);
        fill(branch, (Arrangement.Split) arrangement);
        return branch;
    }

    private void fill(DockContainerBranch branch, Arrangement.Split split) {
        branch.setOrientation(split.across() ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        split.parts().forEach(part -> branch.addContainer(container(part)));
        branch.setDividerPositions(split.dividers().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Where the panels are now; empty when the user closed them all. */
    Optional<Arrangement> arrangement() {
        return capture(root);
    }

    private Optional<Arrangement> capture(DockContainer container) {
        if (container instanceof DockContainerLeaf leaf) {
            List<Panel> panels = leaf.getDockables().stream().map(DockedWorkspace::panel).toList();
            if (panels.isEmpty()) {
                return Optional.empty();
            }
            Dockable selected = leaf.getSelectedDockable();
            return Optional.of(new Arrangement.Stack(panels, selected == null ? panels.get(0) : panel(selected)));
        }
        DockContainerBranch branch = (DockContainerBranch) container;
        List<Arrangement> parts = new ArrayList<>();
        // The pane's items, not its child containers: Bento may add a container at an index to the items only.
        for (Node child : branch.getItems()) {
            capture((DockContainer) child).ifPresent(parts::add);
        }
        if (parts.size() < 2) {
            return parts.stream().findFirst();
        }
        return Optional.of(new Arrangement.Split(branch.getOrientation() == Orientation.HORIZONTAL,
                Dividers.rising(branch.getDividerPositions(), parts.size()), parts));
    }

    private static Panel panel(Dockable dockable) {
        return Panel.valueOf(dockable.getIdentifier());
    }

    /** The tab chosen in each of the panels' kept tab panes: the pane's id to the tab's. */
    Map<String, String> chosenTabs() {
        Map<String, String> chosen = new LinkedHashMap<>();
        tabPanes.forEach((pane, tabs) -> Optional.ofNullable(tabs.getSelectionModel().getSelectedItem())
                .map(Tab::getId).ifPresent(tab -> chosen.put(pane, tab)));
        return chosen;
    }

    /** Chooses the tabs {@code chosen} names (pane id to tab id); a pane or tab the desk lacks is passed over. */
    void choose(Map<String, String> chosen) {
        arranging = true;
        try {
            tabPanes.forEach((pane, tabs) -> Optional.ofNullable(chosen.get(pane)).flatMap(id -> tabs.getTabs()
                    .stream().filter(tab -> id.equals(tab.getId())).findFirst())
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        } finally {
            arranging = false;
        }
    }

    /** The panels' kept settings as words, by their ids. */
    Map<String, String> settings() {
        Map<String, String> now = new LinkedHashMap<>();
        settings.forEach((id, words) -> Optional.ofNullable(words.get()).ifPresent(value -> now.put(id, value)));
        return now;
    }

    /** Sets the panels' settings {@code saved} names (id to words); an id the desk lacks is passed over. */
    void apply(Map<String, String> saved) {
        arranging = true;
        try {
            settings.forEach((id, words) -> Optional.ofNullable(saved.get(id)).ifPresent(words::set));
        } finally {
            arranging = false;
        }
    }

    /** Whether the panel is docked somewhere (not closed). */
    boolean shows(Panel panel) {
        Dockable dockable = dockables.get(panel);
        return dockable != null && dockable.getContainer() != null;
    }

    /**
     * Brings a panel back: a closed one joins the first panels' tabs (or fills the workspace when every panel was
     * closed), in front; an open one comes to the front of its tabs.
     */
    void open(Panel panel) {
        Dockable dockable = dockables.get(panel);
        if (dockable == null) {
            throw new IllegalArgumentException("panel: " + panel + " is not in the " + workspace + " workspace");
        }
        if (dockable.getContainer() == null) {
            DockContainerLeaf leaf = firstLeaf(root).orElseGet(() -> {
                DockContainerLeaf fresh = bento.dockBuilding().leaf(workspace.name() + "-" + ++containers);
                root.addContainer(fresh);
                return fresh;
            });
            leaf.addDockable(dockable);
        }
        dockable.getContainer().selectDockable(dockable);
        told();
    }

    /** Closes a panel, as its tab's close button does. */
    void close(Panel panel) {
        Dockable dockable = dockables.get(panel);
        if (dockable != null && dockable.getContainer() != null) {
            dockable.getContainer().closeDockable(dockable);
        }
    }

    private static Optional<DockContainerLeaf> firstLeaf(DockContainer container) {
        if (container instanceof DockContainerLeaf leaf) {
            return Optional.of(leaf);
        }
        for (Node child : ((DockContainerBranch) container).getItems()) {
            Optional<DockContainerLeaf> found = firstLeaf((DockContainer) child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
