/**
 * The exchange's daily spot index per product and hub (docs/INDEX.md): the pure calculation
 * from a day's spot trades (volume-weighted, trimmed of outliers by the median absolute
 * deviation, a minimum-volume rule, the fallback on quotes), the book of indices with their
 * pending trades and fixing history, and the tick rounding shared with settlement prices.
 * Deterministic, integer ticks and lots only; no clock (days are passed in), no events (the
 * clearing house publishes them).
 */
package com.suanli.exchange.index;
