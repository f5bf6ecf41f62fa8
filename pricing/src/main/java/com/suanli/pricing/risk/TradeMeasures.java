package com.suanli.pricing.risk;

/**
 * The measures of one trade of a price request.
 *
 * @param standardError Monte Carlo standard error of the present value; 0 when the trade's
 *                      pricer is a closed form or an analytic
 */
public record TradeMeasures(String id, Greeks greeks, double standardError) {
}
