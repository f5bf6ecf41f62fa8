package com.suanli.exchange.engine.event;

/**
 * An account's position in one instrument after a trade: net lots (long &gt; 0, short &lt; 0),
 * the cost of the open lots in ticks x lots (signed like the position, so the average price is
 * {@code openCost / netLots} ticks), and the realised P&amp;L in fen so far.
 */
public record PositionChanged(long sequence, long timestamp, long account, int instrumentId, long tradeId,
                              long netLots, long openCost, long realisedPnl)
        implements ExchangeEvent, ClearingEvent {

    static final int TAG = 35;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(account);
        out.putInt(instrumentId);
        out.putLong(tradeId);
        out.putLong(netLots);
        out.putLong(openCost);
        out.putLong(realisedPnl);
    }
}
