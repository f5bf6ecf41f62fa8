package com.suanli.pricing.risk;

/** Delta, gamma and vega of one delivery month of one curve moved alone; units as {@link Greeks}. */
public record BucketRisk(Bucket bucket, double delta, double gamma, double vega) {
}
