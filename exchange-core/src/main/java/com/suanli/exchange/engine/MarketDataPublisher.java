package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.engine.event.BarClosed;
import com.suanli.exchange.marketdata.Bar;
import com.suanli.exchange.marketdata.BestBidOffer;
import com.suanli.exchange.marketdata.DepthLevel;
import com.suanli.exchange.marketdata.DepthSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The public market data: depth updates as the book reports them, the tape and the bars on
 * every trade, the top of book once per command when it changed, and the snapshots consumers
 * start from. It also remembers which instruments the current command touched, so that only
 * those are settled after it.
 */
final class MarketDataPublisher {
    private final EventLog log;
    private final Instrument[] touched;
    private int touchedCount;
    /**
     * The instruments with a bar opened and not yet announced, by instrument id (the engine's order): a time
     * tick looks at these only, not at every listed instrument's clocks, which a large listing keeps out of the
     * caches. Derived from the clocks, so not in a snapshot.
     */
    private final Instrument[] watched;
    private int watchedCount;
    /** Scratch for reading the top of a book. */
    private final long[] topPrice = new long[1];
    private final long[] topQuantity = new long[1];
    private final int[] topOrders = new int[1];

    MarketDataPublisher(EventLog log, int instrumentCount) {
        this.log = log;
        this.touched = new Instrument[instrumentCount];
        this.watched = new Instrument[instrumentCount];
    }

    /** Records a trade on the tape and in the bars and prints it; its {@code TradeExecuted} went first. */
    void trade(Instrument in, long tradeSequence, long tradeId, long price, long quantity, Side takerSide,
               Aggressor aggressor) {
        long now = log.now;
        in.lastTradePrice = price;
        touch(in);
        in.tape.record(tradeSequence, now, price, quantity, takerSide);
        in.minuteSeries.onTrade(now, price, quantity);
        in.dailySeries.onTrade(now, price, quantity);
        publishPrint(in, tradeId, price, quantity, aggressor);
        announce(in, in.minuteBars.afterTrade(now));
        announce(in, in.dailyBars.afterTrade(now));
        watch(in);
    }

    void levelChanged(Instrument in, Side side, long price, long quantity, int orderCount) {
        long depthSequence = ++in.depthSequence;
        // A change behind the published best cannot move the top (NO_PRICE sorts below every bid).
        if (side == Side.BID ? price >= in.publishedBid
                : in.publishedAsk == OrderBook.NO_PRICE || price <= in.publishedAsk) {
            in.topMayHaveChanged = true;
        }
        publishDepth(in, depthSequence, side, price, quantity, orderCount);
        touch(in);
    }

    // Each event goes to the sink by its fields from a small method of its own (docs/ENGINE.md, Hot path).

    private void publishPrint(Instrument in, long tradeId, long price, long quantity, Aggressor aggressor) {
        log.sink.onTapePrint(log.next(), log.now, in.id, tradeId, price, quantity, aggressor);
    }

    private void publishDepth(Instrument in, long depthSequence, Side side, long price, long quantity,
                              int orderCount) {
        log.sink.onDepthChanged(log.next(), log.now, in.id, depthSequence, side, price, quantity, orderCount);
    }

    private void publishTop(Instrument in, long bid, long bidQuantity, long ask, long askQuantity) {
        log.sink.onBestBidOfferChanged(log.next(), log.now, in.id, bid == OrderBook.NO_PRICE ? 0 : bid, bidQuantity,
                ask == OrderBook.NO_PRICE ? 0 : ask, askQuantity);
    }

    private void touch(Instrument in) {
        if (!in.touched) {
            in.touched = true;
            touched[touchedCount++] = in;
        }
    }

    int touchedCount() {
        return touchedCount;
    }

    Instrument touched(int i) {
        return touched[i];
    }

    /** After the command: publishes the instrument's top of book if it changed. */
    void settle(Instrument in) {
        if (in.topMayHaveChanged) {
            publishTopOfBook(in);
            in.topMayHaveChanged = false;
        }
        in.touched = false;
    }

    /** After the command, once every touched instrument is settled. */
    void forgetTouched() {
        for (int i = 0; i < touchedCount; i++) {
            touched[i] = null;
        }
        touchedCount = 0;
    }

    private void publishTopOfBook(Instrument in) {
        boolean hasBid = in.book.depth(Side.BID, 1, topPrice, topQuantity, topOrders) == 1;
        long bid = hasBid ? topPrice[0] : OrderBook.NO_PRICE;
        long bidQuantity = hasBid ? topQuantity[0] : 0;
        boolean hasAsk = in.book.depth(Side.ASK, 1, topPrice, topQuantity, topOrders) == 1;
        long ask = hasAsk ? topPrice[0] : OrderBook.NO_PRICE;
        long askQuantity = hasAsk ? topQuantity[0] : 0;
        if (bid == in.publishedBid && ask == in.publishedAsk && bidQuantity == in.publishedBidQuantity
                && askQuantity == in.publishedAskQuantity) {
            return;
        }
        in.publishedBid = bid;
        in.publishedAsk = ask;
        in.publishedBidQuantity = bidQuantity;
        in.publishedAskQuantity = askQuantity;
        publishTop(in, bid, bidQuantity, ask, askQuantity);
    }

    /** Time passed: closes every bar that ended before now, instrument by instrument in id order. */
    void closeFinishedBars() {
        int kept = 0;
        for (int k = 0; k < watchedCount; k++) {
            Instrument in = watched[k];
            announce(in, in.minuteBars.atTime(log.now));
            announce(in, in.dailyBars.atTime(log.now));
            if (in.minuteBars.pending() || in.dailyBars.pending()) {
                watched[kept++] = in;
            } else {
                in.barsWatched = false;
            }
        }
        for (int k = kept; k < watchedCount; k++) {
            watched[k] = null;
        }
        watchedCount = kept;
    }

    /** After a restore: watches every instrument whose clocks have a bar to announce. */
    void watchOpenBars(Instrument[] instruments) {
        for (Instrument in : instruments) {
            if (in.minuteBars.pending() || in.dailyBars.pending()) {
                watch(in);
            }
        }
    }

    /** Keeps {@code in} among the watched, in id order (few are added at a time, so an insertion suffices). */
    private void watch(Instrument in) {
        if (in.barsWatched) {
            return;
        }
        in.barsWatched = true;
        int at = watchedCount++;
        while (at > 0 && watched[at - 1].id > in.id) {
            watched[at] = watched[at - 1];
            at--;
        }
        watched[at] = in;
    }

    private void announce(Instrument in, Bar bar) {
        if (bar != null) {
            log.sink.onEvent(new BarClosed(log.next(), log.now, in.id, bar.startMillis(),
                    bar.endMillis() - bar.startMillis(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()));
        }
    }

    static BestBidOffer bestBidOffer(Instrument in) {
        List<DepthLevel> bids = levels(in, Side.BID, 1);
        List<DepthLevel> asks = levels(in, Side.ASK, 1);
        DepthLevel bid = bids.isEmpty() ? null : bids.get(0);
        DepthLevel ask = asks.isEmpty() ? null : asks.get(0);
        return new BestBidOffer(in.id, in.depthSequence, bid == null ? OrderBook.NO_PRICE : bid.price(),
                bid == null ? 0 : bid.quantity(), bid == null ? 0 : bid.orderCount(),
                ask == null ? OrderBook.NO_PRICE : ask.price(), ask == null ? 0 : ask.quantity(),
                ask == null ? 0 : ask.orderCount());
    }

    static DepthSnapshot depth(Instrument in, int maxLevels) {
        return new DepthSnapshot(in.id, in.depthSequence, levels(in, Side.BID, maxLevels),
                levels(in, Side.ASK, maxLevels));
    }

    private static List<DepthLevel> levels(Instrument in, Side side, int maxLevels) {
        int n = Math.min(maxLevels, in.book.orderCount());
        long[] prices = new long[n];
        long[] quantities = new long[n];
        int[] counts = new int[n];
        int found = in.book.depth(side, n, prices, quantities, counts);
        List<DepthLevel> levels = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            levels.add(new DepthLevel(prices[i], quantities[i], counts[i]));
        }
        return levels;
    }
}
