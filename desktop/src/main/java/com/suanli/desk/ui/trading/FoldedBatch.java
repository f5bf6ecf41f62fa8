package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.event.ExchangeEvent;
import java.util.ArrayList;
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
 * positions and the panels that read no more. Batches the FX thread had no pulse for are merged ({@link #then}): a
 * later market replaces an earlier one, since it already holds its events, so the FX thread shows each instrument's
 * latest state once.
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
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        markets = Map.copyOf(Objects.requireNonNull(markets, "markets"));
        prints = List.copyOf(newest(Objects.requireNonNull(prints, "prints")));
        others = List.copyOf(Objects.requireNonNull(others, "others"));
        Map<Integer, List<TapeRow>> newestEach = new HashMap<>();
        Objects.requireNonNull(printsOf, "printsOf").forEach((instrumentId, each) ->
                newestEach.put(instrumentId, List.copyOf(newest(each))));
        printsOf = Map.copyOf(newestEach);
    }

    /** This batch followed by {@code later}: their events and prints in order, each market as {@code later} left it. */
    public FoldedBatch then(FoldedBatch later) {
        Map<Integer, InstrumentMarket> latest = new HashMap<>(markets);
        latest.putAll(later.markets);
        Map<Integer, List<TapeRow>> allPrintsOf = new HashMap<>(printsOf);
        later.printsOf.forEach((instrumentId, each) -> allPrintsOf.merge(instrumentId, each, FoldedBatch::joined));
        return new FoldedBatch(joined(events, later.events), latest, joined(prints, later.prints),
                joined(others, later.others), allPrintsOf);
    }

    private static <T> List<T> joined(List<T> earlier, List<T> later) {
        List<T> all = new ArrayList<>(earlier.size() + later.size());
        all.addAll(earlier);
        all.addAll(later);
        return all;
    }

    private static List<TapeRow> newest(List<TapeRow> inOrder) {
        return inOrder.subList(Math.max(0, inOrder.size() - TradingDesk.KEPT_ROWS), inOrder.size());
    }
}
