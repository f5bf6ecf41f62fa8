package com.suanli.pricing.insurance;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.GammaDistribution;

import com.suanli.pricing.math.StandardNormal;

/**
 * One node of the discretised common factor: its probability, the outage count given the
 * node, and the replacement price per GPU-hour at the node's tightness. Conditional on a
 * node, counts and per-event losses are independent, so Panjer applies node by node and the
 * aggregate is the probability-weighted mixture.
 */
record MarketState(double probability, FrequencyModel frequency, double replacementPrice) {

    /** Caches the Hermite rules it computes (its rule lookup is synchronised, so sharing is safe). */
    private static final GaussIntegratorFactory QUADRATURE = new GaussIntegratorFactory();

    /**
     * Gauss-Hermite nodes (Commons Math) for the normal factors: tightness alone when the
     * count is independent of it, tightness x intensity when the negative binomial's Gamma
     * factor is correlated with it.
     */
    static List<MarketState> discretise(OutageRisk risk, int termDays, int nodes) {
        GaussIntegrator hermite = QUADRATURE.hermite(nodes);
        double[] z = new double[nodes];
        double[] weight = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            z[i] = Math.sqrt(2.0) * hermite.getPoint(i);
            weight[i] = hermite.getWeight(i) / Math.sqrt(Math.PI);
        }
        FrequencyModel termFrequency = risk.frequencyOverTerm(termDays);
        List<MarketState> states = new ArrayList<>();
        if (risk.tightnessCorrelation() == 0.0) {
            for (int m = 0; m < nodes; m++) {
                states.add(new MarketState(weight[m], termFrequency, risk.replacementPrice(tightness(z[m]))));
            }
            return states;
        }
        NegativeBinomialFrequency negativeBinomial = (NegativeBinomialFrequency) termFrequency;
        double[] intensity = intensityFactors(negativeBinomial.shape(), z, weight);
        double rho = risk.tightnessCorrelation();
        double idiosyncratic = Math.sqrt(1.0 - rho * rho);
        for (int k = 0; k < nodes; k++) {
            FrequencyModel given = new PoissonFrequency(negativeBinomial.mean() * intensity[k]);
            for (int m = 0; m < nodes; m++) {
                double price = risk.replacementPrice(tightness(rho * z[k] + idiosyncratic * z[m]));
                states.add(new MarketState(weight[k] * weight[m], given, price));
            }
        }
        return states;
    }

    /** Tightness in (0,1): the percentile of the market factor. */
    static double tightness(double factor) {
        return StandardNormal.cdf(factor);
    }

    /** Gaussian score of an intensity draw: Phi^-1(G(theta)), G the Gamma(r, 1/r) CDF. */
    static double intensityScore(GammaDistribution intensity, double theta) {
        double u = intensity.cumulativeProbability(theta);
        return StandardNormal.inverseCdf(Math.min(Math.max(u, Double.MIN_NORMAL), 1.0 - 1e-16));
    }

    /**
     * Gamma(r, 1/r) quantiles at the nodes, rescaled so their weighted mean is exactly one:
     * the fitted expected outage count is preserved whatever the node count.
     */
    private static double[] intensityFactors(double shape, double[] z, double[] weight) {
        GammaDistribution gamma = new GammaDistribution(null, shape, 1.0 / shape,
                GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        double[] theta = new double[z.length];
        double mean = 0.0;
        for (int k = 0; k < z.length; k++) {
            theta[k] = gamma.inverseCumulativeProbability(StandardNormal.cdf(z[k]));
            mean += weight[k] * theta[k];
        }
        for (int k = 0; k < z.length; k++) {
            theta[k] /= mean;
        }
        return theta;
    }
}
