package com.suanli.pricing.risk;

import com.suanli.pricing.basics.Underlying;

/** Delta, gamma and vega of one curve moved in parallel (every delivery month together); units as {@link Greeks}. */
public record CurveRisk(Underlying curve, double delta, double gamma, double vega) {
}
