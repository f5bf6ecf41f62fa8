package com.suanli.gateway.entry;

import com.suanli.exchange.engine.Engine;
import com.suanli.exchange.engine.WorkingOrder;
import com.suanli.exchange.marketdata.DepthSnapshot;
import com.suanli.exchange.marketdata.TapeTrade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every book's depth and each instrument's last trade, as of event {@code lastSequence}: the events after it
 * bring a copy forward (a book's {@code DepthChanged} carry on from its snapshot's depth sequence).
 *
 * @param lastTrades by instrument id; an instrument that never traded is absent
 * @param orders every account's working orders, from which a restarted gateway takes back the orders its
 *        sessions entered (empty from an entry that cannot list them)
 */
public record BookSeed(long lastSequence, List<DepthSnapshot> books, Map<Integer, TapeTrade> lastTrades,
                       List<WorkingOrder> orders) {

    public BookSeed {
        books = List.copyOf(books);
        lastTrades = Map.copyOf(lastTrades);
        orders = List.copyOf(orders);
    }

    /** The books without the working orders. */
    public BookSeed(long lastSequence, List<DepthSnapshot> books, Map<Integer, TapeTrade> lastTrades) {
        this(lastSequence, books, lastTrades, List.of());
    }

    /** The engine's books and last trades now; call on the thread that owns the engine. */
    public static BookSeed of(Engine engine) {
        List<DepthSnapshot> books = new ArrayList<>();
        Map<Integer, TapeTrade> lastTrades = new HashMap<>();
        for (int id : engine.instrumentIds()) {
            books.add(engine.depth(id, Integer.MAX_VALUE));
            List<TapeTrade> last = engine.recentTrades(id, 1);
            if (!last.isEmpty()) {
                lastTrades.put(id, last.get(0));
            }
        }
        return new BookSeed(engine.lastSequence(), books, lastTrades, engine.workingOrders());
    }
}
