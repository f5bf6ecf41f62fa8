package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One or more batches of the exchange's events as the folding worker leaves them for the FX thread ({@link MarketFold}):
 * the events in sequence order (the trader's own among them, and every panel that follows the desk reads them), each
 * instrument the batch moved as its market stands at the batch's end (a copy the worker no longer touches), and the
 * tape's newest prints, of all instruments and of each. The worker also sorts out the events that are neither depth nor
 * prints (most of a busy market's are), so that the FX thread walks only those for the trader's orders, fills and
 * positions and the panels that read no more. Batches the FX thread had no pulse for are merged ({@link #merged}): a
 * later market replaces an earlier one, since it already holds its events, so the FX thread shows each instrument's
 * latest state once. The events and the others are the lists the worker made, kept as read-only views and not copied
 * (two copies of each, on the worker and again on the FX thread's merge, were a fifth of the worker's allocation and a
 * tenth of the FX thread's, PulseProbe, docs/BENCHMARKS.md, branch gc14t): whoever makes a batch hands them over and
 * changes them no more.
 *
 * @param events   every event, in sequence order
 * @param markets  by instrument id, the markets the events moved, as of the last event
 * @param prints   the tape's prints in arrival order, at most {@link TradingDesk#KEPT_ROWS}, the newest last
 * @param others   the events that are neither a book's depth nor a print, in sequence order
 * @param printsOf by instrument id, its prints in arrival order, at most {@link TradingDesk#KEPT_ROWS}, the newest last
 */
public record FoldedBatch(List<ExchangeEvent> events, Map<Integer, InstrumentMarket> markets, List<TapeRow> prints,
                          List<ExchangeEvent> others, Map<Integer, List<TapeRow>> printsOf) {

    public FoldedBatch {
        events = Collections.unmodifiableList(Objects.requireNonNull(events, "events"));
        markets = Map.copyOf(Objects.requireNonNull(markets, "markets"));
        prints = List.copyOf(newest(Objects.requireNonNull(prints, "prints")));
        others = Collections.unmodifiableList(Objects.requireNonNull(others, "others"));
        Map<Integer, List<TapeRow>> newestEach = new HashMap<>();
        Objects.requireNonNull(printsOf, "printsOf").forEach((instrumentId, each) ->
                newestEach.put(instrumentId, List.copyOf(newest(each))));
        printsOf = Map.copyOf(newestEach);
    }

    /**
     * The batches in order as one: their events and prints in order (the events and others joined as they are, not
     * copied), each market as the last that moved it left it. Linear in what they hold: the FX thread merges whatever
     * arrived since its last pulse once, when it takes it (a merge at every arrival copied everything held so far
     * again, which a late pulse made quadratic).
     */
    public static FoldedBatch merged(List<FoldedBatch> inOrder) {
        if (inOrder.size() == 1) {
            return inOrder.get(0);
        }
        // The events joined, not copied: a late pulse's merge holds tens of thousands of them.
        List<List<ExchangeEvent>> events = new ArrayList<>(inOrder.size());
        List<List<ExchangeEvent>> others = new ArrayList<>(inOrder.size());
        Map<Integer, InstrumentMarket> latest = new HashMap<>();
        List<TapeRow> prints = new ArrayList<>(inOrder.stream().mapToInt(batch -> batch.prints.size()).sum());
        Map<Integer, List<TapeRow>> printsOf = new HashMap<>();
        for (FoldedBatch batch : inOrder) {
            events.add(batch.events);
            latest.putAll(batch.markets);
            prints.addAll(batch.prints);
            others.add(batch.others);
            batch.printsOf.forEach((instrumentId, each) ->
                    printsOf.computeIfAbsent(instrumentId, id -> new ArrayList<>()).addAll(each));
        }
        return new FoldedBatch(new JoinedList<>(events), latest, prints, new JoinedList<>(others), printsOf);
    }

    private static List<TapeRow> newest(List<TapeRow> inOrder) {
        return inOrder.subList(Math.max(0, inOrder.size() - TradingDesk.KEPT_ROWS), inOrder.size());
    }
}
