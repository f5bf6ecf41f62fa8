package com.suanli.pricing.option;

import com.suanli.pricing.math.RandomStream;

/**
 * Monte Carlo price of an option on the arithmetic average, under the same lognormal model
 * as {@link AverageOptionInputs}: exact simulation of the driving Brownian motion at the
 * fixing times, antithetic pairs, and the geometric average (priced exactly by
 * {@link GeometricAverageFormula}) as control variate with the regression coefficient
 * estimated from the same paths. Deterministic by seed.
 *
 * <p>Hot loop on primitive arrays allocated once per call: per antithetic pair one buffer
 * of normals, one exp and one division per fixing (the mirrored price is F_i^2 / S_i in
 * drift-adjusted form).
 */
public final class AveragePriceMonteCarlo {

    public static final AveragePriceMonteCarlo DEFAULT = new AveragePriceMonteCarlo();

    private AveragePriceMonteCarlo() {
    }

    /**
     * Prices with {@code paths} paths (rounded up to an even number: antithetic pairs) from
     * a stream seeded with {@code seed}.
     */
    public MonteCarloEstimate price(AverageOptionInputs in, int paths, long seed) {
        return price(in, paths, RandomStream.seeded(seed));
    }

    public MonteCarloEstimate price(AverageOptionInputs in, int paths, RandomStream random) {
        if (paths < 4) {
            throw new IllegalArgumentException("paths: need at least 4, was " + paths);
        }
        int pairs = (paths + 1) / 2;
        int n = in.fixings();
        double vol = in.vol();
        double[] centre = new double[n];
        double[] centreSquared = new double[n];
        double[] stepSd = new double[n];
        double meanLogCentre = 0.0;
        double previous = 0.0;
        for (int i = 0; i < n; i++) {
            double t = in.fixingTime(i);
            double logCentre = Math.log(in.forward(i)) - 0.5 * vol * vol * t;
            centre[i] = Math.exp(logCentre);
            centreSquared[i] = centre[i] * centre[i];
            meanLogCentre += logCentre;
            stepSd[i] = vol * Math.sqrt(t - previous);
            previous = t;
        }
        meanLogCentre /= n;
        double strike = in.strike();
        double sign = in.putCall().sign();
        double[] normals = new double[n];

        double sumY = 0.0;
        double sumX = 0.0;
        double sumYY = 0.0;
        double sumXX = 0.0;
        double sumXY = 0.0;
        for (int p = 0; p < pairs; p++) {
            random.nextGaussians(normals);
            double w = 0.0;
            double wSum = 0.0;
            double arithmeticUp = 0.0;
            double arithmeticDown = 0.0;
            for (int i = 0; i < n; i++) {
                w += stepSd[i] * normals[i];
                wSum += w;
                double up = centre[i] * Math.exp(w);
                arithmeticUp += up;
                arithmeticDown += centreSquared[i] / up;
            }
            double geometricUp = Math.exp(meanLogCentre + wSum / n);
            double geometricDown = Math.exp(meanLogCentre - wSum / n);
            double y = 0.5 * (Math.max(sign * (arithmeticUp / n - strike), 0.0)
                    + Math.max(sign * (arithmeticDown / n - strike), 0.0));
            double x = 0.5 * (Math.max(sign * (geometricUp - strike), 0.0)
                    + Math.max(sign * (geometricDown - strike), 0.0));
            sumY += y;
            sumX += x;
            sumYY += y * y;
            sumXX += x * x;
            sumXY += x * y;
        }
        double df = Math.exp(-in.rate() * in.expiry());
        double meanY = sumY / pairs;
        double meanX = sumX / pairs;
        double varY = Math.max(sumYY / pairs - meanY * meanY, 0.0);
        double varX = Math.max(sumXX / pairs - meanX * meanX, 0.0);
        double covXY = sumXY / pairs - meanX * meanY;
        double beta = varX > 0.0 ? covXY / varX : 0.0;
        double geometricExact = GeometricAverageFormula.DEFAULT.price(in) / df;
        double controlled = meanY - beta * (meanX - geometricExact);
        double controlledVar = Math.max(varY - 2 * beta * covXY + beta * beta * varX, 0.0);
        return new MonteCarloEstimate(df * controlled, df * Math.sqrt(controlledVar / (pairs - 1.0)), df * meanY,
                df * Math.sqrt(varY / (pairs - 1.0)), df * meanX, df * Math.sqrt(varX / (pairs - 1.0)), 2 * pairs);
    }
}
