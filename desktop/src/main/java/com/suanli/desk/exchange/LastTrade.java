package com.suanli.desk.exchange;

/**
 * An instrument's last trade.
 * @param price ticks
 * @param quantity lots
 * @param timestamp epoch milliseconds, the time of the command that traded
 */
public record LastTrade(int instrumentId, long price, long quantity, long timestamp) {
    public LastTrade {
        if (price <= 0 || quantity <= 0) {
            throw new IllegalArgumentException("trade: price and quantity must be positive, were " + price + " and "
                    + quantity);
        }
    }
}
