package com.suanli.pricing.future;

/**
 * Profit and loss of a futures position in money (price units x GPU-hours).
 *
 * @param realised   locked in by closing fills
 * @param unrealised on the open lots at the mark price
 */
public record FuturePnl(double realised, double unrealised) {

    public double total() {
        return realised + unrealised;
    }
}
