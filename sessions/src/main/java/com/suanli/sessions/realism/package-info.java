/**
 * How much a session looks like a market (docs/SESSIONS.md, "Realism"): the stylised facts of its
 * one-minute returns (heavy tails, no linear autocorrelation beyond a few lags, clustered
 * volatility) measured with Commons Math, and its futures' convergence to the index at their
 * last trading day.
 */
package com.suanli.sessions.realism;
