/**
 * The small vocabulary every pricing feature shares: what is priced ({@link
 * com.suanli.pricing.basics.Underlying}: product x hub x green tag) and how time is
 * measured ({@link com.suanli.pricing.basics.YearFraction}). No market data, no models.
 * When exchange-core's listing vocabulary lands, {@code Underlying} maps onto its
 * product and hub codes.
 */
package com.suanli.pricing.basics;
