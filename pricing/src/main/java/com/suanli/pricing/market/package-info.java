/**
 * Market data as immutable values: the valuation date, the discount rate, forward curves,
 * volatility smiles and surfaces, and index fixings, keyed by underlying. Pricers read it;
 * nothing here prices a product or knows one.
 */
package com.suanli.pricing.market;
