/**
 * The trader's side of the exchange, for every trading panel: the two ports the views use
 * ({@link com.suanli.desk.ui.trading.OrderGateway} to send commands and learn their outcome; the engine's
 * {@code ExchangeEvent}s, carried in batches by a {@link com.suanli.desk.ui.trading.Coalescer} to the desk's
 * folding worker, whose markets ({@link com.suanli.desk.ui.trading.MarketFold}) reach the FX thread by
 * another, at most one a pulse with
 * {@link com.suanli.desk.ui.trading.NextPulse}), the read model folded from those events
 * ({@link com.suanli.desk.ui.trading.TradingDesk}: markets, own orders, fills, rejects, positions, tape, its
 * tables' rows changed only where they differ by {@link com.suanli.desk.ui.trading.TableRows}, each update heard as one
 * change, {@link com.suanli.desk.ui.trading.ModelRows}) and
 * the commands a trader sends ({@link com.suanli.desk.ui.trading.TraderOrders}).
 *
 * <p>No {@code Node} and no engine here: whichever way the desk reaches the exchange (the in-process engine
 * today, the exchange host later) is an adapter outside this package. Everything but the coalescer's
 * publishing side and the markets' fold runs on the FX thread, and all of it but the pulse timer is tested without a
 * window.
 */
package com.suanli.desk.ui.trading;
