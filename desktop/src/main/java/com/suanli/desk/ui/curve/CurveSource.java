package com.suanli.desk.ui.curve;

import com.suanli.pricing.basics.Underlying;
import java.time.LocalDate;
import java.util.Optional;

/** Where the desk's forward curve of an underlying comes from. May be called off the FX thread. */
@FunctionalInterface
public interface CurveSource {

    /** The curve of {@code underlying} as of {@code day}, or empty when this source has none. */
    Optional<PricingCurve> curve(Underlying underlying, LocalDate day);

    /** This source's curve, else {@code fallback}'s. */
    default CurveSource orElse(CurveSource fallback) {
        return (underlying, day) -> curve(underlying, day).or(() -> fallback.curve(underlying, day));
    }
}
