package com.suanli.pricing.insurance;

import com.suanli.pricing.math.StandardNormal;

/**
 * Wang (2000) proportional distortion: premium = integral of g(S(x)) dx with
 * g(u) = Phi(Phi^-1(u) + lambda). lambda = 0 gives the expected loss; a larger lambda loads
 * the tail more than the body, which suits covers with rare, large claims.
 */
public record WangTransform(double lambda) implements PremiumPrinciple {

    public WangTransform {
        if (Double.isNaN(lambda) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda: must be finite, was " + lambda);
        }
    }

    public static WangTransform of(double lambda) {
        return new WangTransform(lambda);
    }

    /** g(u); exact at the end points, where Phi^-1 is infinite. */
    public double distort(double survival) {
        if (survival <= 0.0) {
            return 0.0;
        }
        if (survival >= 1.0) {
            return 1.0;
        }
        return StandardNormal.cdf(StandardNormal.inverseCdf(survival) + lambda);
    }

    @Override
    public double premium(LossDistribution losses) {
        return losses.distortedExpectation(this::distort);
    }
}
