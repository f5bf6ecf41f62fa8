package com.suanli.desk.ui.risk;

import com.suanli.desk.ui.DeskTheme;
import com.suanli.desk.ui.form.Figures;
import com.suanli.desk.ui.text.Texts;
import java.time.YearMonth;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

/**
 * A {@link GreekHeatmap} drawn as a grid of figures: months down, hubs across, totals on the right and at the
 * foot. Each cell is tinted by its sign (long green, short red) and more strongly the larger it is against the
 * largest cell, so the eye finds the concentrations; the figure stays readable over every tint.
 */
final class HeatmapView {

    /** The faintest and strongest tint: a zero cell is untinted, the largest one this opaque. */
    private static final double FAINTEST = 0.12;
    private static final double STRONGEST = 0.75;
    private static final String LONG_RGB = "46, 160, 67";
    private static final String SHORT_RGB = "218, 54, 51";

    private final GridPane grid = new GridPane();
    private final ScrollPane root = new ScrollPane(grid);

    HeatmapView() {
        grid.setId("risk-heatmap");
        grid.getStyleClass().add("risk-heatmap");
        root.setFitToWidth(true);
    }

    ScrollPane root() {
        return root;
    }

    void show(GreekHeatmap map) {
        grid.getChildren().clear();
        if (map == null || map.months().isEmpty()) {
            grid.add(new Label(Texts.get("risk.heatmap.empty")), 0, 0);
            return;
        }
        grid.add(header(Texts.get("risk.heatmap.month")), 0, 0);
        for (int column = 0; column < map.hubs().size(); column++) {
            grid.add(header(map.hubs().get(column)), column + 1, 0);
        }
        int totalColumn = map.hubs().size() + 1;
        grid.add(header(Texts.get("risk.heatmap.total")), totalColumn, 0);
        double largest = map.largest();
        for (int row = 0; row < map.months().size(); row++) {
            YearMonth month = map.months().get(row);
            grid.add(header(month.toString()), 0, row + 1);
            for (int column = 0; column < map.hubs().size(); column++) {
                String hub = map.hubs().get(column);
                Label cell = cell(map.value(month, hub), largest);
                cell.setId("heat-" + month + "-" + hub);
                grid.add(cell, column + 1, row + 1);
            }
            grid.add(total(map.monthTotal(month)), totalColumn, row + 1);
        }
        int footer = map.months().size() + 1;
        grid.add(header(Texts.get("risk.heatmap.total")), 0, footer);
        for (int column = 0; column < map.hubs().size(); column++) {
            grid.add(total(map.hubTotal(map.hubs().get(column))), column + 1, footer);
        }
        Label total = total(map.total());
        total.setId("heat-total");
        grid.add(total, totalColumn, footer);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heat-header");
        return label;
    }

    private static Label cell(double value, double largest) {
        Label cell = figure(value);
        if (value != 0 && largest > 0) {
            double alpha = FAINTEST + (STRONGEST - FAINTEST) * Math.abs(value) / largest;
            cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.3f);",
                    value > 0 ? LONG_RGB : SHORT_RGB, alpha));
        }
        return cell;
    }

    private static Label total(double value) {
        Label total = figure(value);
        total.getStyleClass().add("heat-total");
        return total;
    }

    private static Label figure(double value) {
        Label figure = new Label(Figures.amount(value));
        figure.getStyleClass().addAll("heat-cell", DeskTheme.TABULAR);
        figure.setAlignment(Pos.CENTER_RIGHT);
        figure.setMaxWidth(Double.MAX_VALUE);
        return figure;
    }
}
