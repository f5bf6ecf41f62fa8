package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Figures;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextAlignment;

/**
 * The P&amp;L explain as a waterfall: each cause a floating bar from the running total before it to the one
 * after, green when it adds and red when it takes away, and the actual P&amp;L as a bar standing on zero.
 * Drawn with plain shapes: JavaFX's bar charts cannot float a bar.
 */
final class WaterfallChart extends Region {

    static final String STYLE_CLASS = "waterfall-chart";
    private static final double LABEL_HEIGHT = 18;
    private static final double PADDING = 8;
    private static final double BAR_SHARE = 0.6;

    private final ObservableList<WaterfallStep> steps;
    private final Line zero = new Line();
    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Label> amounts = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();

    WaterfallChart(ObservableList<WaterfallStep> steps) {
        this.steps = steps;
        getStyleClass().add(STYLE_CLASS);
        zero.getStyleClass().add("waterfall-zero");
        steps.addListener((ListChangeListener<WaterfallStep>) change -> rebuild());
        rebuild();
        setMinSize(240, 160);
        setPrefSize(480, 300);
    }

    private void rebuild() {
        getChildren().clear();
        bars.clear();
        amounts.clear();
        names.clear();
        getChildren().add(zero);
        for (WaterfallStep step : steps) {
            Rectangle bar = new Rectangle();
            bar.getStyleClass().addAll("waterfall-bar",
                    step.total() ? "waterfall-total" : step.amount() >= 0 ? "waterfall-up" : "waterfall-down");
            Label amount = label(Figures.amount(step.amount()), "waterfall-amount", DeskTheme.TABULAR);
            Label name = label(step.label(), "waterfall-name");
            name.setWrapText(true);
            name.setTextAlignment(TextAlignment.CENTER);
            name.setAlignment(Pos.TOP_CENTER);
            bars.add(bar);
            amounts.add(amount);
            names.add(name);
        }
        getChildren().addAll(bars);
        getChildren().addAll(amounts);
        getChildren().addAll(names);
        requestLayout();
    }

    private static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setTextOverrun(OverrunStyle.CLIP);
        label.setMouseTransparent(true);
        return label;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - 2 * PADDING;
        double top = PADDING + LABEL_HEIGHT;
        // Below the bars: a gap, then up to two lines of cause name.
        double bottom = getHeight() - PADDING - 3 * LABEL_HEIGHT;
        if (steps.isEmpty() || width <= 0 || bottom <= top) {
            zero.setVisible(false);
            return;
        }
        double low = 0;
        double high = 0;
        for (WaterfallStep step : steps) {
            low = Math.min(low, Math.min(step.start(), step.end()));
            high = Math.max(high, Math.max(step.start(), step.end()));
        }
        double range = high > low ? high - low : 1;
        double slot = width / steps.size();
        zero.setVisible(true);
        double zeroY = y(0, low, range, top, bottom);
        zero.setStartX(PADDING);
        zero.setEndX(PADDING + width);
        zero.setStartY(zeroY);
        zero.setEndY(zeroY);
        for (int i = 0; i < steps.size(); i++) {
            WaterfallStep step = steps.get(i);
            double x = PADDING + i * slot;
            double upper = y(Math.max(step.start(), step.end()), low, range, top, bottom);
            double lower = y(Math.min(step.start(), step.end()), low, range, top, bottom);
            Rectangle bar = bars.get(i);
            bar.setX(x + slot * (1 - BAR_SHARE) / 2);
            bar.setWidth(slot * BAR_SHARE);
            bar.setY(upper);
            // A cause of zero still shows as a hairline, so the eye finds every step.
            bar.setHeight(Math.max(1, lower - upper));
            place(amounts.get(i), x, upper - LABEL_HEIGHT, slot);
            Label name = names.get(i);
            name.resizeRelocate(x, bottom + LABEL_HEIGHT / 2, slot, 2 * LABEL_HEIGHT);
        }
    }

    private static double y(double value, double low, double range, double top, double bottom) {
        return bottom - (value - low) / range * (bottom - top);
    }

    private static void place(Label label, double x, double y, double slot) {
        double width = Math.min(slot, label.prefWidth(-1));
        label.resizeRelocate(x + (slot - width) / 2, y, width, LABEL_HEIGHT);
    }
}
