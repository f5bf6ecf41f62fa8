/**
 * The risk officer's calculators: futures fair value, an option on its smile with its implied volatility,
 * the outage cover and price-spike cap quotes, the green premium and carbon footprint with the CBAM figure,
 * and cross-hardware conversion. Each is a {@link com.suanli.desk.ui.calculator.Calculator}: typed inputs
 * read and refused on the UI thread with the field named, the pricing library's answer computed off it.
 * No model lives here: every figure is the pricing library's.
 */
package com.suanli.desk.ui.calculator;
