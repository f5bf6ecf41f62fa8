/**
 * The desk's own exchange: loading the catalogue and starting the in-process engine
 * ({@link com.suanli.desk.exchange.ExchangeStartup}), and what a started exchange is
 * ({@link com.suanli.desk.exchange.RunningExchange}).
 *
 * <p>No JavaFX here, and no thread of its own: the caller decides where the engine lives (the
 * workstation starts it on its task worker, never on the FX thread). The rules of the market belong to
 * {@code com.suanli.exchange}, not here.
 */
package com.suanli.desk.exchange;
