/**
 * The events the exchange publishes: immutable records with gap-free sequence numbers, their
 * canonical binary encoding, the reason codes, the {@link com.suanli.exchange.engine.event.EventSink}
 * through which journals, clearing and UIs receive them, and the stream hash that proves two
 * runs identical. The matching engine's events and the clearing house's
 * ({@link com.suanli.exchange.engine.event.ClearingEvent}: accounts, ledger entries, positions,
 * margin, settlement prices, the spot index) share the one stream, so their records and
 * vocabulary live here together. No engine or clearing state and no I/O here.
 */
package com.suanli.exchange.engine.event;
