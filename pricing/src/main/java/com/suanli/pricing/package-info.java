/**
 * Pricing library for compute derivatives: pure functions and immutable values on Commons
 * Math. Sub-packages by feature (basics, math, market, curve, model, future, option). Reads
 * exchange-core's contract vocabulary at most; never touches an order book.
 */
package com.suanli.pricing;
