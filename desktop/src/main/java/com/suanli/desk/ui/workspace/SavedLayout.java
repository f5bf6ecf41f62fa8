package com.suanli.desk.ui.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's layout as text (the {@code layout} setting of data.settings): for each workspace its arrangement and
 * the panels the user closed, e.g.
 * {@code {"TRADING":{"arrangement":{"column":[0.56],"parts":[{"tabs":["LADDER"],"shown":"LADDER"}, ...]},"closed":[]},
 * "workspace":"TRADING","tabs":{"blotter-tabs":"blotter-rejects"},"views":{"market-watch-columns":"SYMBOL,BID"}}}:
 * the workspace on screen, the tab chosen in each panel that keeps one and the panels' own settings kept as words.
 * Read leniently across versions of the desk: a panel it no longer has is left out, and a panel it added since
 * (neither placed nor closed) joins the first stack of its workspace; text that is not a layout is refused whole.
 */
public final class SavedLayout {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SHOWN = "workspace";
    private static final String TABS = "tabs";
    private static final String VIEWS = "views";

    private final Map<Workspace, Optional<Arrangement>> arrangements;
    private final Optional<Workspace> shown;
    private final Map<String, String> chosenTabs;
    private final Map<String, String> settings;

    private SavedLayout(Map<Workspace, Optional<Arrangement>> arrangements, Optional<Workspace> shown,
                        Map<String, String> chosenTabs, Map<String, String> settings) {
        this.arrangements = arrangements;
        this.shown = shown;
        this.chosenTabs = chosenTabs;
        this.settings = settings;
    }

    /** The layout of {@code arrangements}, by workspace; an empty one has every panel closed. */
    public static SavedLayout of(Map<Workspace, Optional<Arrangement>> arrangements) {
        return new SavedLayout(new EnumMap<>(arrangements), Optional.empty(), Map.of(), Map.of());
    }

    /**
     * As {@link #of(Map)}, on {@code shown}, with the tab chosen in each panel's kept tab pane ({@code chosenTabs}:
     * the pane's id to the tab's, e.g. {@code blotter-tabs} to {@code blotter-rejects}) and the panels' kept
     * settings ({@code settings}: the setting's id to its words, e.g. {@code market-watch-columns} to
     * {@code SYMBOL,BID,ASK}).
     */
    public static SavedLayout of(Map<Workspace, Optional<Arrangement>> arrangements, Workspace shown,
                                 Map<String, String> chosenTabs, Map<String, String> settings) {
        return new SavedLayout(new EnumMap<>(arrangements), Optional.of(shown), new LinkedHashMap<>(chosenTabs),
                new LinkedHashMap<>(settings));
    }

    /** The workspace's arrangement as saved: empty when the user closed every panel, absent when not saved. */
    public Optional<Optional<Arrangement>> of(Workspace workspace) {
        return Optional.ofNullable(arrangements.get(workspace));
    }

    /** The workspace the user was on; empty when the text did not say (a layout saved before the desk kept it). */
    public Optional<Workspace> shown() {
        return shown;
    }

    /** The tab chosen in each kept tab pane: the pane's id to the tab's. */
    public Map<String, String> chosenTabs() {
        return Collections.unmodifiableMap(chosenTabs);
    }

    /** The panels' kept settings: the setting's id to its words. */
    public Map<String, String> settings() {
        return Collections.unmodifiableMap(settings);
    }

    public String text() {
        ObjectNode root = JSON.createObjectNode();
        shown.ifPresent(workspace -> root.put(SHOWN, workspace.name()));
        ObjectNode tabs = root.putObject(TABS);
        chosenTabs.forEach(tabs::put);
        ObjectNode views = root.putObject(VIEWS);
        settings.forEach(views::put);
        arrangements.forEach((workspace, arrangement) -> {
            ObjectNode saved = root.putObject(workspace.name());
            arrangement.ifPresent(placed -> saved.set("arrangement", node(placed)));
            ArrayNode closed = saved.putArray("closed");
            workspace.panels().stream().filter(panel -> arrangement.map(placed -> !placed.panels().contains(panel))
                    .orElse(true)).forEach(panel -> closed.add(panel.name()));
        });
        return root.toString();
    }

    private static JsonNode node(Arrangement arrangement) {
        ObjectNode node = JSON.createObjectNode();
        if (arrangement instanceof Arrangement.Stack stack) {
            ArrayNode tabs = node.putArray("tabs");
            stack.panels().forEach(panel -> tabs.add(panel.name()));
            node.put("shown", stack.shown().name());
        } else if (arrangement instanceof Arrangement.Split split) {
            ArrayNode dividers = node.putArray(split.across() ? "row" : "column");
            split.dividers().forEach(dividers::add);
            ArrayNode parts = node.putArray("parts");
            split.parts().forEach(part -> parts.add(node(part)));
        }
        return node;
    }

    /** @throws IllegalArgumentException naming what is wrong, when {@code text} is not a layout */
    public static SavedLayout parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("layout: not a layout (" + notJson.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("layout: must be an object of workspaces");
        }
        Map<Workspace, Optional<Arrangement>> read = new EnumMap<>(Workspace.class);
        for (Workspace workspace : Workspace.values()) {
            JsonNode saved = root.get(workspace.name());
            if (saved != null) {
                read.put(workspace, workspace(workspace, saved));
            }
        }
        return new SavedLayout(read, workspace(root.get(SHOWN)),
                words(root.get(TABS), TABS, "must be an object of tab ids by tab pane", "must be a tab id"),
                words(root.get(VIEWS), VIEWS, "must be an object of settings by id", "must be the setting's words"));
    }

    /** The workspace named, if this desk has it: a retired one is left out, as a retired panel is. */
    private static Optional<Workspace> workspace(JsonNode name) {
        if (name == null || !name.isTextual()) {
            return Optional.empty();
        }
        return Arrays.stream(Workspace.values()).filter(workspace -> workspace.name().equals(name.asText()))
                .findFirst();
    }

    /** The object of words at {@code $.key}, by their ids (a layout saved before had none: empty). */
    private static Map<String, String> words(JsonNode node, String key, String notObject, String notWords) {
        Map<String, String> read = new LinkedHashMap<>();
        if (node == null) {
            return read;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("$." + key + ": " + notObject);
        }
        node.fields().forEachRemaining(each -> {
            if (!each.getValue().isTextual()) {
                throw new IllegalArgumentException("$." + key + "." + each.getKey() + ": " + notWords);
            }
            read.put(each.getKey(), each.getValue().asText());
        });
        return read;
    }

    private static Optional<Arrangement> workspace(Workspace workspace, JsonNode saved) {
        Set<Panel> closed = new LinkedHashSet<>();
        saved.path("closed").forEach(name -> panel(name).ifPresent(closed::add));
        Optional<Arrangement> placed = saved.has("arrangement")
                ? arrangement(saved.get("arrangement"), "$." + workspace.name() + ".arrangement",
                        new LinkedHashSet<>(workspace.panels()))
                : Optional.empty();
        List<Panel> missing = new ArrayList<>(workspace.panels());
        placed.ifPresent(arrangement -> missing.removeAll(arrangement.panels()));
        missing.removeAll(closed);
        if (missing.isEmpty()) {
            return placed;
        }
        return Optional.of(placed.map(arrangement -> joinFirstStack(arrangement, missing))
                .orElseGet(() -> new Arrangement.Stack(missing, missing.get(0))));
    }

    private static Arrangement joinFirstStack(Arrangement arrangement, List<Panel> joining) {
        if (arrangement instanceof Arrangement.Stack stack) {
            List<Panel> panels = new ArrayList<>(stack.panels());
            panels.addAll(joining);
            return new Arrangement.Stack(panels, stack.shown());
        }
        Arrangement.Split split = (Arrangement.Split) arrangement;
        List<Arrangement> parts = new ArrayList<>(split.parts());
        parts.set(0, joinFirstStack(parts.get(0), joining));
        return new Arrangement.Split(split.across(), split.dividers(), parts);
    }

    /**
     * The arrangement saved at {@code node}, of the workspace's panels not yet placed ({@code unplaced}, from which
     * each panel placed here is taken: a panel saved twice is placed once).
     */
    private static Optional<Arrangement> arrangement(JsonNode node, String path, Set<Panel> unplaced) {
        if (node.has("tabs")) {
            List<Panel> panels = new ArrayList<>();
            node.get("tabs").forEach(name -> panel(name).filter(unplaced::remove).ifPresent(panels::add));
            if (panels.isEmpty()) {
                return Optional.empty();
            }
            Panel shown = panel(node.path("shown")).filter(panels::contains).orElse(panels.get(0));
            return Optional.of(new Arrangement.Stack(panels, shown));
        }
        boolean across = node.has("row");
        JsonNode dividers = across ? node.get("row") : node.get("column");
        if (dividers == null || !dividers.isArray() || !node.path("parts").isArray()) {
            throw new IllegalArgumentException(path + ": must be tabs, a row or a column with its parts");
        }
        List<Double> kept = new ArrayList<>();
        List<Arrangement> parts = new ArrayList<>();
        JsonNode saved = node.get("parts");
        for (int i = 0; i < saved.size(); i++) {
            Optional<Arrangement> part = arrangement(saved.get(i), path + ".parts[" + i + "]", unplaced);
            if (part.isPresent()) {
                // A part that lost every panel takes its divider with it: the one after it, or the last one.
                parts.add(part.get());
                if (i < dividers.size()) {
                    kept.add(dividers.get(i).asDouble());
                }
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.size() == 1) {
            return Optional.of(parts.get(0));
        }
        try {
            return Optional.of(new Arrangement.Split(across, kept.subList(0, parts.size() - 1), parts));
        } catch (IllegalArgumentException | IndexOutOfBoundsException wrong) {
            throw new IllegalArgumentException(path + ": " + wrong.getMessage());
        }
    }

    private static Optional<Panel> panel(JsonNode name) {
        if (!name.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Panel.valueOf(name.asText()));
        } catch (IllegalArgumentException gone) {
            return Optional.empty();
        }
    }
}
