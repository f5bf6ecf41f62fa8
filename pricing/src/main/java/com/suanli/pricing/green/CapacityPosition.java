package com.suanli.pricing.green;

import java.util.Objects;

import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;

/**
 * A holding of compute capacity for footprint purposes: {@code lots} of {@code contractSize}
 * units (GPU-hours or core-hours) of a product delivered in a hub, green-tagged or not.
 * Short positions have negative lots; their footprint is negative (capacity sold).
 */
public record CapacityPosition(String productCode, Hub hub, boolean green, double lots, double contractSize) {

    public CapacityPosition {
        if (productCode == null || productCode.isBlank()) {
            throw new IllegalArgumentException("productCode: must not be blank");
        }
        Objects.requireNonNull(hub, "hub: must not be null");
        if (Double.isNaN(lots) || Double.isInfinite(lots)) {
            throw new IllegalArgumentException("lots: must be finite, was " + lots);
        }
        if (!(contractSize > 0) || Double.isInfinite(contractSize)) {
            throw new IllegalArgumentException("contractSize: must be positive and finite, was " + contractSize);
        }
    }

    /** {@code lots} of a listed contract. */
    public static CapacityPosition of(ContractSpec contract, double lots) {
        return new CapacityPosition(contract.product().code(), contract.hub(), contract.green(), lots,
                contract.contractSize());
    }

    /** Units delivered: lots x contract size. */
    public double units() {
        return lots * contractSize;
    }
}
