package com.suanli.desk.ui.workspace;

import java.util.ArrayList;
import java.util.List;

/** Split dividers as an arrangement keeps them: strictly rising inside (0, 1), one fewer than the parts. */
final class Dividers {

    private Dividers() {
    }

    /**
     * The positions a split pane reports, as an arrangement can keep them: when they are too few, too many, or
     * not strictly rising inside (0, 1) (a pane not laid out yet, dividers dragged onto each other), the parts
     * share the whole evenly.
     */
    static List<Double> rising(double[] positions, int parts) {
        boolean usable = positions.length == parts - 1;
        double before = 0;
        for (int i = 0; usable && i < positions.length; i++) {
            usable = positions[i] > before && positions[i] < 1;
            before = positions[i];
        }
        List<Double> kept = new ArrayList<>(parts - 1);
        for (int i = 0; i < parts - 1; i++) {
            kept.add(usable ? positions[i] : (i + 1) / (double) parts);
        }
        return kept;
    }
}
