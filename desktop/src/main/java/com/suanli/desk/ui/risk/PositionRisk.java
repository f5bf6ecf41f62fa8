package com.suanli.desk.ui.risk;

import com.suanli.exchange.clearing.Position;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.risk.Greeks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One position of an account as the drill-down lists it: clearing's lots and average price, the mark, and its
 * Greeks when it is priced (a futures contract with a mark).
 *
 * @param averagePrice CNY per unit, the open cost over the net lots
 * @param mark CNY per unit, empty when the contract has none (spot, or past expiry)
 * @param realised realised P&amp;L in CNY
 */
public record PositionRisk(ContractSpec contract, long netLots, BigDecimal averagePrice, Optional<Double> mark,
                           BigDecimal realised, Optional<Greeks> greeks) {

    public PositionRisk {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(greeks, "greeks");
    }

    static PositionRisk of(PricedDesk priced, long account, Position position) {
        ContractSpec contract = priced.desk().listing().byId(position.instrumentId());
        var mark = priced.desk().mark(contract.instrumentId());
        return new PositionRisk(contract, position.netLots(), position.averagePrice().multiply(contract.tickSize()),
                mark.isPresent() ? Optional.of(mark.getAsDouble()) : Optional.empty(),
                BigDecimal.valueOf(position.realisedPnl(), 2),
                Optional.ofNullable(priced.byPosition().get(PricedDesk.holdingId(account, contract))));
    }

    public String symbol() {
        return contract.symbol();
    }

    public Optional<Double> greek(Greek greek) {
        return greeks.map(greek::of);
    }
}
