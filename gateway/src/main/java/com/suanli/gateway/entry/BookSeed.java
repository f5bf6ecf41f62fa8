package com.suanli.gateway.entry;

import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.exchange.marketdata.TapeTrade;
import java.util.List;
import java.util.Map;

/**
 * Every book's depth and each instrument's last trade, as of event {@code lastSequence}: the events after it
 * bring a copy forward (a book's {@code DepthChanged} carry on from its snapshot's depth sequence).
 *
 * @param lastTrades by instrument id; an instrument that never traded is absent
 */
public record BookSeed(long lastSequence, List<DepthSnapshot> books, Map<Integer, TapeTrade> lastTrades) {

    public BookSeed {
        books = List.copyOf(books);
        lastTrades = Map.copyOf(lastTrades);
    }
}
