package com.suanli.exchange.marketdata;

import java.util.List;
import java.util.Objects;

/**
 * Aggregated depth of one instrument as of depth update {@code seq}, best levels first.
 *
 * @param instrumentId the instrument
 * @param seq the sequence number of the last update included, 0 when none was
 * @param bids bid levels, prices strictly descending
 * @param asks ask levels, prices strictly ascending
 */
public record DepthSnapshot(int instrumentId, long seq, List<DepthLevel> bids, List<DepthLevel> asks) {

    public DepthSnapshot {
        if (seq < 0) {
            throw new IllegalArgumentException("seq: must be >= 0, was " + seq);
        }
        bids = List.copyOf(Objects.requireNonNull(bids, "bids"));
        asks = List.copyOf(Objects.requireNonNull(asks, "asks"));
        requireOrder("bids", bids, -1);
        requireOrder("asks", asks, 1);
    }

    private static void requireOrder(String field, List<DepthLevel> levels, int direction) {
        for (int i = 1; i < levels.size(); i++) {
            long previous = levels.get(i - 1).price();
            long price = levels.get(i).price();
            if (Long.compare(price, previous) != direction) {
                throw new IllegalArgumentException(field + "[" + i + "].price: " + price + " must be "
                        + (direction < 0 ? "below" : "above") + " the previous level's " + previous);
            }
        }
    }
}
