package com.suanli.exchange.engine.event;

/**
 * A trade between two orders: both accounts, price in ticks, quantity in lots, who took
 * liquidity, and what each order still has open. Everything clearing needs.
 */
public record TradeExecuted(long sequence, long timestamp, long tradeId, int instrumentId, long price,
                            long quantity, long buyOrderId, long buyAccount, long sellOrderId, long sellAccount,
                            Aggressor aggressor, long buyRemaining, long sellRemaining) implements ExchangeEvent {

    static final int TAG = 4;

    @Override
    public void encodeTo(EventEncoder out) {
        out.putByte(TAG);
        out.putLong(sequence);
        out.putLong(timestamp);
        out.putLong(tradeId);
        out.putInt(instrumentId);
        out.putLong(price);
        out.putLong(quantity);
        out.putLong(buyOrderId);
        out.putLong(buyAccount);
        out.putLong(sellOrderId);
        out.putLong(sellAccount);
        out.putEnum(aggressor);
        out.putLong(buyRemaining);
        out.putLong(sellRemaining);
    }
}
