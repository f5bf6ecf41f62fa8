package com.suanli.desk.ui.trading;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Objects;

/**
 * One of the trader's trades.
 *
 * @param timestamp when it traded, epoch milliseconds
 * @param aggressor whether the trader's order took liquidity
 */
public record Fill(long tradeId, long timestamp, long orderId, ContractSpec contract, Side side, long price,
                   long quantity, boolean aggressor) {

    public Fill {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(side, "side");
    }

    /** Lots bought positive, sold negative. */
    public long signedQuantity() {
        return side == Side.BID ? quantity : -quantity;
    }
}
