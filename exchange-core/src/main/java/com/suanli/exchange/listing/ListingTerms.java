package com.suanli.exchange.listing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one product is listed: its lot and tick terms, the hubs it trades in with their spot
 * reference prices, how its futures settle and how its forward reference curve slopes.
 *
 * @param product the product listed
 * @param contractSize units per lot
 * @param tickSize CNY per unit per tick
 * @param lotSize the quantity step, in lots
 * @param maxOrderLots the largest order, in lots
 * @param priceBandBps daily band half-width around the reference price, in bp
 * @param monthlyDriftBps the slope of the reference curve per month ahead, in bp (negative: the
 *                        product is expected to cheapen as newer chips arrive), above -10000
 * @param futuresSettlement how the product's futures settle (spot always delivers physically)
 * @param spotPrices spot reference price in CNY per unit for every hub the product is listed in,
 *                   each a positive multiple of the tick; kept in {@link Hub} order
 */
public record ListingTerms(ComputeProduct product, long contractSize, BigDecimal tickSize, long lotSize,
                           long maxOrderLots, int priceBandBps, int monthlyDriftBps, Settlement futuresSettlement,
                           Map<Hub, BigDecimal> spotPrices) {

    public ListingTerms {
        Objects.requireNonNull(product, "product");
        String context = product.code();
        TradingTerms.require(context, contractSize, tickSize, lotSize, maxOrderLots, priceBandBps);
        tickSize = TradingTerms.normalTick(tickSize);
        if (monthlyDriftBps <= -ContractSpec.BPS_PER_UNIT || monthlyDriftBps >= ContractSpec.BPS_PER_UNIT) {
            throw new IllegalArgumentException("monthlyDriftBps: must be between -9999 and 9999, was " + monthlyDriftBps
                    + " (" + context + ")");
        }
        Objects.requireNonNull(futuresSettlement, "futuresSettlement");
        Objects.requireNonNull(spotPrices, "spotPrices");
        if (spotPrices.isEmpty()) {
            throw new IllegalArgumentException("spotPrices: must list at least one hub (" + context + ")");
        }
        EnumMap<Hub, BigDecimal> prices = new EnumMap<>(Hub.class);
        for (Map.Entry<Hub, BigDecimal> entry : spotPrices.entrySet()) {
            Hub hub = Objects.requireNonNull(entry.getKey(), "spotPrices: hub");
            BigDecimal price = entry.getValue();
            String field = "spotPrices." + hub.code();
            if (price == null || price.signum() <= 0) {
                throw new IllegalArgumentException(field + ": must be > 0, was " + price + " (" + context + ")");
            }
            if (price.remainder(tickSize).signum() != 0) {
                throw new IllegalArgumentException(field + ": " + price.toPlainString() + " is not a multiple of tickSize "
                        + tickSize.toPlainString() + " (" + context + ")");
            }
            prices.put(hub, price.stripTrailingZeros());
        }
        spotPrices = Collections.unmodifiableMap(prices);
    }
}
