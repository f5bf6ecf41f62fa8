/**
 * The events the matching engine publishes: immutable records with gap-free sequence numbers,
 * their canonical binary encoding, the reason codes, the {@link com.suanli.exchange.engine.event.EventSink}
 * through which journals, clearing and UIs receive them, and the stream hash that proves two
 * runs identical. No engine state and no I/O here.
 */
package com.suanli.exchange.engine.event;
