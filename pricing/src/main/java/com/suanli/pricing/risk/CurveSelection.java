package com.suanli.pricing.risk;

import com.suanli.pricing.basics.Underlying;
import java.time.YearMonth;

/**
 * Which curve buckets a shock touches: a {@code null} field matches everything, so
 * {@link #ALL} is every month of every curve, and a month narrows a shift to that bucket.
 */
public record CurveSelection(String product, String hub, Boolean green, YearMonth month) {

    public static final CurveSelection ALL = new CurveSelection(null, null, null, null);

    public CurveSelection {
        if (product != null) {
            Codes.requireCode(product, "product");
        }
        if (hub != null) {
            Codes.requireCode(hub, "hub");
        }
    }

    /** Every month of one curve. */
    public static CurveSelection curve(Underlying key) {
        return new CurveSelection(key.productCode(), key.hubCode(), key.green(), null);
    }

    /** One delivery month of one curve. */
    public static CurveSelection bucket(Bucket bucket) {
        Underlying key = bucket.curve();
        return new CurveSelection(key.productCode(), key.hubCode(), key.green(), bucket.month());
    }

    /** Every curve and month at one hub. */
    public static CurveSelection hub(String hub) {
        return new CurveSelection(null, hub, null, null);
    }

    public boolean matches(Underlying key) {
        return (product == null || product.equals(key.productCode()))
                && (hub == null || hub.equals(key.hubCode()))
                && (green == null || green == key.green());
    }

    public boolean matches(Underlying key, YearMonth deliveryMonth) {
        return matches(key) && (month == null || month.equals(deliveryMonth));
    }
}
