/**
 * Scenario risk, the risk officer's work: market shocks ({@link com.suanli.pricing.risk.Shock}),
 * scenarios and named scenario sets, the market a portfolio is revalued against
 * ({@link com.suanli.pricing.risk.Market}) and its shocked views, full revaluation into a P&amp;L
 * vector, VaR and expected shortfall (historical and Monte Carlo), bump-and-revalue Greeks with
 * bucketed deltas, the P&amp;L explain between two days, and the batch runs behind
 * {@code desk price} and {@code desk risk} (docs/RISK.md).
 *
 * <p>Nothing here prices a product: positions bring their own pricers through
 * {@link com.suanli.pricing.risk.Position}. No I/O and no JSON: codecs live in the data module.
 */
package com.suanli.pricing.risk;
