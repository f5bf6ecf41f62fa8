package com.suanli.sessions.market;

import com.suanli.exchange.engine.event.BestBidOfferChanged;
import com.suanli.exchange.engine.event.EventSink;
import com.suanli.exchange.engine.event.ExchangeEvent;
import com.suanli.exchange.engine.event.ReferencePriceChanged;
import com.suanli.exchange.engine.event.SessionChanged;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.exchange.engine.session.SessionState;
import java.util.Arrays;

/**
 * The public market as the event stream tells it, per instrument: the best bid and offer, the last
 * trade, the reference price and band, the session state, and a running measure of how much trade
 * prices have been moving (an exponentially weighted mean of absolute trade-to-trade returns, in bp,
 * over about {@link #RETURN_MEMORY} trades). What every agent sees; nothing here reads the engine.
 */
public final class MarketView implements EventSink {

    /** Trades the volatility measure remembers (its weight on the newest return is 1 / this). */
    public static final int RETURN_MEMORY = 20;

    private final long[] bid;
    private final long[] bidLots;
    private final long[] ask;
    private final long[] askLots;
    private final long[] last;
    private final long[] bandLow;
    private final long[] bandHigh;
    private final double[] movementBps;
    private final SessionState[] sessions;

    public MarketView(int maxInstrumentId) {
        int size = maxInstrumentId + 1;
        bid = new long[size];
        bidLots = new long[size];
        ask = new long[size];
        askLots = new long[size];
        last = new long[size];
        bandLow = new long[size];
        bandHigh = new long[size];
        movementBps = new double[size];
        sessions = new SessionState[size];
        Arrays.fill(sessions, SessionState.CLOSED);
    }

    @Override
    public void onEvent(ExchangeEvent event) {
        if (event instanceof BestBidOfferChanged b) {
            bid[b.instrumentId()] = b.bidPrice();
            bidLots[b.instrumentId()] = b.bidQuantity();
            ask[b.instrumentId()] = b.askPrice();
            askLots[b.instrumentId()] = b.askQuantity();
        } else if (event instanceof TradeExecuted t) {
            int id = t.instrumentId();
            if (last[id] > 0) {
                double move = Math.abs(t.price() - last[id]) * 10_000.0 / last[id];
                movementBps[id] += (move - movementBps[id]) / RETURN_MEMORY;
            }
            last[id] = t.price();
        } else if (event instanceof SessionChanged s) {
            sessions[s.instrumentId()] = s.to();
        } else if (event instanceof ReferencePriceChanged r) {
            bandLow[r.instrumentId()] = r.bandLow();
            bandHigh[r.instrumentId()] = r.bandHigh();
        }
    }

    /** The best bid in ticks, 0 when there is none. */
    public long bid(int instrumentId) {
        return bid[instrumentId];
    }

    public long bidLots(int instrumentId) {
        return bidLots[instrumentId];
    }

    /** The best offer in ticks, 0 when there is none. */
    public long ask(int instrumentId) {
        return ask[instrumentId];
    }

    public long askLots(int instrumentId) {
        return askLots[instrumentId];
    }

    /** The last trade price in ticks, 0 before the first trade. */
    public long last(int instrumentId) {
        return last[instrumentId];
    }

    /** The mid of the best bid and offer, else the last price, else 0. */
    public long mid(int instrumentId) {
        if (bid[instrumentId] > 0 && ask[instrumentId] > 0) {
            return (bid[instrumentId] + ask[instrumentId]) / 2;
        }
        return last[instrumentId];
    }

    /** The recent mean absolute trade-to-trade return, bp. */
    public double movementBps(int instrumentId) {
        return movementBps[instrumentId];
    }

    public SessionState session(int instrumentId) {
        return sessions[instrumentId];
    }

    /** A session that joins a market already open learns each instrument's state once, by asking. */
    public void joined(int instrumentId, SessionState session) {
        sessions[instrumentId] = session;
    }

    public boolean trading(int instrumentId) {
        return sessions[instrumentId] == SessionState.CONTINUOUS;
    }

    /**
     * {@code price} moved inside the instrument's price band, so that an order is not refused for it;
     * unchanged before the first band is published.
     */
    public long withinBand(int instrumentId, long price) {
        long low = bandLow[instrumentId];
        long high = bandHigh[instrumentId];
        if (high <= 0) {
            return Math.max(1, price);
        }
        return Math.max(Math.max(1, low), Math.min(high, price));
    }
}
