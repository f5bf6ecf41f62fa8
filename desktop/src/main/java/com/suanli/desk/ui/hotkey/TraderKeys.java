package com.suanli.desk.ui.hotkey;

import com.suanli.desk.ui.text.Texts;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * The trader's keys and quantity presets. The defaults suit most desks; a properties file rebinds any of
 * them ({@code buy = Shortcut+B}, {@code preset-lots = 1,5,10,25,100}); docs/workstation.md lists them. A
 * file with any error is refused whole, naming the key and the problem, so a typo never leaves half the keys
 * changed.
 *
 * @param keys every action's key, in {@code KeyCombination} notation
 * @param presetLots the lots of each quantity preset, in order
 */
public record TraderKeys(Map<TraderAction, String> keys, List<Long> presetLots) {

    public static final String PRESET_LOTS = "preset-lots";
    static final List<Long> DEFAULT_PRESETS = List.of(1L, 5L, 10L, 25L, 100L);

    public TraderKeys {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(presetLots, "presetLots");
        keys = Collections.unmodifiableMap(new EnumMap<>(keys));
        presetLots = List.copyOf(presetLots);
        for (TraderAction action : TraderAction.values()) {
            if (!keys.containsKey(action)) {
                throw new IllegalArgumentException(action.propertyName() + ": no key bound");
            }
        }
        Map<KeyCombination, TraderAction> seen = new HashMap<>();
        keys.forEach((action, combination) -> {
            TraderAction other = seen.put(combination(action, combination), action);
            if (other != null) {
                throw new IllegalArgumentException(action.propertyName() + ": " + combination + " is already the key of "
                        + other.propertyName());
            }
        });
        int presets = (int) Arrays.stream(TraderAction.values()).filter(a -> a.presetIndex() >= 0).count();
        if (presetLots.size() != presets) {
            throw new IllegalArgumentException(PRESET_LOTS + ": must list " + presets + " quantities, listed "
                    + presetLots.size());
        }
        for (long lots : presetLots) {
            if (lots < 1) {
                throw new IllegalArgumentException(PRESET_LOTS + ": each quantity must be at least 1 lot, was " + lots);
            }
        }
    }

    public static TraderKeys defaults() {
        Map<TraderAction, String> keys = new EnumMap<>(TraderAction.class);
        for (TraderAction action : TraderAction.values()) {
            keys.put(action, action.defaultKeys());
        }
        return new TraderKeys(keys, DEFAULT_PRESETS);
    }

    /**
     * The defaults with the file's changes; the defaults alone when there is no file.
     *
     * @throws IllegalArgumentException naming the file, the key and the problem
     */
    public static TraderKeys load(Path file) {
        if (!Files.exists(file)) {
            return defaults();
        }
        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException(file + ": cannot be read: " + unreadable.getMessage(), unreadable);
        }
        try {
            return defaults().with(read);
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException(file + ": " + refused.getMessage(), refused);
        }
    }

    /** These keys changed by {@code changes}, whose names are the actions' property names and {@code preset-lots}. */
    public TraderKeys with(Properties changes) {
        Map<TraderAction, String> changed = new EnumMap<>(keys);
        List<Long> presets = presetLots;
        for (String name : new TreeSet<>(changes.stringPropertyNames())) {
            String value = changes.getProperty(name).strip();
            if (name.equals(PRESET_LOTS)) {
                presets = lots(value);
            } else {
                changed.put(action(name), value);
            }
        }
        return new TraderKeys(changed, presets);
    }

    private static TraderAction action(String name) {
        for (TraderAction action : TraderAction.values()) {
            if (action.propertyName().equals(name)) {
                return action;
            }
        }
        List<String> known = new ArrayList<>();
        for (TraderAction action : TraderAction.values()) {
            known.add(action.propertyName());
        }
        known.add(PRESET_LOTS);
        throw new IllegalArgumentException(name + ": not a trader key; the keys are " + String.join(", ", known));
    }

    private static List<Long> lots(String value) {
        List<Long> lots = new ArrayList<>();
        for (String each : value.split(",")) {
            try {
                lots.add(Long.parseLong(each.strip()));
            } catch (NumberFormatException notWhole) {
                throw new IllegalArgumentException(PRESET_LOTS + ": '" + each.strip() + "' is not a whole number of lots");
            }
        }
        return lots;
    }

    private static KeyCombination combination(TraderAction action, String keys) {
        try {
            return KeyCombination.valueOf(keys);
        } catch (IllegalArgumentException | NullPointerException notKeys) {
            throw new IllegalArgumentException(action.propertyName() + ": '" + keys + "' is not a key combination"
                    + " (write it like Shortcut+B, Alt+1 or F12)");
        }
    }

    /** What a button doing {@code action} says on hover: the action and its key, e.g. "Cancel all working orders (F12)". */
    public Tooltip tooltip(TraderAction action) {
        return new Tooltip(Texts.format("hotkey.tooltip", action.title(), combination(action).getDisplayText()));
    }

    /** The action's key, parsed. */
    public KeyCombination combination(TraderAction action) {
        return combination(action, keys.get(action));
    }
}
