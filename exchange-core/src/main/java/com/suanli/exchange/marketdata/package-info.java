/**
 * Market data derived from the engine's book and trade outcomes: aggregated depth with sequence
 * numbers and its consumer-side replica, best bid and offer, the trade tape and OHLCV bars.
 * Inputs are primitives (ticks, lots, epoch millis given by the caller); updates allocate nothing
 * in steady state, only the read-side values ({@link com.suanli.exchange.marketdata.DepthSnapshot},
 * {@link com.suanli.exchange.marketdata.Bar}, ...) do. Nothing here reads a clock, matches orders or
 * knows about accounts.
 */
package com.suanli.exchange.marketdata;
