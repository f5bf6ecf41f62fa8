package com.suanli.pricing.insurance;

/**
 * How the desk loads an outage premium and measures the cover's tail.
 *
 * @param standardDeviationLoading k in E[S] + k SD[S]
 * @param wangLambda               lambda of the Wang transform
 * @param confidence               confidence of VaR and TVaR, in (0,1)
 */
public record RiskLoading(double standardDeviationLoading, double wangLambda, double confidence) {

    public RiskLoading {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence: must be in (0,1), was " + confidence);
        }
        if (!(standardDeviationLoading >= 0) || Double.isInfinite(standardDeviationLoading)) {
            throw new IllegalArgumentException("standardDeviationLoading: must be finite and not negative, was "
                    + standardDeviationLoading);
        }
        if (!Double.isFinite(wangLambda)) {
            throw new IllegalArgumentException("wangLambda: must be finite, was " + wangLambda);
        }
    }

    public static RiskLoading of(double standardDeviationLoading, double wangLambda, double confidence) {
        return new RiskLoading(standardDeviationLoading, wangLambda, confidence);
    }

    public StandardDeviationPrinciple standardDeviationPrinciple() {
        return new StandardDeviationPrinciple(standardDeviationLoading);
    }

    public WangTransform wangTransform() {
        return new WangTransform(wangLambda);
    }
}
