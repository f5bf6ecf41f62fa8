/**
 * SPAN-style portfolio margin: risk arrays of 16 scenarios per instrument (computed outside, by
 * {@code pricing}), combined commodities (a product at a hub) with tiered calendar-spread
 * charges, inter-commodity spread credits, and the incremental calculator that keeps every
 * account's requirement current, working orders included, at the cost of a few array additions
 * per change. Integer fen only; no positions of its own beyond the figures it sums, no events.
 */
package com.suanli.exchange.margin;
