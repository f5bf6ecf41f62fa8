package com.suanli.pricing.basics;

import com.suanli.exchange.listing.ComputeProduct;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.util.Objects;

/**
 * A priced compute stream: product code (for example {@code H100} GPU-hours), hub code (one
 * of the national compute hubs; the listing's codes are {@link Hub#code()}, for example
 * {@code NX}) and whether the capacity is green-tagged. One forward curve and one volatility
 * surface exist per underlying. Codes stay plain strings so that pricing also serves
 * products and hubs not (yet) in the exchange catalogue; {@link #of(ContractSpec)} keys a
 * listed contract.
 */
public record Underlying(String productCode, String hubCode, boolean green) {

    public Underlying {
        productCode = requireCode(productCode, "productCode");
        hubCode = requireCode(hubCode, "hubCode");
    }

    public static Underlying of(String productCode, String hubCode) {
        return new Underlying(productCode, hubCode, false);
    }

    /** The underlying of a listed product at a hub. */
    public static Underlying of(ComputeProduct product, Hub hub, boolean green) {
        Objects.requireNonNull(product, "product: must not be null");
        Objects.requireNonNull(hub, "hub: must not be null");
        return new Underlying(product.code(), hub.code(), green);
    }

    /** The underlying a listed contract delivers. */
    public static Underlying of(ContractSpec contract) {
        Objects.requireNonNull(contract, "contract: must not be null");
        return of(contract.product(), contract.hub(), contract.green());
    }

    public static Underlying green(String productCode, String hubCode) {
        return new Underlying(productCode, hubCode, true);
    }

    public Underlying withGreen(boolean newGreen) {
        return new Underlying(productCode, hubCode, newGreen);
    }

    private static String requireCode(String code, String field) {
        Objects.requireNonNull(code, field + ": must not be null");
        if (code.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        return code;
    }

    @Override
    public String toString() {
        return productCode + "@" + hubCode + (green ? "/green" : "");
    }
}
