/**
 * The small vocabulary every pricing feature shares: what is priced ({@link
 * com.suanli.pricing.basics.Underlying}: product x hub x green tag) and how time is
 * measured ({@link com.suanli.pricing.basics.YearFraction}). No market data, no models.
 * {@code Underlying} maps onto exchange-core's listing vocabulary ({@code ComputeProduct},
 * {@code Hub}, {@code ContractSpec}) by their codes.
 */
package com.suanli.pricing.basics;
