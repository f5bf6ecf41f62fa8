package com.suanli.desk.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.css.CssMetaData;
import javafx.css.StyleOrigin;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.effect.Effect;
import javafx.scene.image.Image;
import javafx.scene.shape.SVGPath;
import javafx.stage.Window;

/**
 * Every CSS property of every node of every window on screen, as resolved: what a stylesheet decides about the
 * looks, read per node ({@link Node#getCssMetaData()}), to compare two sheets node by node on the same scene graph.
 */
final class ComputedStyles {

    /** JavaFX's text inside a label: its font and fill are the label's, copied by the skin, not styled on their own. */
    private static final String LABELED_TEXT = "com.sun.javafx.scene.control.LabeledText";

    private final Map<Node, Map<String, Object>> byNode = new IdentityHashMap<>();
    /** Each node's place as read, kept: a node taken out since has lost its parents. */
    private final Map<Node, String> paths = new IdentityHashMap<>();

    private ComputedStyles() {
    }

    /** The styles resolved now on the showing windows' nodes (FX thread). */
    static ComputedStyles read() {
        ComputedStyles styles = new ComputedStyles();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                styles.walk(window.getScene().getRoot());
            }
        }
        return styles;
    }

    int nodes() {
        return byNode.size();
    }

    /**
     * Each property of each node on which {@code other} resolves differently, and each node only one of them has. A
     * node only one has is the same as one only the other has in the same place, of the same class, styled alike:
     * JavaFX made it anew between the reads (a chart's axis makes new tick labels when restyled).
     */
    List<String> differencesFrom(ComputedStyles other, String mine, String theirs) {
        List<String> differences = new ArrayList<>();
        List<Node> remade = new ArrayList<>(other.byNode.keySet().stream().filter(node -> !byNode.containsKey(node))
                .toList());
        byNode.forEach((node, properties) -> {
            Map<String, Object> others = other.byNode.get(node);
            if (others == null) {
                Optional<Node> same = remade.stream().filter(made -> made.getClass() == node.getClass()
                        && paths.get(node).equals(other.paths.get(made))
                        && alike(properties, other.byNode.get(made))).findFirst();
                if (same.isPresent()) {
                    remade.remove(same.get());
                } else {
                    differences.add(paths.get(node) + ": only under " + mine);
                }
                return;
            }
            properties.forEach((property, value) -> {
                Object otherValue = others.get(property);
                if (others.containsKey(property) && !same(value, otherValue)) {
                    differences.add(paths.get(node) + " " + property + ": " + describe(value) + " under " + mine + ", "
                            + describe(otherValue) + " under " + theirs);
                }
            });
        });
        remade.forEach(node -> differences.add(other.paths.get(node) + ": only under " + theirs));
        return differences;
    }

    private static boolean alike(Map<String, Object> one, Map<String, Object> other) {
        return one.keySet().equals(other.keySet())
                && one.entrySet().stream().allMatch(entry -> same(entry.getValue(), other.get(entry.getKey())));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void walk(Node node) {
        if (!LABELED_TEXT.equals(node.getClass().getName())) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (CssMetaData<? extends Styleable, ?> meta : node.getCssMetaData()) {
                StyleableProperty<?> property = ((CssMetaData) meta).getStyleableProperty(node);
                // A value the code set (the caret's blink, an animation) a user-agent sheet never overrides.
                if (property != null && property.getStyleOrigin() != StyleOrigin.USER) {
                    properties.put(meta.getProperty(), property.getValue());
                }
            }
            byNode.put(node, properties);
            paths.put(node, path(node));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::walk);
        }
    }

    private static boolean same(Object one, Object other) {
        return Objects.equals(one, other) || describe(one).equals(describe(other));
    }

    /**
     * A value by its content where JavaFX compares by identity: a shape from {@code -fx-shape} is a new SVGPath per
     * sheet, an effect, an image or an array a new object per parse.
     */
    private static String describe(Object value) {
        if (value instanceof SVGPath path) {
            return "SVGPath[" + path.getContent() + "]";
        }
        if (value instanceof Image image) {
            return "Image[" + image.getUrl() + "]";
        }
        if (value instanceof Effect effect) {
            return describeEffect(effect);
        }
        if (value instanceof Object[] values) {
            // -fx-stroke-dash-array: a new Double[] per styling.
            return Arrays.deepToString(values);
        }
        return String.valueOf(value);
    }

    private static String describeEffect(Effect effect) {
        StringBuilder text = new StringBuilder(effect.getClass().getSimpleName()).append('[');
        Method[] getters = effect.getClass().getMethods();
        Arrays.sort(getters, Comparator.comparing(Method::getName));
        for (Method getter : getters) {
            boolean property = getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
                    && getter.getName().startsWith("get") && Effect.class.isAssignableFrom(getter.getDeclaringClass());
            if (property) {
                try {
                    text.append(getter.getName(), 3, getter.getName().length()).append('=')
                            .append(describe(getter.invoke(effect))).append(' ');
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(getter.toString(), e);
                }
            }
        }
        return text.append(']').toString();
    }

    /** Where a node is: its type, id and style classes, and its parents' up to the scene's root. */
    private static String path(Node node) {
        List<String> steps = new ArrayList<>();
        for (Node at = node; at != null; at = at.getParent()) {
            String step = at.getClass().getSimpleName() + (at.getId() == null ? "" : "#" + at.getId())
                    + (at.getStyleClass().isEmpty() ? "" : "." + String.join(".", at.getStyleClass()));
            steps.add(0, step);
        }
        return String.join(" > ", steps.subList(Math.max(0, steps.size() - 4), steps.size()));
    }
}
