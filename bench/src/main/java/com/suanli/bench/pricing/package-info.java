/**
 * JMH benchmarks of the pricing core: Black-76 price and Greeks throughput, the standard
 * normal distribution function against Commons Math's, and the average-price Monte Carlo
 * (100,000 paths x 31 daily fixings). Figures are recorded in docs/BENCHMARKS.md.
 */
package com.suanli.bench.pricing;
