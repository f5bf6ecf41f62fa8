/**
 * The desk's own exchange (docs/DESK-EXCHANGE.md): starting it on the desk's database
 * ({@link com.suanli.desk.exchange.ExchangeStartup}), the facade everything that trades on the desk
 * uses ({@link com.suanli.desk.exchange.DeskExchange}: commands acknowledged once durable, events in
 * batches) and the read models built from the event stream ({@link com.suanli.desk.exchange.DeskMarket}).
 * The facade's engine is the desk's own host's or, on a connected desk ({@code desk --connect}), a mirror
 * of the replicated exchange's, commands going to its members (docs/CLUSTER.md, "Connected workstations").
 *
 * <p>No JavaFX here. The engine runs inside the exchange host (or the mirror), on its own thread; nothing
 * here touches it but through its queue. The rules of the market belong to
 * {@code com.suanli.exchange}, not here.
 */
package com.suanli.desk.exchange;
