package com.suanli.desk.ui.trading;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthSnapshot;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One instrument's market as the desk has seen it: the displayed quantity at each price on each side (from
 * the depth events, over the book as the exchange held it when the desk first looked), the last trade and the
 * volume traded at each price (from the tape). One thread at a time: the folding worker keeps its own and hands the
 * FX thread a {@link #copy()} per batch ({@link MarketFold}), which the FX thread alone reads from then on.
 */
public final class InstrumentMarket {

    private final NavigableMap<Long, Long> bids = new TreeMap<>();
    private final NavigableMap<Long, Long> asks = new TreeMap<>();
    private final Map<Long, Long> volumeAtPrice = new HashMap<>();
    private long lastPrice;
    private long lastQuantity;
    private long volume;
    /** The instrument's depth sequence the levels are as of: older depth events are already in them. */
    private long depthSequence;

    /** A market equal to this one that shares nothing with it: what the FX thread reads while the worker folds on. */
    InstrumentMarket copy() {
        InstrumentMarket copy = new InstrumentMarket();
        copy.bids.putAll(bids);
        copy.asks.putAll(asks);
        copy.volumeAtPrice.putAll(volumeAtPrice);
        copy.lastPrice = lastPrice;
        copy.lastQuantity = lastQuantity;
        copy.volume = volume;
        copy.depthSequence = depthSequence;
        return copy;
    }

    /**
     * Takes the book as the exchange holds it (a restarted desk's resting orders, which no event will
     * repeat) when it is newer than what the events showed; the depth events after it carry it on.
     */
    void load(DepthSnapshot book) {
        if (book.seq() <= depthSequence) {
            return;
        }
        depthSequence = book.seq();
        fill(bids, book.bids());
        fill(asks, book.asks());
    }

    private static void fill(NavigableMap<Long, Long> side, Iterable<DepthLevel> levels) {
        side.clear();
        levels.forEach(level -> side.put(level.price(), level.quantity()));
    }

    /** The last trade before the desk listened, until the tape tells a newer one. */
    void lastTradeBefore(long price, long quantity) {
        if (lastPrice == 0) {
            lastPrice = price;
            lastQuantity = quantity;
        }
    }

    void apply(DepthChanged level) {
        if (level.depthSequence() <= depthSequence) {
            return;
        }
        depthSequence = level.depthSequence();
        NavigableMap<Long, Long> side = level.side() == Side.BID ? bids : asks;
        if (level.quantity() == 0) {
            side.remove(level.price());
        } else {
            side.put(level.price(), level.quantity());
        }
    }

    /**
     * A trade: the last trade, and the volume unless {@code inStoredDay}, a trade the store's day volume counts
     * already ({@link TradingDesk#volumeAt}).
     */
    void apply(TapePrint print, boolean inStoredDay) {
        lastPrice = print.price();
        lastQuantity = print.quantity();
        if (inStoredDay) {
            return;
        }
        volume += print.quantity();
        volumeAtPrice.merge(print.price(), print.quantity(), Long::sum);
    }

    /** Displayed lots at {@code price} on {@code side}; 0 when no order shows there. */
    public long quantityAt(Side side, long price) {
        return (side == Side.BID ? bids : asks).getOrDefault(price, 0L);
    }

    /** Displayed lots by price (ticks) on one side, lowest price first; a read-only view. */
    public NavigableMap<Long, Long> levels(Side side) {
        return Collections.unmodifiableNavigableMap(side == Side.BID ? bids : asks);
    }

    /** The best bid in ticks, 0 when no one bids. */
    public long bestBid() {
        return bids.isEmpty() ? 0 : bids.lastKey();
    }

    /** The best offer in ticks, 0 when no one offers. */
    public long bestAsk() {
        return asks.isEmpty() ? 0 : asks.firstKey();
    }

    /** The last trade's price in ticks, 0 before the first trade. */
    public long lastPrice() {
        return lastPrice;
    }

    public long lastQuantity() {
        return lastQuantity;
    }

    /** Lots the desk heard trade at {@code price}, the store's day volume left out ({@link TradingDesk#volumeAt}). */
    public long volumeAt(long price) {
        return volumeAtPrice.getOrDefault(price, 0L);
    }

    /** Lots the desk heard trade, the store's day volume left out. */
    public long volume() {
        return volume;
    }
}
