package com.suanli.pricing.option;

/**
 * Exact price of an option on the geometric average of the fixings, after Kemna and Vorst,
 * "A pricing method for options based on average asset values", Journal of Banking and
 * Finance 14 (1990), in its discrete form (Clewlow and Strickland, Implementing Derivative
 * Models, 1998). The log of the geometric average is normal with mean
 * {@code mu = (1/n) sum(ln F_i - vol^2 t_i / 2)} and variance
 * {@code V = (vol^2 / n^2) sum_i sum_j min(t_i, t_j)}, so the option is a Black-76 option
 * on forward {@code exp(mu + V/2)} with total variance V. Used as the control variate of
 * the Monte Carlo pricer.
 */
public final class GeometricAverageFormula {

    public static final GeometricAverageFormula DEFAULT = new GeometricAverageFormula();

    private GeometricAverageFormula() {
    }

    public double price(AverageOptionInputs in) {
        int n = in.fixings();
        double vol2 = in.vol() * in.vol();
        double meanLog = 0.0;
        double sumMin = 0.0;
        for (int i = 0; i < n; i++) {
            double t = in.fixingTime(i);
            meanLog += Math.log(in.forward(i)) - 0.5 * vol2 * t;
            // In ascending order, t_i is the smaller time of its pairs with the n-1-i later fixings, twice, and of itself once.
            sumMin += t * (2.0 * (n - 1 - i) + 1.0);
        }
        meanLog /= n;
        double variance = vol2 * sumMin / ((double) n * n);
        return blackOnTotalVariance(in, Math.exp(meanLog + 0.5 * variance), variance);
    }

    /** Black-76 with the forward and total log-variance of an average, discounted over the expiry. */
    private static double blackOnTotalVariance(AverageOptionInputs in, double forward, double totalVariance) {
        if (in.expiry() <= 0.0 || totalVariance <= 0.0) {
            return Math.exp(-in.rate() * in.expiry()) * in.putCall().payoff(forward, in.strike());
        }
        double effectiveVol = Math.sqrt(totalVariance / in.expiry());
        return Black76.DEFAULT.price(in.putCall(), forward, in.strike(), in.expiry(), effectiveVol, in.rate());
    }
}
