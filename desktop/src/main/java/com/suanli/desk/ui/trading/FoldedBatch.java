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
 * tape's newest prints. Batches the FX thread had no pulse for are merged ({@link #then}): a later market replaces an
 * earlier one, since it already holds its events, so the FX thread shows each instrument's latest state once.
 *
 * @param events   every event, in sequence order
 * @param markets  by instrument id, the markets the events moved, as of the last event
 * @param prints   the tape's prints in arrival order, at most {@link TradingDesk#KEPT_ROWS}, the newest last
 */
public record FoldedBatch(List<ExchangeEvent> events, Map<Integer, InstrumentMarket> markets, List<TapeRow> prints) {

    public FoldedBatch {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
        markets = Map.copyOf(Objects.requireNonNull(markets, "markets"));
        prints = List.copyOf(newest(Objects.requireNonNull(prints, "prints")));
    }

    /** This batch followed by {@code later}: their events and prints in order, each market as {@code later} left it. */
    public FoldedBatch then(FoldedBatch later) {
        List<ExchangeEvent> allEvents = new ArrayList<>(events.size() + later.events.size());
        allEvents.addAll(events);
        allEvents.addAll(later.events);
        Map<Integer, InstrumentMarket> latest = new HashMap<>(markets);
        latest.putAll(later.markets);
        List<TapeRow> allPrints = new ArrayList<>(prints);
        allPrints.addAll(later.prints);
        return new FoldedBatch(allEvents, latest, allPrints);
    }

    private static List<TapeRow> newest(List<TapeRow> inOrder) {
        return inOrder.subList(Math.max(0, inOrder.size() - TradingDesk.KEPT_ROWS), inOrder.size());
    }
}
