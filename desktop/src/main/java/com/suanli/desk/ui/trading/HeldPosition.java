package com.suanli.desk.ui.trading;

import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The trader's position in one instrument, by the clearing house's average-cost method (docs/CLEARING.md):
 * closing lots take their pro-rata share of the open cost, rounded toward zero, and realise the rest.
 * Kept from the trader's own fills while the desk's engine has no clearing house; when clearing publishes
 * the position ({@code PositionChanged}) that figure replaces the kept one. FX thread only.
 */
final class HeldPosition {

    private final ContractSpec contract;
    private long netLots;
    /** Ticks x lots, signed like the position. */
    private long openCost;
    /** Ticks x lots. */
    private long realisedTicks;
    /** Fen, when clearing has said; realisedTicks then no longer counts. */
    private Long realisedFen;

    HeldPosition(ContractSpec contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
    }

    void trade(long signedLots, long price) {
        long remaining = signedLots;
        if (netLots != 0 && Long.signum(netLots) != Long.signum(signedLots)) {
            long closing = Math.min(Math.abs(signedLots), Math.abs(netLots));
            long costClosed = Math.multiplyExact(openCost, closing) / Math.abs(netLots);
            realisedTicks += Long.signum(netLots) * Math.multiplyExact(closing, price) - costClosed;
            openCost -= costClosed;
            netLots -= Long.signum(netLots) * closing;
            remaining -= Long.signum(signedLots) * closing;
        }
        netLots += remaining;
        openCost += Math.multiplyExact(remaining, price);
    }

    /** Clearing's own figures for the position, which stand over the kept ones. */
    void cleared(long clearedNetLots, long clearedOpenCost, long clearedRealisedFen) {
        netLots = clearedNetLots;
        openCost = clearedOpenCost;
        realisedFen = clearedRealisedFen;
    }

    PositionRow row(long lastPrice) {
        BigDecimal tickValue = contract.tickSize().multiply(BigDecimal.valueOf(contract.contractSize()));
        BigDecimal average = netLots == 0 ? BigDecimal.ZERO
                : contract.toPrice(1).multiply(BigDecimal.valueOf(openCost))
                        .divide(BigDecimal.valueOf(netLots), contract.tickSize().scale() + 2, RoundingMode.HALF_EVEN);
        BigDecimal realised = realisedFen != null ? BigDecimal.valueOf(realisedFen, 2)
                : tickValue.multiply(BigDecimal.valueOf(realisedTicks));
        BigDecimal unrealised = lastPrice == 0 ? BigDecimal.ZERO
                : tickValue.multiply(BigDecimal.valueOf(netLots * lastPrice - openCost));
        return new PositionRow(contract, netLots, average, lastPrice, realised.setScale(2, RoundingMode.HALF_EVEN),
                unrealised.setScale(2, RoundingMode.HALF_EVEN));
    }
}
