/**
 * The risk officer's calculators: futures fair value, an option on its smile with its implied volatility,
 * the outage cover and price-spike cap quotes, the green premium and carbon footprint with the CBAM figure,
 * and cross-hardware conversion. Each is a {@link com.suanli.desk.ui.calculator.Calculator}: typed inputs
 * read and refused on the UI thread with the field named, the pricing library's answer computed off it.
 * No model lives here: every figure is the pricing library's. The outage cover and the cap are
 * {@link com.suanli.desk.ui.calculator.CoverCalculator}s: Buy writes the quoted cover on the exchange at its quote
 * for the signed-in user ({@link com.suanli.desk.ui.calculator.CoverBuyer}), and the user's policies are listed
 * under them ({@link com.suanli.desk.ui.calculator.PolicyBook}).
 */
package com.suanli.desk.ui.calculator;
