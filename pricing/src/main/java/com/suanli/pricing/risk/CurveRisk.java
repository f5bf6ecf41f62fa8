package com.suanli.pricing.risk;

/** Delta, gamma and vega of one curve moved in parallel (every delivery month together); units as {@link Greeks}. */
public record CurveRisk(CurveKey curve, double delta, double gamma, double vega) {
}
