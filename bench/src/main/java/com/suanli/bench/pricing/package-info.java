/**
 * JMH benchmarks of the pricing core: Black-76 price and Greeks throughput, the standard
 * normal distribution function against Commons Math's, the average-price Monte Carlo
 * (100,000 paths x 31 daily fixings) and analytic, and the analytic's accuracy against a
 * 1,000,000-path Monte Carlo ({@link com.suanli.bench.pricing.AverageOptionAccuracyReport}).
 * Figures are recorded in docs/BENCHMARKS.md.
 */
package com.suanli.bench.pricing;
