package com.suanli.pricing.risk;

/**
 * Names one forward curve of the market: a product (for example {@code H100}) delivered at a
 * hub (a hub code such as {@code YRD}), standard or green-tagged capacity.
 */
public record CurveKey(String product, String hub, boolean green) {

    public CurveKey {
        requireCode(product, "product");
        requireCode(hub, "hub");
    }

    public static CurveKey of(String product, String hub) {
        return new CurveKey(product, hub, false);
    }

    static void requireCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
    }

    @Override
    public String toString() {
        return product + "@" + hub + (green ? "+green" : "");
    }
}
