package com.suanli.desk.ui.trading;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.DepthChanged;
import com.suanli.exchange.engine.event.TapePrint;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthSnapshot;
import java.util.NavigableMap;

/**
 * One instrument's market as the desk has seen it: the displayed quantity at each price on each side (from
 * the depth events, over the book as the exchange held it when the desk first looked), the last trade and the
 * volume traded at each price (from the tape). One thread at a time: the folding worker keeps its own and hands the
 * FX thread a {@link #copy()} per batch ({@link MarketFold}), which the FX thread alone reads from then on.
 */
public final class InstrumentMarket {

    private final PriceLevels bids;
    private final PriceLevels asks;
    private final PriceLevels volumeAtPrice;
    private long lastPrice;
    private long lastQuantity;
    private long volume;
    /** The instrument's depth sequence the levels are as of: older depth events are already in them. */
    private long depthSequence;

    public InstrumentMarket() {
        this(new PriceLevels(), new PriceLevels(), new PriceLevels());
    }

    private InstrumentMarket(PriceLevels bids, PriceLevels asks, PriceLevels volumeAtPrice) {
        this.bids = bids;
        this.asks = asks;
        this.volumeAtPrice = volumeAtPrice;
    }

    /** A market equal to this one that shares nothing with it: what the FX thread reads while the worker folds on. */
    InstrumentMarket copy() {
        InstrumentMarket copy = new InstrumentMarket(bids.copy(), asks.copy(), volumeAtPrice.copy());
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

    private static void fill(PriceLevels side, Iterable<DepthLevel> levels) {
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
        (level.side() == Side.BID ? bids : asks).put(level.price(), level.quantity());
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
        volumeAtPrice.add(print.price(), print.quantity());
    }

    /** Displayed lots at {@code price} on {@code side}; 0 when no order shows there. */
    public long quantityAt(Side side, long price) {
        return (side == Side.BID ? bids : asks).at(price);
    }

    /** Displayed lots by price (ticks) on one side, lowest price first; a read-only copy as of now. */
    public NavigableMap<Long, Long> levels(Side side) {
        return (side == Side.BID ? bids : asks).asMap();
    }

    /** The best bid in ticks, 0 when no one bids. */
    public long bestBid() {
        return bids.isEmpty() ? 0 : bids.highestPrice();
    }

    /** The best offer in ticks, 0 when no one offers. */
    public long bestAsk() {
        return asks.isEmpty() ? 0 : asks.lowestPrice();
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
        return volumeAtPrice.at(price);
    }

    /** Lots the desk heard trade, the store's day volume left out. */
    public long volume() {
        return volume;
    }
}
