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
        new StandardDeviationPrinciple(standardDeviationLoading);
        new WangTransform(wangLambda);
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
