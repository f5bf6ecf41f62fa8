/**
 * SPAN risk arrays for the clearing house, computed outside the core (docs/CLEARING.md, "Risk
 * arrays from pricing"): the price scan range from a volatility, a holding period and a
 * confidence, and the 16 scenario losses of one long lot of a future or of an option on a future
 * revalued with Black-76. The exchange core only adds the arrays up; it never sees a model.
 */
package com.suanli.pricing.margin;
