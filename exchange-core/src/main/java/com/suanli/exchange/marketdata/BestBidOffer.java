package com.suanli.exchange.marketdata;

import com.suanli.exchange.book.OrderBook;

/**
 * The top of one instrument's book as of depth update {@code seq}. An empty side has price
 * {@link OrderBook#NO_PRICE} and zero quantity and orders.
 *
 * @param instrumentId the instrument
 * @param seq the last depth update included
 * @param bidPrice best bid in ticks, or {@link OrderBook#NO_PRICE}
 * @param bidQuantity lots at the best bid
 * @param bidOrders orders at the best bid
 * @param askPrice best ask in ticks, or {@link OrderBook#NO_PRICE}
 * @param askQuantity lots at the best ask
 * @param askOrders orders at the best ask
 */
public record BestBidOffer(int instrumentId, long seq, long bidPrice, long bidQuantity, int bidOrders,
                           long askPrice, long askQuantity, int askOrders) {

    public BestBidOffer {
        if (seq < 0) {
            throw new IllegalArgumentException("seq: must be >= 0, was " + seq);
        }
        requireSide("bid", bidPrice, bidQuantity, bidOrders);
        requireSide("ask", askPrice, askQuantity, askOrders);
    }

    private static void requireSide(String side, long price, long quantity, int orders) {
        boolean empty = price == OrderBook.NO_PRICE;
        if (empty ? quantity != 0 || orders != 0 : price <= 0 || quantity <= 0 || orders <= 0) {
            throw new IllegalArgumentException(side + ": price, quantity and orders must be all positive or, on an empty side, "
                    + "NO_PRICE, 0 and 0; was " + price + ", " + quantity + ", " + orders);
        }
    }

    public boolean hasBid() {
        return bidPrice != OrderBook.NO_PRICE;
    }

    public boolean hasAsk() {
        return askPrice != OrderBook.NO_PRICE;
    }

    public boolean isTwoSided() {
        return hasBid() && hasAsk();
    }

    /** Whether the best bid is at or above the best ask, as a book in a call auction may be. */
    public boolean isCrossed() {
        return isTwoSided() && bidPrice >= askPrice;
    }

    /**
     * Ask minus bid, in ticks.
     * @throws IllegalStateException when a side is empty
     */
    public long spreadTicks() {
        if (!isTwoSided()) {
            throw new IllegalStateException("spread: instrument " + instrumentId + " is not two-sided");
        }
        return askPrice - bidPrice;
    }
}
