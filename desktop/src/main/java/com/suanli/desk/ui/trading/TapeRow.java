package com.suanli.desk.ui.trading;

import com.suanli.exchange.engine.event.Aggressor;
import com.suanli.exchange.listing.ContractSpec;
import java.util.Objects;

/** One print of the public trade tape. */
public record TapeRow(long tradeId, long timestamp, ContractSpec contract, long price, long quantity,
                      Aggressor aggressor) {

    public TapeRow {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(aggressor, "aggressor");
    }
}
