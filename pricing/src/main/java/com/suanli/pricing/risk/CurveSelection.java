package com.suanli.pricing.risk;

import java.time.YearMonth;

/**
 * Which curve buckets a shock touches: a {@code null} field matches everything, so
 * {@link #ALL} is every month of every curve, and a month narrows a shift to that bucket.
 */
public record CurveSelection(String product, String hub, Boolean green, YearMonth month) {

    public static final CurveSelection ALL = new CurveSelection(null, null, null, null);

    public CurveSelection {
        if (product != null) {
            CurveKey.requireCode(product, "product");
        }
        if (hub != null) {
            CurveKey.requireCode(hub, "hub");
        }
    }

    /** Every month of one curve. */
    public static CurveSelection curve(CurveKey key) {
        return new CurveSelection(key.product(), key.hub(), key.green(), null);
    }

    /** One delivery month of one curve. */
    public static CurveSelection bucket(Bucket bucket) {
        CurveKey key = bucket.curve();
        return new CurveSelection(key.product(), key.hub(), key.green(), bucket.month());
    }

    /** Every curve and month at one hub. */
    public static CurveSelection hub(String hub) {
        return new CurveSelection(null, hub, null, null);
    }

    public boolean matches(CurveKey key) {
        return (product == null || product.equals(key.product()))
                && (hub == null || hub.equals(key.hub()))
                && (green == null || green == key.green());
    }

    public boolean matches(CurveKey key, YearMonth deliveryMonth) {
        return matches(key) && (month == null || month.equals(deliveryMonth));
    }
}
