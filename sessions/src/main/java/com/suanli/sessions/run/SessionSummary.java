package com.suanli.sessions.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a session did: the business days run, the commands the agents and the session clock sent, the
 * events, trades and refusals, the lots traded per product, the last settlement price of each future
 * and the last index fixing of each product and hub (CNY per unit), the outages the monitoring
 * reported, the insurance sold and claimed, and the 64-bit hash of the whole event stream (exchange-core's {@code EventStreamHash}).
 * Sorted maps, so the same session prints the same lines.
 */
public record SessionSummary(String name, long seed, int days, int agents, long commands, long events, long trades,
                             long rejected, Map<String, Long> volumeByProduct, Map<String, BigDecimal> settlements,
                             Map<String, BigDecimal> indices, long outages, InsuranceTotals insurance,
                             long eventStreamHash) {

    public SessionSummary {
        Objects.requireNonNull(name, "name");
        volumeByProduct = Map.copyOf(volumeByProduct);
        settlements = Map.copyOf(settlements);
        indices = Map.copyOf(indices);
        Objects.requireNonNull(insurance, "insurance");
    }

    /**
     * The same summary over another event stream's events, trades and hash: a live session recorded on the desk
     * counts the desk's whole stream from the recording's start, not only what the session heard of it.
     */
    public SessionSummary withStream(long streamEvents, long streamTrades, long streamHash) {
        return new SessionSummary(name, seed, days, agents, commands, streamEvents, streamTrades, rejected, volumeByProduct,
                settlements, indices, outages, insurance, streamHash);
    }

    /** The hash as the command line prints it: 16 hex digits. */
    public String hashText() {
        return String.format("%016x", eventStreamHash);
    }

    /** The summary as lines for a terminal. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("session " + name + ", seed " + seed);
        lines.add(String.format("days %d, agents %d, commands %d, events %d, trades %d, refused %d, outages %d", days,
                agents, commands, events, trades, rejected, outages));
        volumeByProduct.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add("volume " + e.getKey() + " " + e.getValue() + " lots"));
        indices.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add("index " + e.getKey() + " " + e.getValue().toPlainString()));
        settlements.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add("settlement " + e.getKey() + " " + e.getValue().toPlainString()));
        lines.addAll(insurance.lines());
        lines.add("event stream hash " + hashText());
        return lines;
    }
}
