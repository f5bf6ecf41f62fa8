package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.listing.Catalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The markets folded from the exchange's depth and tape events off the FX thread: most of a busy market's events,
 * and none of them needs a view. The same walk sorts out the other events and each instrument's prints, which the FX
 * thread then reads without walking the whole batch again. Each batch leaves a {@link FoldedBatch} with a copy of
 * every market it moved, which the FX thread then reads alone, while this fold carries on with its own. Called by one
 * thread at a time (the desk's folding worker; a test's thread); {@link #readBooks} may come from another, hence the
 * lock.
 */
final class MarketFold {

    private final Map<Integer, InstrumentMarket> markets = new HashMap<>();
    private ExchangeBooks books = ExchangeBooks.NONE;
    /** The sequence of the first event folded; 0 before. */
    private long firstHeard;
    /** The prints below this sequence are the store's day volume's to count ({@link #storedDayBefore}); 0 before. */
    private long storedBefore;

    /** Folds {@code batch}, in sequence order, into the markets; the prints named by {@code catalogue}'s contracts. */
    synchronized FoldedBatch fold(List<ExchangeEvent> batch, Catalogue catalogue) {
        Set<Integer> moved = new HashSet<>();
        List<TapeRow> prints = new ArrayList<>();
        // Most of a busy market's events are others: sized once, not grown and copied as they come.
        List<ExchangeEvent> others = new ArrayList<>(batch.size());
        Map<Integer, List<TapeRow>> printsOf = new HashMap<>();
        if (firstHeard == 0 && !batch.isEmpty()) {
            firstHeard = batch.get(0).sequence();
        }
        for (ExchangeEvent event : batch) {
            if (event instanceof DepthChanged level) {
                market(level.instrumentId()).apply(level);
                moved.add(level.instrumentId());
            } else if (event instanceof TapePrint print) {
                market(print.instrumentId()).apply(print, print.sequence() < storedBefore);
                moved.add(print.instrumentId());
                catalogue.find(print.instrumentId()).ifPresent(contract -> {
                    TapeRow row = new TapeRow(print.tradeId(), print.timestamp(), contract, print.price(),
                            print.quantity(), print.aggressor());
                    prints.add(row);
                    printsOf.computeIfAbsent(contract.instrumentId(), id -> new ArrayList<>()).add(row);
                });
            } else {
                others.add(event);
            }
        }
        Map<Integer, InstrumentMarket> copies = new HashMap<>();
        moved.forEach(instrumentId -> copies.put(instrumentId, markets.get(instrumentId).copy()));
        return new FoldedBatch(batch, copies, prints, others, printsOf);
    }

    /**
     * Where the store's day volume ends and the events' begins, fixed at the first call: the trades below the
     * sequence returned are the store's to count. Once the desk has heard an event, its first; before, the one after
     * the store's newest trade ({@code recordedThrough}), and a print heard later that the store holds already is
     * left out of the volume.
     */
    synchronized long storedDayBefore(long recordedThrough) {
        if (storedBefore == 0) {
            storedBefore = firstHeard != 0 ? firstHeard : recordedThrough + 1;
        }
        return storedBefore;
    }

    /** From now on a market first moved starts from the exchange's book; those already folded load theirs now. */
    synchronized void readBooks(ExchangeBooks exchange) {
        books = Objects.requireNonNull(exchange, "exchange");
        markets.forEach((instrumentId, market) -> load(books, instrumentId, market));
    }

    private InstrumentMarket market(int instrumentId) {
        InstrumentMarket market = markets.get(instrumentId);
        if (market == null) {
            market = new InstrumentMarket();
            load(books, instrumentId, market);
            markets.put(instrumentId, market);
        }
        return market;
    }

    /** The instrument's book and last trade as {@code books} hold them, where newer than what {@code market} saw. */
    static void load(ExchangeBooks books, int instrumentId, InstrumentMarket market) {
        books.book(instrumentId).ifPresent(market::load);
        books.lastTrade(instrumentId).ifPresent(last -> market.lastTradeBefore(last.price(), last.quantity()));
    }
}
