package com.suanli.desk.ui.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a workspace's panels sit: panels stacked as tabs, or a split of arrangements side by side (a row) or one
 * over the other (a column). A value: the default of each workspace is one (see {@link Workspace}); what the
 * user docks is captured as one and saved as its text ({@link SavedLayout}).
 */
public sealed interface Arrangement permits Arrangement.Stack, Arrangement.Split {

    /** Panels shown as tabs in one place, {@code shown} in front. */
    record Stack(List<Panel> panels, Panel shown) implements Arrangement {
        public Stack {
            panels = List.copyOf(panels);
            if (panels.isEmpty()) {
                throw new IllegalArgumentException("stack: must hold a panel");
            }
            if (new LinkedHashSet<>(panels).size() != panels.size()) {
                throw new IllegalArgumentException("stack: a panel twice in " + panels);
            }
            if (!panels.contains(shown)) {
                throw new IllegalArgumentException("stack: shows " + shown + ", which it does not hold");
            }
        }
    }

    /**
     * Arrangements side by side ({@code across}) or one over the other, the dividers at fractions of the whole,
     * one fewer than the parts, increasing.
     */
    record Split(boolean across, List<Double> dividers, List<Arrangement> parts) implements Arrangement {
        public Split {
            dividers = List.copyOf(dividers);
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("split: must have two parts or more, had " + parts.size());
            }
            if (dividers.size() != parts.size() - 1) {
                throw new IllegalArgumentException("split: " + parts.size() + " parts need " + (parts.size() - 1)
                        + " dividers, had " + dividers.size());
            }
            double before = 0;
            for (double divider : dividers) {
                if (!(divider > before && divider < 1)) {
                    throw new IllegalArgumentException("split: dividers must rise between 0 and 1, were " + dividers);
                }
                before = divider;
            }
        }
    }

    /** Panels as tabs, the first in front. */
    static Stack tabs(Panel... panels) {
        return new Stack(List.of(panels), panels[0]);
    }

    /** Parts side by side, divided at {@code dividers} (fractions of the width). */
    static Split row(double[] dividers, Arrangement... parts) {
        return new Split(true, boxed(dividers), List.of(parts));
    }

    /** Parts one over the other, divided at {@code dividers} (fractions of the height). */
    static Split column(double[] dividers, Arrangement... parts) {
        return new Split(false, boxed(dividers), List.of(parts));
    }

    /** Where the dividers of a row or column go, e.g. {@code at(0.4, 0.7)} for three parts. */
    static double[] at(double... fractions) {
        return fractions;
    }

    private static List<Double> boxed(double[] fractions) {
        return Arrays.stream(fractions).boxed().toList();
    }

    /** Every panel placed, in reading order. */
    default List<Panel> panels() {
        List<Panel> found = new ArrayList<>();
        collect(this, found);
        return found;
    }

    private static void collect(Arrangement arrangement, List<Panel> found) {
        if (arrangement instanceof Stack stack) {
            found.addAll(stack.panels());
        } else if (arrangement instanceof Split split) {
            split.parts().forEach(part -> collect(part, found));
        }
    }

    /** Whether no panel is placed twice. */
    default boolean placesEachOnce() {
        List<Panel> all = panels();
        Set<Panel> distinct = new LinkedHashSet<>(all);
        return distinct.size() == all.size();
    }
}
