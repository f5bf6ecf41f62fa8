package com.suanli.pricing.future;

import java.util.Objects;

/**
 * An open futures position kept at average cost: lots (signed), the average entry price of
 * the open lots, and the P&L realised by closing fills. Fills return a new position.
 * Average cost (not FIFO) because variation margin makes lot identity irrelevant for a
 * cash-settled future; the total P&L is the same under either method.
 */
public record FuturePosition(ComputeFuture future, long lots, double averagePrice, double realisedPnl) {

    public FuturePosition {
        Objects.requireNonNull(future, "future: must not be null");
        if (!Double.isFinite(averagePrice) || (lots != 0 && !(averagePrice > 0.0))) {
            throw new IllegalArgumentException("averagePrice: must be positive and finite for an open position, was "
                    + averagePrice);
        }
        if (!Double.isFinite(realisedPnl)) {
            throw new IllegalArgumentException("realisedPnl: must be finite, was " + realisedPnl);
        }
    }

    /** No lots, nothing realised. */
    public static FuturePosition flat(ComputeFuture future) {
        return new FuturePosition(future, 0, 0.0, 0.0);
    }

    /** The position after a fill of {@code fillLots} (positive bought, negative sold) at {@code fillPrice}. */
    public FuturePosition fill(long fillLots, double fillPrice) {
        if (fillLots == 0) {
            throw new IllegalArgumentException("fillLots: must not be zero");
        }
        if (!(fillPrice > 0.0) || Double.isInfinite(fillPrice)) {
            throw new IllegalArgumentException("fillPrice: must be positive and finite, was " + fillPrice);
        }
        if (lots == 0 || Long.signum(lots) == Long.signum(fillLots)) {
            long newLots = Math.addExact(lots, fillLots);
            double newAverage = (averagePrice * Math.abs(lots) + fillPrice * Math.abs(fillLots)) / Math.abs(newLots);
            return new FuturePosition(future, newLots, newAverage, realisedPnl);
        }
        long closed = Math.min(Math.abs(fillLots), Math.abs(lots));
        double realised = realisedPnl + Long.signum(lots) * closed * (fillPrice - averagePrice) * future.lotSize();
        long newLots = lots + fillLots;
        double newAverage = newLots == 0 ? 0.0 : Long.signum(newLots) == Long.signum(lots) ? averagePrice : fillPrice;
        return new FuturePosition(future, newLots, newAverage, realised);
    }

    /** Unrealised P&L of the open lots at {@code markPrice}. */
    public double unrealisedPnl(double markPrice) {
        return lots == 0 ? 0.0 : lots * (markPrice - averagePrice) * future.lotSize();
    }

    /** Realised and unrealised P&L at {@code markPrice}. */
    public FuturePnl pnl(double markPrice) {
        return new FuturePnl(realisedPnl, unrealisedPnl(markPrice));
    }
}
