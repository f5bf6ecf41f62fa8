package com.suanli.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;

/** What a tool bar's controls must be on every screen: each at its full width, inside the bar, none over another. */
public final class ControlsInView {

    /** Half a pixel of layout rounding. */
    private static final double ROUNDING = 0.5;

    private ControlsInView() {
    }

    /** Every control of {@code bar} whole: as wide as it asks, inside the bar, overlapping no other. */
    public static void allWhole(Region bar) {
        List<Control> controls = controls(bar);
        assertThat(controls).as("the bar's controls").isNotEmpty();
        Bounds within = bar.localToScene(bar.getLayoutBounds());
        for (Control control : controls) {
            Bounds at = control.localToScene(control.getLayoutBounds());
            assertThat(control.getWidth()).as("%s's width, against its preferred", control.getId())
                    .isGreaterThanOrEqualTo(control.prefWidth(-1) - ROUNDING);
            assertThat(at.getMinX()).as("%s's left edge inside the bar", control.getId())
                    .isGreaterThanOrEqualTo(within.getMinX() - ROUNDING);
            assertThat(at.getMaxX()).as("%s's right edge inside the bar", control.getId())
                    .isLessThanOrEqualTo(within.getMaxX() + ROUNDING);
            assertThat(at.getMaxY()).as("%s's foot inside the bar", control.getId())
                    .isLessThanOrEqualTo(within.getMaxY() + ROUNDING);
            for (Control other : controls) {
                Bounds there = other.localToScene(other.getLayoutBounds());
                boolean apart = at.getMaxX() <= there.getMinX() + ROUNDING || there.getMaxX() <= at.getMinX() + ROUNDING
                        || at.getMaxY() <= there.getMinY() + ROUNDING || there.getMaxY() <= at.getMinY() + ROUNDING;
                assertThat(other == control || apart).as("%s clear of %s", control.getId(), other.getId()).isTrue();
            }
        }
    }

    /** The bar's controls, not looking inside a control. */
    private static List<Control> controls(Parent parent) {
        List<Control> found = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Control control) {
                found.add(control);
            } else if (child instanceof Parent inner) {
                found.addAll(controls(inner));
            }
        }
        return found;
    }
}
