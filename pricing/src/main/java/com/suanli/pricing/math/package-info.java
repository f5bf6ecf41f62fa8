/**
 * The one place where Apache Commons Math meets the public API: standard normal functions,
 * seeded random streams and small numeric helpers. Other packages may use Commons Math
 * internally, but any public signature that would expose a Commons Math type goes through
 * a value from here instead. No market data, no products.
 */
package com.suanli.pricing.math;
