/**
 * The small vocabulary every pricing feature shares: what is priced ({@link
 * com.suanli.pricing.basics.Underlying}: product x hub x green tag) and how time is
 * measured ({@link com.suanli.pricing.basics.YearFraction}), and how an input a user gave is refused by code
 * ({@link com.suanli.pricing.basics.InputRefused}: field, rule, figures), so a screen words it in its language.
 * No market data, no models.
 * {@code Underlying} maps onto exchange-core's listing vocabulary ({@code ComputeProduct},
 * {@code Hub}, {@code ContractSpec}) by their codes.
 */
package com.suanli.pricing.basics;
