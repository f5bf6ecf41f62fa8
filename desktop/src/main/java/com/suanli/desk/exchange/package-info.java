/**
 * The desk's own exchange (docs/DESK-EXCHANGE.md): starting it on the desk's database
 * ({@link com.suanli.desk.exchange.ExchangeStartup}), the facade everything that trades on the desk
 * uses ({@link com.suanli.desk.exchange.DeskExchange}: commands acknowledged once durable, events in
 * batches) and the read models built from the event stream ({@link com.suanli.desk.exchange.DeskMarket}).
 *
 * <p>No JavaFX here. The engine runs inside the exchange host, on the host's sequencer thread; nothing
 * here touches it but through the host's queue. The rules of the market belong to
 * {@code com.suanli.exchange}, not here.
 */
package com.suanli.desk.exchange;
