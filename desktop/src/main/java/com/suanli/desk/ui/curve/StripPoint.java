package com.suanli.desk.ui.curve;

import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One delivery month of a futures strip against the curve, prices in CNY per unit: the latest settlement
 * price, the last trade and the mid of the best bid and offer (each null when the market has none), and the
 * pricing curve's average over the month (NaN without a curve).
 */
public record StripPoint(ContractSpec contract, BigDecimal settlement, BigDecimal last, BigDecimal mid,
                         double curve) {

    public StripPoint {
        Objects.requireNonNull(contract, "contract");
    }

    /** Where the market marks the month: the mid when both sides show, else the last trade, else the settlement. */
    public Optional<BigDecimal> mark() {
        return Optional.ofNullable(mid != null ? mid : last != null ? last : settlement);
    }

    /**
     * The mark less the curve, CNY per unit: above zero the market is rich to the curve (sell it), below
     * zero cheap (buy it). Empty without a mark or a curve.
     */
    public OptionalDouble richness() {
        Optional<BigDecimal> mark = mark();
        return mark.isEmpty() || Double.isNaN(curve) ? OptionalDouble.empty()
                : OptionalDouble.of(mark.get().doubleValue() - curve);
    }

    /** The richness in ticks of the contract, rounded to a tenth. */
    public OptionalDouble richnessTicks() {
        OptionalDouble rich = richness();
        return rich.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(BigDecimal.valueOf(rich.getAsDouble())
                        .divide(contract.tickSize(), 1, RoundingMode.HALF_EVEN).doubleValue());
    }
}
