package com.suanli.data.trading;

/**
 * The lots one instrument traded at one price, in ticks: a line of a day's volume at price.
 */
public record PriceVolume(int instrumentId, long priceTicks, long lots) {

    public PriceVolume {
        if (lots <= 0) {
            throw new IllegalArgumentException("lots: must be positive, was " + lots + " at " + priceTicks
                    + " of instrument " + instrumentId);
        }
    }
}
