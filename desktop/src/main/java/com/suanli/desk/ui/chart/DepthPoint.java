package com.suanli.desk.ui.chart;

/**
 * One step of a depth chart: at {@code price} (ticks) the lots shown there ({@code lots}) and all the lots
 * from the best price out to it ({@code cumulativeLots}): what a buyer sweeping the offers up to that price,
 * or a seller hitting the bids down to it, would meet.
 */
public record DepthPoint(long price, long lots, long cumulativeLots) {

    public DepthPoint {
        if (price <= 0 || lots <= 0 || cumulativeLots < lots) {
            throw new IllegalArgumentException("depth at " + price + ": lots " + lots + " and cumulative "
                    + cumulativeLots + " must be positive, the cumulative at least the level's");
        }
    }
}
