package com.suanli.desk.ui.ladder;

/**
 * One price level of the ladder.
 *
 * @param price ticks
 * @param priceText the price in CNY per unit, at the tick's scale
 * @param bidQuantity lots bid at the price in the market (the trader's own included); 0 when none
 * @param askQuantity lots offered at the price in the market; 0 when none
 * @param ownBidQuantity lots the trader's live orders bid here (open lots, or a held stop's lots)
 * @param ownAskQuantity lots the trader's live orders offer here
 * @param volume lots traded at the price on the day (the store's before the desk listened, then the events')
 * @param lastTrade whether the last trade was at this price
 */
public record LadderRow(long price, String priceText, long bidQuantity, long askQuantity, long ownBidQuantity,
                        long ownAskQuantity, long volume, boolean lastTrade) {
}
