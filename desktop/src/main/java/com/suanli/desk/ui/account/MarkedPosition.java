package com.suanli.desk.ui.account;

import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleared position with its P&amp;L at the mark.
 *
 * @param averagePrice the open lots' average price, CNY per unit; 0 when flat
 * @param mark the mark, CNY per unit; null when the market has no price yet
 * @param realisedPnl CNY, as clearing realised it
 * @param unrealisedPnl CNY, the open lots at the mark (0 without a mark)
 */
public record MarkedPosition(ContractSpec contract, long netLots, BigDecimal averagePrice, BigDecimal mark,
                             BigDecimal realisedPnl, BigDecimal unrealisedPnl) {

    public MarkedPosition {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(realisedPnl, "realisedPnl");
        Objects.requireNonNull(unrealisedPnl, "unrealisedPnl");
    }

    /**
     * Clearing's position marked at {@code markTicks}: unrealised P&amp;L is
     * {@code (netLots x mark - openCost) x tick value}, clearing's own formula (docs/CLEARING.md).
     */
    static MarkedPosition of(ContractSpec contract, ClearedPosition cleared, Optional<BigDecimal> markTicks) {
        long netLots = cleared.netLots();
        BigDecimal average = netLots == 0 ? BigDecimal.ZERO
                : contract.tickSize().multiply(BigDecimal.valueOf(cleared.openCost()))
                        .divide(BigDecimal.valueOf(netLots), contract.tickSize().scale() + 2, RoundingMode.HALF_EVEN);
        BigDecimal unrealisedFen = markTicks
                .map(mark -> mark.multiply(BigDecimal.valueOf(netLots)).subtract(BigDecimal.valueOf(cleared.openCost()))
                        .multiply(BigDecimal.valueOf(contract.tickValueFen())))
                .orElse(BigDecimal.ZERO);
        return new MarkedPosition(contract, netLots, average,
                markTicks.map(mark -> mark.multiply(contract.tickSize())).orElse(null),
                cny(BigDecimal.valueOf(cleared.realisedFen())), cny(unrealisedFen));
    }

    public BigDecimal totalPnl() {
        return realisedPnl.add(unrealisedPnl);
    }

    private static BigDecimal cny(BigDecimal fen) {
        return fen.movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN);
    }
}
