/**
 * Linear compute products and their pricers: futures on a delivery month's average index
 * (mark to market, realised and unrealised P&L in contract units), and fixed-for-floating
 * swaps on monthly averages of the daily index (a forward is a one-month swap). Contracts
 * and trades know nothing of market data; pricers take a resolved trade and MarketData.
 * A GPU-hour is not storable: no cost-of-carry anywhere here.
 */
package com.suanli.pricing.future;
