package com.suanli.exchange.engine;

import com.suanli.exchange.book.OrderBook;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.session.SessionState;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.marketdata.BarPeriod;
import com.suanli.exchange.marketdata.BarSeries;
import com.suanli.exchange.marketdata.InstrumentMarketData;
import com.suanli.exchange.marketdata.TradeTape;

/**
 * Everything the engine keeps about one listed instrument. Owned by the sequencer.
 *
 * <p>Depth is not mirrored here: the book is the authority, queries read it directly, and
 * consumers keep their own {@link com.suanli.exchange.marketdata.DepthBook} from the depth
 * events. A mirror in the sequencer cost more than half the engine's throughput on a deep
 * book (docs/BENCHMARKS.md).
 */
final class Instrument {
    final ContractSpec spec;
    final int id;
    final TradeTape tape;
    final BarSeries minuteSeries;
    final BarSeries dailySeries;
    final StopBook stops = new StopBook();
    /** Every working order of this instrument, resting or held, in acceptance order. */
    final InstrumentOrders working = new InstrumentOrders();
    final TradingCalendar calendar;
    /** The calendar has closed (after the last trading day) or expired (after expiry) the instrument. */
    boolean calendarClosed;
    boolean calendarExpired;
    /** Live quote sides by account. */
    final LongMap<QuoteSideIds> quotes = new LongMap<>(16);
    OrderBook book;
    SessionState session = SessionState.CLOSED;
    long reference;
    long bandLow;
    long bandHigh;
    /** 0 before the first trade. */
    long lastTradePrice;
    long depthSequence;
    final BarClock minuteBars;
    final BarClock dailyBars;
    /** Among the market data's instruments whose bars a time tick may close (a cache of the clocks' state). */
    boolean barsWatched;
    /** Touched by the current command: its top of book and stops are settled after it. */
    boolean touched;
    /** A level at or better than the published top changed during the current command. */
    boolean topMayHaveChanged;
    /** The top of the book as last published. */
    long publishedBid = OrderBook.NO_PRICE;
    long publishedBidQuantity;
    long publishedAsk = OrderBook.NO_PRICE;
    long publishedAskQuantity;

    Instrument(ContractSpec spec, int tapeCapacity) {
        this.spec = spec;
        this.id = spec.instrumentId();
        this.calendar = new TradingCalendar(spec);
        this.tape = new TradeTape(tapeCapacity);
        this.minuteSeries = new BarSeries(BarPeriod.MINUTE, InstrumentMarketData.DEFAULT_MINUTE_BARS);
        this.dailySeries = new BarSeries(BarPeriod.CHINA_DAY, InstrumentMarketData.DEFAULT_DAILY_BARS);
        this.minuteBars = new BarClock(minuteSeries);
        this.dailyBars = new BarClock(dailySeries);
        setReference(spec.referencePriceTicks());
    }

    /** Moves the reference and its band; {@code price} is 1..{@link ContractSpec#MAX_PRICE_TICKS}, checked before. */
    void setReference(long price) {
        long low = spec.bandLowTicks(price);
        long high = spec.bandHighTicks(price);
        reference = price;
        bandLow = low;
        bandHigh = high;
    }

    /** The price stop orders are checked against: the last trade, or the reference before any trade. */
    long lastOrReference() {
        return lastTradePrice > 0 ? lastTradePrice : reference;
    }

    /** The best price an order on {@code side} would trade against, or {@code OrderBook.NO_PRICE}. */
    long oppositeBest(Side side) {
        return side == Side.BID ? book.bestAsk() : book.bestBid();
    }

    /** Whether an order on {@code side} at {@code price} would trade now. */
    boolean crosses(Side side, long price) {
        long best = oppositeBest(side);
        return best != OrderBook.NO_PRICE && (side == Side.BID ? price >= best : price <= best);
    }

    /**
     * The limit a market or triggered stop order works at: the best opposite price plus its
     * protection (any positive number of ticks), saturating at 1 and at
     * {@link ContractSpec#MAX_PRICE_TICKS} instead of wrapping; the band then cuts it as any limit.
     */
    static long protectedLimit(Side side, long best, long protectionTicks) {
        return side == Side.BID ? best + Math.min(protectionTicks, ContractSpec.MAX_PRICE_TICKS - best)
                : Math.max(1, best - Math.min(protectionTicks, best));
    }

    long stateHash() {
        long h = StateHash.mix(id, session.ordinal());
        h = StateHash.mix(h, reference);
        h = StateHash.mix(h, lastTradePrice);
        h = StateHash.mix(h, depthSequence);
        h = StateHash.mix(h, book.stateHash());
        h = stops.stateHash(h);
        // The quote index is kept in slot order: an order-independent sum of its entries.
        long[] quoteSum = {0};
        quotes.forEachValue(q -> quoteSum[0] += q.stateHash());
        return StateHash.mix(h, quoteSum[0]);
    }
}
