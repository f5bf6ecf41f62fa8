package com.suanli.desk.ui.curve;

import com.suanli.pricing.curve.ForwardCurve;
import java.util.Objects;

/** The pricing library's forward curve of one underlying, and where it came from, as the view names it. */
public record PricingCurve(ForwardCurve curve, String origin) {

    public PricingCurve {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(origin, "origin");
    }
}
