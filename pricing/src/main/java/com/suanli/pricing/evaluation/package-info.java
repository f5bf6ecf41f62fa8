/**
 * Compute evaluation: a rating catalogue of listed products (the listing's
 * {@link com.suanli.exchange.listing.Ratings}), the standard compute unit (SCU) built from
 * weighted ratings, conversion of prices and positions between chips, the basis between
 * observed price ratios and rating ratios, and hedge ratios between chips. No market data
 * is fetched here and no contract is priced: evaluation only relates products to each other.
 */
package com.suanli.pricing.evaluation;
