package com.suanli.desk.ui.risk;

import com.suanli.pricing.risk.BucketRisk;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One Greek of the desk bucketed by delivery month (rows, earliest first) and hub (columns, by code), summed
 * over products, green tags and accounts, with the rows', columns' and grand totals. An empty cell is zero.
 */
public record GreekHeatmap(Greek greek, List<YearMonth> months, List<String> hubs, double[][] values) {

    public GreekHeatmap {
        Objects.requireNonNull(greek, "greek");
        months = List.copyOf(months);
        hubs = List.copyOf(hubs);
        if (values.length != months.size()) {
            throw new IllegalArgumentException("values: one row per month, " + months.size() + ", was " + values.length);
        }
        for (double[] row : values) {
            if (row.length != hubs.size()) {
                throw new IllegalArgumentException("values: one column per hub, " + hubs.size() + ", was " + row.length);
            }
        }
        // The record keeps its own copy, so no caller can change a figure on screen behind its back.
        values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    public static GreekHeatmap of(List<BucketRisk> buckets, Greek greek) {
        Map<YearMonth, Map<String, Double>> sums = new TreeMap<>();
        TreeSet<String> hubs = new TreeSet<>();
        for (BucketRisk risk : buckets) {
            String hub = risk.bucket().curve().hubCode();
            hubs.add(hub);
            sums.computeIfAbsent(risk.bucket().month(), month -> new TreeMap<>()).merge(hub, greek.of(risk), Double::sum);
        }
        List<String> columns = List.copyOf(hubs);
        double[][] values = new double[sums.size()][columns.size()];
        int row = 0;
        for (Map<String, Double> byHub : sums.values()) {
            for (int column = 0; column < columns.size(); column++) {
                values[row][column] = byHub.getOrDefault(columns.get(column), 0.0);
            }
            row++;
        }
        return new GreekHeatmap(greek, List.copyOf(sums.keySet()), columns, values);
    }

    public double value(YearMonth month, String hub) {
        int row = months.indexOf(month);
        int column = hubs.indexOf(hub);
        return row < 0 || column < 0 ? 0.0 : values[row][column];
    }

    public double monthTotal(YearMonth month) {
        int row = months.indexOf(month);
        double sum = 0;
        for (int column = 0; row >= 0 && column < hubs.size(); column++) {
            sum += values[row][column];
        }
        return sum;
    }

    public double hubTotal(String hub) {
        int column = hubs.indexOf(hub);
        double sum = 0;
        for (int row = 0; column >= 0 && row < months.size(); row++) {
            sum += values[row][column];
        }
        return sum;
    }

    public double total() {
        return months.stream().mapToDouble(this::monthTotal).sum();
    }

    /** The largest cell in size, which the colours scale to (0 when every cell is 0). */
    public double largest() {
        double largest = 0;
        for (double[] row : values) {
            for (double value : row) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        return largest;
    }
}
