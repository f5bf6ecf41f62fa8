/**
 * The spot model for compute rents: log price = seasonality + obsolescence drift + a
 * Schwartz one-factor mean-reverting factor with compound Poisson scarcity jumps. Closed
 * form expectations (theoretical futures prices, calls on a day's spot with the jumps' decay
 * priced exactly), exact path simulation for Monte Carlo and market-session agents, and
 * maximum-likelihood calibration to an index history.
 * No products, no market data beyond plain histories.
 */
package com.suanli.pricing.model;
